/**
 * Stories: articles about the same event, grouped. Two articles are linked when they were
 * published within a few days of each other and share several distinctive names (people and
 * organisations): each shared name weighs by its rarity in the archive (inverse document
 * frequency), so two articles that share rare names are linked and two that share only the
 * names every article mentions are not. A story is a connected group of linked articles.
 *
 * Pure and deterministic: the same records give the same stories, in the same order, with the
 * same ids. Work is bounded for large archives: only names held by few articles are compared,
 * through an inverted index, never every pair of articles.
 */
import type { ArticleRecord } from '../write/schema.js';
import { entityKey } from './entities.js';

/** Articles published at most this many days apart may be one story. */
export const STORY_WINDOW_DAYS = 3;
/** Shared distinctive names needed to link two articles, of which people ... */
export const MIN_SHARED_NAMES = 3;
export const MIN_SHARED_PEOPLE = 2;
/** ... and the summed rarity they need. */
export const MIN_LINK_WEIGHT = 2;
/** A name held by more than this share of the archive (and more than MIN_COMMON articles) is common: it links nothing. */
export const COMMON_SHARE = 0.05;
/** In a small archive, a name held by this many articles or fewer is never common. */
export const MIN_COMMON = 10;
/** However large the archive, a name held by more articles than this is common. */
export const MAX_DISTINCTIVE_ARTICLES = 200;

export interface NameKeys {
  people: Set<string>;
  organizations: Set<string>;
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

function dayNumber(iso: string | null): number | null {
  if (!iso) return null;
  const t = Date.parse(iso + 'T00:00:00Z');
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
}

export interface NameIndex {
  keys: NameKeys[];
  /** The name to show for a key, when the keys are not names (resolved entities). */
  names?: Map<string, string>;
  /** Articles (by index) holding each distinctive key. */
  postings: Map<string, number[]>;
  /** Per article, its distinctive keys in the order of `postings`. */
  distinctive: string[][];
  weight: (key: string) => number;
}

/** The inverted index of distinctive names, with each name's weight (rarer weighs more). */
export function nameIndex(records: ArticleRecord[], keysOf: (r: ArticleRecord, i: number) => NameKeys = nameKeys, names?: Map<string, string>): NameIndex {
  const keys = records.map(keysOf);
  const all = new Map<string, number[]>();
  keys.forEach((k, i) => {
    for (const key of [...k.people, ...k.organizations]) {
      const list = all.get(key) ?? [];
      list.push(i);
      all.set(key, list);
    }
  });
  const n = records.length;
  const limit = Math.max(MIN_COMMON, Math.min(MAX_DISTINCTIVE_ARTICLES, Math.floor(n * COMMON_SHARE)));
  const postings = new Map<string, number[]>();
  for (const [key, list] of all) if (list.length > 1 && list.length <= limit) postings.set(key, list);
  const distinctive: string[][] = records.map(() => []);
  for (const [key, list] of postings) for (const i of list) distinctive[i].push(key);
  const weight = (key: string) => {
    const df = all.get(key)?.length ?? 1;
    return Math.log(1 + n / df) / Math.log(2);
  };
  return { keys, postings, distinctive, weight, ...(names ? { names } : {}) };
}

/** The articles that share distinctive names with one article: their summed weights and counts. */
export interface Neighbours {
  /** Article indices, in the order first met. */
  list: number[];
  weight: Float64Array;
  names: Int32Array;
  people: Int32Array;
}

/**
 * Visits, for every article, the articles sharing distinctive names with it. Accumulators are
 * reused from one article to the next: a large archive has millions of such pairs, and none of
 * them is kept as an object. A pair's weight is summed over its shared names in the order of the
 * index, the same from either side.
 */
export function forEachNeighbourhood(index: NameIndex, visit: (i: number, n: Neighbours) => void): void {
  const count = index.keys.length;
  const nb: Neighbours = { list: [], weight: new Float64Array(count), names: new Int32Array(count), people: new Int32Array(count) };
  const weights = new Map<string, number>();
  for (const key of index.postings.keys()) weights.set(key, index.weight(key));
  for (let i = 0; i < count; i++) {
    for (const key of index.distinctive[i]) {
      const w = weights.get(key)!;
      const person = key.startsWith('p:') ? 1 : 0;
      for (const j of index.postings.get(key)!) {
        if (j === i) continue;
        if (nb.names[j] === 0) nb.list.push(j);
        nb.weight[j] += w;
        nb.names[j]++;
        nb.people[j] += person;
      }
    }
    visit(i, nb);
    for (const j of nb.list) {
      nb.weight[j] = 0;
      nb.names[j] = 0;
      nb.people[j] = 0;
    }
    nb.list.length = 0;
  }
}

/** The distinctive names two articles share, in the order of the index. */
export function sharedKeys(index: NameIndex, a: number, b: number): string[] {
  const other = new Set(index.distinctive[b]);
  return index.distinctive[a].filter((k) => other.has(k));
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

/** Whether two articles are one story's: close in time, several shared names, enough of them people, rare enough. */
function isLinked(n: Neighbours, j: number, di: number | null, dj: number | null): boolean {
  if (di === null || dj === null || Math.abs(di - dj) > STORY_WINDOW_DAYS) return false;
  return n.names[j] >= MIN_SHARED_NAMES && n.people[j] >= MIN_SHARED_PEOPLE && n.weight[j] >= MIN_LINK_WEIGHT;
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

/** Groups linked articles into stories (two articles or more each), oldest story first. */
export function findStories(records: ArticleRecord[], index: NameIndex = nameIndex(records)): Story[] {
  const days = records.map((r) => dayNumber(r.published));
  const parent = records.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const linked: [number, number][] = [];
  forEachNeighbourhood(index, (i, n) => {
    for (const j of n.list) if (j > i && isLinked(n, j, days[i], days[j])) linked.push([i, j]);
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
    for (const k of sharedKeys(index, a, b)) m.set(k, (m.get(k) ?? 0) + 1);
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
    shared.sort((p, q) => (p[0] === q[0] ? 0 : p[0] === 'p' ? -1 : 1) || index.weight(q) - index.weight(p) || p.localeCompare(q));
    stories.push({
      id: records[members[0]].id,
      names: shared.slice(0, 6).map((k) => index.names?.get(k) ?? displayName(records, members, k)),
      first: records[members[0]].published,
      last: records[members[members.length - 1]].published,
      articles: members.map((i) => records[i].id),
    });
  }
  return stories.sort((s, t) => (s.first ?? '').localeCompare(t.first ?? '') || s.id.localeCompare(t.id));
}
