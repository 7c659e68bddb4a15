/**
 * Related articles: the same story first, then the most alike, nearer in time before farther;
 * never an article that shares no distinctive name (common words alone relate nothing).
 *
 * Chosen on the stories' pass over the alike articles (forEachAlike, the costliest loop of the
 * archive): that pass keeps each article's best candidates by score; once the stories are known,
 * its story's articles join them. The best RELATED_LIMIT of all alike articles are among these:
 * an article's story members come first, and the others are ranked by score alone.
 */
import { refOf } from '../entities.js';
import type { RelatedArticle, SiteArticle } from '../articles.js';
import { dayNumber } from '../stories.js';
import { pairSimilarity, sharedTerms, type Alike } from '../similarity.js';
import type { RelatedCandidates } from '../types.js';
import type { ArchiveRun } from './run.js';

/** How many related articles an article page lists. */
export const RELATED_LIMIT = 6;
/** The similarity a related article (outside the story) reaches at least. */
export const RELATED_SIMILARITY = 0.05;
/** Nearness in time counts for up to this much (a multiplier of 1 + RECENCY_WEIGHT), halving every RECENCY_DAYS. */
export const RECENCY_WEIGHT = 0.5;
export const RECENCY_DAYS = 30;

/** A related article's score: its similarity, raised for nearness in time (undated: no raise). */
export function relatedScore(similarity: number, day: number | null, other: number | null): number {
  if (day === null || other === null) return similarity;
  return similarity * (1 + RECENCY_WEIGHT * Math.pow(0.5, Math.abs(day - other) / RECENCY_DAYS));
}

/** What the stories' pass keeps for the related articles: a visitor of each article's alike articles, and the candidates it keeps. */
export function relatedCandidates(run: ArchiveRun): { visit: (i: number, alike: Alike) => void; candidates: RelatedCandidates } {
  const candidates: RelatedCandidates = { lists: [], idRank: rankById(run.articles), days: run.sorted.map((r) => dayNumber(r.published)) };
  const { lists, idRank, days } = candidates;
  const visit = (i: number, alike: Alike) => {
    const before = byScore(i, days, idRank, (j) => alike.similarity[j]);
    const best: number[] = [];
    for (const j of alike.list) if (alike.names[j] >= 1 && alike.similarity[j] >= RELATED_SIMILARITY) keepBest(best, j, before);
    lists[i] = best.map((j) => ({ j, similarity: alike.similarity[j] }));
  };
  return { visit, candidates };
}

/** Gives each article its related articles, best first, each with why it is related. */
export function related(run: ArchiveRun): void {
  const { articles, storyOf, stories } = run;
  const { lists, idRank, days } = run.relatedCandidates;
  const position = new Map(articles.map((a, i) => [a.id, i]));
  const members = stories.map((s) => s.articles.map((id) => position.get(id)!));
  articles.forEach((article, i) => {
    const similarity = new Map<number, number>();
    for (const c of lists[i] ?? []) similarity.set(c.j, c.similarity);
    const mine = storyOf[i];
    for (const j of mine >= 0 ? members[mine] : []) {
      if (j === i || similarity.has(j)) continue;
      const s = pairSimilarity(run.similarity, i, j);
      if (s !== null) similarity.set(j, s);
    }
    const same = (j: number) => mine >= 0 && storyOf[j] === mine;
    const score = byScore(i, days, idRank, (j) => similarity.get(j)!);
    const before = (x: number, y: number) => (same(x) !== same(y) ? same(x) : score(x, y));
    const best: number[] = [];
    for (const j of similarity.keys()) keepBest(best, j, before);
    article.related = best.map((j) => relatedRef(run, i, j, same(j)));
  });
}

/** Per article (by index), its rank by id (for ties). */
function rankById(articles: SiteArticle[]): Int32Array {
  const idRank = new Int32Array(articles.length);
  articles
    .map((_, i) => i)
    .sort((x, y) => articles[x].id.localeCompare(articles[y].id))
    .forEach((i, rank) => (idRank[i] = rank));
  return idRank;
}

/** Whether x ranks before y among article i's candidates: by score (nearer in time before farther), then by id. */
function byScore(i: number, days: (number | null)[], idRank: Int32Array, similarity: (j: number) => number): (x: number, y: number) => boolean {
  const score = (j: number) => relatedScore(similarity(j), days[i], days[j]);
  return (x, y) => {
    const [px, py] = [score(x), score(y)];
    return px !== py ? px > py : idRank[x] < idRank[y];
  };
}

/** Puts j in its place in `best` (kept in order, at most RELATED_LIMIT long). */
function keepBest(best: number[], j: number, before: (x: number, y: number) => boolean): void {
  if (best.length === RELATED_LIMIT && !before(j, best[best.length - 1])) return;
  let at = best.length;
  while (at > 0 && before(j, best[at - 1])) at--;
  best.splice(at, 0, j);
  if (best.length > RELATED_LIMIT) best.pop();
}

/** Article j as a related article of article i, with why: the same story, and up to four names they share (people first). */
function relatedRef(run: ArchiveRun, i: number, j: number, sameStory: boolean): RelatedArticle {
  const shared = sharedTerms(run.similarity, i, j)
    .filter((k) => !k.startsWith('w:'))
    .map((k) => k.slice(2));
  const names = shared
    .filter((k) => k.startsWith('p:'))
    .concat(shared.filter((k) => !k.startsWith('p:')))
    .slice(0, 4)
    .map((k) => run.shownName.get(k) ?? k.slice(2));
  const reason = [sameStory ? 'same story' : '', names.length ? `also names ${names.join(', ')}` : ''].filter(Boolean).join('; ');
  return { ...refOf(run.articles[j]), reason };
}
