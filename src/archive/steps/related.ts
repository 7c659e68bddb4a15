/**
 * Related articles: the same story first, then the most alike, nearer in time before farther;
 * never an article that shares no distinctive name (common words alone relate nothing).
 */
import { refOf } from '../entities.js';
import type { RelatedArticle, SiteArticle } from '../articles.js';
import { dayNumber } from '../stories.js';
import { forEachAlike, sharedTerms, type Alike } from '../similarity.js';
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

/** Gives each article its related articles, best first, each with why it is related. */
export function related(run: ArchiveRun): void {
  const { articles, storyOf } = run;
  const idRank = rankById(articles);
  const days = run.sorted.map((r) => dayNumber(r.published));
  forEachAlike(run.similarity, (i, alike) => {
    const order = relatedOrder(storyOf, i, alike, days, idRank);
    articles[i].related = bestRelated(alike, order).map((j) => relatedRef(run, i, j, order.same(j)));
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

/** How article i's candidates rank: its story's articles first, then by score (nearer in time before farther), then by id. */
interface RelatedOrder {
  same: (j: number) => boolean;
  before: (x: number, y: number) => boolean;
}

function relatedOrder(storyOf: Int32Array, i: number, n: Alike, days: (number | null)[], idRank: Int32Array): RelatedOrder {
  const mine = storyOf[i];
  const same = (j: number) => mine >= 0 && storyOf[j] === mine;
  const score = (j: number) => relatedScore(n.similarity[j], days[i], days[j]);
  const before = (x: number, y: number) => {
    const sx = same(x);
    if (sx !== same(y)) return sx;
    const [px, py] = [score(x), score(y)];
    return px !== py ? px > py : idRank[x] < idRank[y];
  };
  return { same, before };
}

/** The best RELATED_LIMIT, in order (an article can share terms with thousands); outside the story, only those sharing a distinctive name and alike enough. */
function bestRelated(n: Alike, { same, before }: RelatedOrder): number[] {
  const best: number[] = [];
  for (const j of n.list) {
    if (!same(j) && (n.names[j] < 1 || n.similarity[j] < RELATED_SIMILARITY)) continue;
    if (best.length === RELATED_LIMIT && !before(j, best[best.length - 1])) continue;
    let at = best.length;
    while (at > 0 && before(j, best[at - 1])) at--;
    best.splice(at, 0, j);
    if (best.length > RELATED_LIMIT) best.pop();
  }
  return best;
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
