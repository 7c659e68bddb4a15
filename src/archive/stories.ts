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

export interface Link {
  a: number;
  b: number;
  weight: number;
  shared: string[];
}

function dayNumber(iso: string | null): number | null {
  if (!iso) return null;
  const t = Date.parse(iso + 'T00:00:00Z');
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
}

export interface NameIndex {
  keys: NameKeys[];
  /** Articles (by index) holding each distinctive key. */
  postings: Map<string, number[]>;
  weight: (key: string) => number;
}

/** The inverted index of distinctive names, with each name's weight (rarer weighs more). */
export function nameIndex(records: ArticleRecord[]): NameIndex {
  const keys = records.map(nameKeys);
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
  const weight = (key: string) => {
    const df = all.get(key)?.length ?? 1;
    return Math.log(1 + n / df) / Math.log(2);
  };
  return { keys, postings, weight };
}

/** Pairs of articles that share distinctive names, with the names and their summed weight. */
export function sharedNames(index: NameIndex): Map<string, Link> {
  const pairs = new Map<string, Link>();
  for (const [key, list] of index.postings) {
    const w = index.weight(key);
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const id = `${list[x]}:${list[y]}`;
        const link = pairs.get(id) ?? { a: list[x], b: list[y], weight: 0, shared: [] };
        link.weight += w;
        link.shared.push(key);
        pairs.set(id, link);
      }
    }
  }
  return pairs;
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

function isLinked(link: Link, records: ArticleRecord[]): boolean {
  const da = dayNumber(records[link.a].published);
  const db = dayNumber(records[link.b].published);
  if (da === null || db === null || Math.abs(da - db) > STORY_WINDOW_DAYS) return false;
  const people = link.shared.filter((k) => k.startsWith('p:')).length;
  return link.shared.length >= MIN_SHARED_NAMES && people >= MIN_SHARED_PEOPLE && link.weight >= MIN_LINK_WEIGHT;
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
export function findStories(records: ArticleRecord[], index: NameIndex = nameIndex(records), pairs: Map<string, Link> = sharedNames(index)): Story[] {
  const parent = records.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const linkShared = new Map<number, Map<string, number>>();
  for (const link of [...pairs.values()].sort((p, q) => p.a - q.a || p.b - q.b)) {
    if (!isLinked(link, records)) continue;
    const [ra, rb] = [find(link.a), find(link.b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  // Shared names per group, counted over its links.
  for (const link of pairs.values()) {
    if (!isLinked(link, records)) continue;
    const root = find(link.a);
    const m = linkShared.get(root) ?? new Map<string, number>();
    for (const k of link.shared) m.set(k, (m.get(k) ?? 0) + 1);
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
      names: shared.slice(0, 6).map((k) => displayName(records, members, k)),
      first: records[members[0]].published,
      last: records[members[members.length - 1]].published,
      articles: members.map((i) => records[i].id),
    });
  }
  return stories.sort((s, t) => (s.first ?? '').localeCompare(t.first ?? '') || s.id.localeCompare(t.id));
}
