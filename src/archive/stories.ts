/**
 * Stories: articles about the same event, grouped. Two articles are linked when they were
 * published within a few days of each other and are alike as a reader would judge it
 * (src/archive/similarity.ts: TF-IDF over the words of title and lead and the resolved
 * entities, by cosine), sharing several distinctive terms of which at least one is a name. A
 * story is a connected group of linked articles.
 *
 * Pure and deterministic: the same records give the same stories, in the same order, with the
 * same ids. Work is bounded for large archives (see similarity.ts).
 */
import type { ArticleRecord } from '../write/schema.js';
import { entityKey } from './entities.js';
import { forEachAlike, sharedTerms, similarityIndex, NAME_PREFIX, PLACE_PREFIX, type Alike, type SimilarityIndex } from './similarity.js';

/** Articles published at most this many days apart may be one story. */
export const STORY_WINDOW_DAYS = 3;
/** The cosine similarity two articles of one story reach at least. */
export const STORY_SIMILARITY = 0.15;
/** Distinctive terms (names and words) they share at least, of which names ... */
export const MIN_SHARED_TERMS = 4;
export const MIN_SHARED_NAMES = 1;

export interface NameKeys {
  people: Set<string>;
  organizations: Set<string>;
  places?: Set<string>;
}

/** The name keys of an article: its people (by name and alias) and its organisations. */
export function nameKeys(r: ArticleRecord): NameKeys {
  const people = new Set<string>();
  for (const p of r.people) {
    // Single-word names ("Dong") are too ambiguous to link articles on their own.
    if (p.name.trim().includes(' ')) people.add('p:' + entityKey(p.name));
  }
  const organizations = new Set<string>();
  for (const o of r.organizations) organizations.add('o:' + entityKey(o.name));
  return { people, organizations };
}

export function dayNumber(iso: string | null): number | null {
  if (!iso) return null;
  const t = Date.parse(iso + 'T00:00:00Z');
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
}

/** The similarity index of records compared by their own names (nameKeys). */
export function recordSimilarity(records: ArticleRecord[], keysOf: (r: ArticleRecord, i: number) => NameKeys = nameKeys): SimilarityIndex {
  return similarityIndex(
    records.map((r, i) => {
      const k = keysOf(r, i);
      return { title: r.title, body: r.body, names: [...k.people, ...k.organizations], places: [...(k.places ?? [])] };
    }),
  );
}

export interface Story {
  /** Stable id: the id of its earliest article. */
  id: string;
  /** The distinctive names its articles share, rarest first (as written in the earliest article). */
  names: string[];
  first: string | null;
  last: string | null;
  /** Article ids in publication order. */
  articles: string[];
}

/** Whether two articles are one story's: close in time, alike, sharing several distinctive terms, a name among them. */
export function isLinked(a: Alike, j: number, di: number | null, dj: number | null): boolean {
  if (di === null || dj === null || Math.abs(di - dj) > STORY_WINDOW_DAYS) return false;
  return a.similarity[j] >= STORY_SIMILARITY && a.names[j] >= MIN_SHARED_NAMES && a.names[j] + a.places[j] + a.words[j] >= MIN_SHARED_TERMS;
}

function displayName(records: ArticleRecord[], ids: number[], key: string): string {
  for (const i of ids) {
    const r = records[i];
    const list = key.startsWith('p:') ? r.people : r.organizations;
    const hit = list.find((e) => entityKey(e.name) === key.slice(2));
    if (hit) return hit.name;
  }
  return key.slice(2);
}

/**
 * Groups linked articles into stories (two articles or more each), oldest story first. `alsoVisit`
 * sees every article's alike articles on the same pass (the related articles are chosen on it).
 */
export function findStories(
  records: ArticleRecord[],
  index: SimilarityIndex = recordSimilarity(records),
  names?: Map<string, string>,
  alsoVisit?: (i: number, alike: Alike) => void,
): Story[] {
  const days = records.map((r) => dayNumber(r.published));
  const parent = records.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const linked: [number, number][] = [];
  forEachAlike(index, (i, a) => {
    for (const j of a.list) if (j > i && isLinked(a, j, days[i], days[j])) linked.push([i, j]);
    alsoVisit?.(i, a);
  });
  for (const [a, b] of linked) {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  // Shared names per group, counted over its links.
  const linkShared = new Map<number, Map<string, number>>();
  for (const [a, b] of linked) {
    const root = find(a);
    const m = linkShared.get(root) ?? new Map<string, number>();
    for (const k of sharedTerms(index, a, b)) if (!k.startsWith('w:')) m.set(k.slice(2), (m.get(k.slice(2)) ?? 0) + 1);
    linkShared.set(root, m);
  }
  const groups = new Map<number, number[]>();
  records.forEach((_, i) => {
    const root = find(i);
    const list = groups.get(root) ?? [];
    list.push(i);
    groups.set(root, list);
  });
  const byDate = (x: number, y: number) =>
    (records[x].published ?? '9999').localeCompare(records[y].published ?? '9999') || records[x].id.localeCompare(records[y].id);
  const stories: Story[] = [];
  for (const [root, members] of groups) {
    if (members.length < 2) continue;
    members.sort(byDate);
    const shared = [...(linkShared.get(root) ?? new Map()).keys()];
    // People before organisations, rarest first, then by name.
    const idf = (k: string) => index.idf((k.startsWith('l:') ? PLACE_PREFIX : NAME_PREFIX) + k);
    const rank = (k: string) => (k.startsWith('p:') ? 0 : k.startsWith('l:') ? 2 : 1);
    shared.sort((p, q) => rank(p) - rank(q) || idf(q) - idf(p) || p.localeCompare(q));
    stories.push({
      id: records[members[0]].id,
      names: shared.slice(0, 6).map((k) => names?.get(k) ?? displayName(records, members, k)),
      first: records[members[0]].published,
      last: records[members[members.length - 1]].published,
      articles: members.map((i) => records[i].id),
    });
  }
  return stories.sort((s, t) => (s.first ?? '').localeCompare(t.first ?? '') || s.id.localeCompare(t.id));
}
