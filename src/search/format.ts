/**
 * The files of the split search index (all under `<site>/search-index/`), shared by the Node builder,
 * the Node query function and the browser client.
 *
 *   meta.json      SearchMeta: fields, document count, the first term of every shard, and per document
 *                  the publication day and outlet (for the date sort, the year/outlet facets and the
 *                  publication-date range filter). Loaded when the search field is first used.
 *   t<N>.json      Shard N of the inverted index: Shard (terms in sorted order, each with Lunr's term
 *                  index and, per field, the documents and their field-vector weight for the term).
 *   p<N>.json      Token positions for the terms of shard N (Positions): loaded only for phrase queries.
 *   terms.json     Every term, sorted: loaded only for queries Lunr must expand against the whole
 *                  vocabulary (fuzzy `term~1`, or a wildcard with no leading letters `*ing`).
 *   n<K>.json      Names of people K*peopleChunk ..., numbered by number of articles (then name):
 *                  the names a people facet shows, mostly from n0.json.
 *   s/<key>.json   Suggestions: every person with a word of a name or alias beginning with the two
 *                  letters of <key> (hex code points), most articles first, with their numbers.
 *   f<K>.json      FacetChunk K: the people (person numbers) of documents K*facetChunk ...
 *   ft<T>-<K>.json The same cut by tiers of people: tier T holds the people numbered from
 *                  meta.facetTiers[T-1] (or 0) up to meta.facetTiers[T]. The people facet loads the
 *                  tiers in order and stops as soon as its count is exact (see engine.ts): the first
 *                  tier, a third of the bytes, is enough for a large result set.
 *   d/<N>.json     DocFragment of document N: what a result shows (title, date, outlet, people, text).
 */

export const FORMAT_VERSION = 2;

export interface SearchMeta {
  version: number;
  lunr: string;
  /** Lunr fields, in the order the index was built with. */
  fields: string[];
  docCount: number;
  /** First term of each shard; shard N holds the terms from shards[N] up to (not including) shards[N+1]. */
  shards: string[];
  /** Publication day of each document as days since 1970-01-01, delta-coded; undated documents repeat the last day. */
  days: number[];
  /** Documents without a publication date. */
  undated: number[];
  outlets: string[];
  /** Outlet of each document: index into `outlets`, or -1. */
  outlet: number[];
  /** Documents per facet chunk (f<K>.json). */
  facetChunk: number;
  /** Number of people, and people per name chunk (n<K>.json). */
  people: number;
  peopleChunk: number;
  /** Upper bounds (exclusive) of the people numbers of each facet tier (ft<T>-<K>.json); the last is `people`. */
  facetTiers: number[];
  /** For each tier, the most articles anyone numbered above it is named in. */
  facetFloors: number[];
}

/** One field's postings of a term: [field index, document numbers delta-coded, weights × 1000]. */
export type FieldPostings = [number, number[], number[]];
/** [term, Lunr term index, postings per field that holds the term]. */
export type ShardEntry = [string, number, FieldPostings[]];
export type Shard = ShardEntry[];

/** [term, [[field index, per document (in posting order) its token positions, delta-coded]]]. */
export type PositionsEntry = [string, [number, number[][]][]];
export type Positions = PositionsEntry[];

/** [name, aliases, number of articles]. */
export type PersonEntry = [string, string[], number];
export type PeopleList = PersonEntry[];

/** Per document of the chunk, the numbers of its people, delta-coded. */
export type FacetChunk = number[][];

/** [person number, name, aliases, number of articles]. */
export type Suggestion = [number, string, string[], number];

export const shardFile = (n: number): string => `t${n}.json`;
export const positionsFile = (n: number): string => `p${n}.json`;
export const facetFile = (k: number): string => `f${k}.json`;
export const docFile = (n: number): string => `d/${n}.json`;
export const META_FILE = 'meta.json';
export const TERMS_FILE = 'terms.json';
export const PEOPLE_CHUNK = 200;
export const FACET_TIERS = [250, 1000];
export const tierFacetFile = (tier: number, k: number): string => `ft${tier}-${k}.json`;
export const peopleFile = (k: number): string => `n${k}.json`;
export const suggestFile = (key: string): string => `s/${[...key].map((c) => c.codePointAt(0)!.toString(16)).join('-')}.json`;

/** The first two letters of a word, lower-cased: the key of the suggestion file that lists it (null when shorter). */
export function suggestionKey(text: string): string | null {
  const letters = [...text.trim().toLowerCase()];
  return letters.length >= 2 ? letters.slice(0, 2).join('') : null;
}

const DAY_MS = 86_400_000;
export function isoToDay(iso: string): number {
  return Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS);
}
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** meta.days decoded: the publication day of each document, or null. */
export function decodeDays(meta: SearchMeta): (number | null)[] {
  const out: (number | null)[] = [];
  let day = 0;
  for (const d of meta.days) out.push((day += d));
  for (const u of meta.undated) out[u] = null;
  return out;
}
