/**
 * The files of the split search index (all under `<site>/search-index/`), shared by the Node builder,
 * the Node query function and the browser client. A one-word first query fetches meta.json, one
 * term shard, the one-term facets of that shard and the display data of ten results, nothing else.
 *
 *   meta.json      SearchMeta: fields, document count, the first term of every shard, the outlets'
 *                  names, the number of entities of each kind and the facet tiers. Loaded when the
 *                  search field is first used.
 *   c.json         Columns: per document the publication day and outlet (Columns), for a date sort,
 *                  a date range, and outlet and year facets counted on a result set.
 *   t<N>.json      Shard N of the inverted index: Shard (terms in sorted order, each with Lunr's term
 *                  index and, per field, the documents and their field-vector weight for the term).
 *   p<N>.json      Token positions for the terms of shard N (Positions): loaded only for phrase queries.
 *   q<N>.json      One-term facets of shard N (TermFacets): for each term of the shard held by more
 *                  documents than a page of results shows, the facets of the documents that hold it,
 *                  counted at build time: what a one-word query without filters shows.
 *   terms.json     Every term, sorted: loaded only for queries Lunr must expand against the whole
 *                  vocabulary (fuzzy `term~1`, or a wildcard with no leading letters `*ing`).
 *   n<E>-<K>.json  Names of entities of kind E (0 people, 1 organisations, 2 places) numbered
 *                  K*nameChunk ..., numbered by number of articles (then name).
 *   e<E>/<key>.json Entities of kind E whose name begins with the two letters of <key> (hex code
 *                  points), with their numbers: a facet selection (a name in the address) → its number.
 *   s/<key>.json   Suggestions: every person with a word of a name or alias beginning with the two
 *                  letters of <key> (hex code points), most articles first, with their numbers.
 *   ft<T>-<E>-<K>.json FacetChunk K of kind E: for documents K*facetChunk ..., their entities of kind
 *                  E (0 people, 1 organisations, 2 places) in tier T (numbered from facetTiers[T-1],
 *                  or 0, up to facetTiers[T]). Each kind has its own files, so a result set's facets
 *                  fetch only the kinds the page shows (organisations and places wait until the
 *                  reader opens their group), and each kind loads its tiers in order, stopping as soon
 *                  as its counts are exact (see facets.ts): the first tier, the most named, is enough
 *                  for a large result set.
 *   d/<N>.json     DocFragment of document N: what a result shows (title, date, outlet, entities, and
 *                  the opening of its text, `head` characters or so).
 *   x/<N>.json     The rest of document N's text, fetched only when its opening holds no match to show.
 */

export const FORMAT_VERSION = 4;

export interface SearchMeta {
  version: number;
  lunr: string;
  /** Lunr fields, in the order the index was built with. */
  fields: string[];
  docCount: number;
  /** First term of each shard; shard N holds the terms from shards[N] up to (not including) shards[N+1]. */
  shards: string[];
  /** Shards with a one-term facets file (q<N>.json). */
  termFacets: number[];
  /** Outlet names (the columns and facets number them). */
  outlets: string[];
  /** Number of entities of each kind (people, organisations, places). */
  entities: number[];
  /** Entities per name chunk (n<E>-<K>.json). */
  nameChunk: number;
  /** Documents per facet chunk (ft<T>-<E>-<K>.json). */
  facetChunk: number;
  /** Upper bounds (exclusive) of the entity numbers of each facet tier, the same for every kind; the last is the largest kind's count. */
  facetTiers: number[];
  /** For each tier and kind, the most articles any entity of that kind numbered above the tier is named in. */
  facetFloors: number[][];
  /** Values shown per facet group. */
  facetMax: number;
}

/** Per document columns (c.json). */
export interface Columns {
  /** Publication day of each document as days since 1970-01-01, delta-coded; undated documents repeat the last day. */
  days: number[];
  /** Documents without a publication date. */
  undated: number[];
  /** Outlet of each document: index into meta.outlets, or -1. */
  outlet: number[];
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

/** Per document of the chunk, the numbers of its entities of one kind (in one tier), delta-coded. */
export type FacetChunk = number[][];

/** A facet value and its count: [name, count]. */
export type FacetPair = [string, number];
/** [term, people, organisations, places, outlets, years], each a list of FacetPair, largest first. */
export type TermFacetsEntry = [string, FacetPair[], FacetPair[], FacetPair[], FacetPair[], FacetPair[]];
export type TermFacets = TermFacetsEntry[];

/** [name, number] of entities of one kind by the first letters of their name. */
export type EntityKeyList = [string, number][];

/** [person number, name, aliases, number of articles]. */
export type Suggestion = [number, string, string[], number];

export const shardFile = (n: number): string => `t${n}.json`;
export const positionsFile = (n: number): string => `p${n}.json`;
export const termFacetsFile = (n: number): string => `q${n}.json`;
export const docFile = (n: number): string => `d/${n}.json`;
export const restFile = (n: number): string => `x/${n}.json`;
export const META_FILE = 'meta.json';
export const COLUMNS_FILE = 'c.json';
export const TERMS_FILE = 'terms.json';
export const NAME_CHUNK = 200;
export const FACET_TIERS = [250, 1000];
/** Results a page shows (the client's page, and the smallest result set with one-term facets). */
export const RESULTS_PAGE = 10;
/** Values a facet group shows. */
export const FACET_MAX = 10;
/** Characters of text a result's display file holds before the rest goes to x/<N>.json. */
export const HEAD_CHARS = 1200;
/** Kinds of entities with a facet, in the order of FacetChunk and the name files. */
export const ENTITY_KINDS = ['people', 'organizations', 'places'] as const;
export const tierFacetFile = (tier: number, kind: number, k: number): string => `ft${tier}-${kind}-${k}.json`;
export const namesFile = (kind: number, k: number): string => `n${kind}-${k}.json`;
const hexKey = (key: string): string => [...key].map((c) => c.codePointAt(0)!.toString(16)).join('-');
export const suggestFile = (key: string): string => `s/${hexKey(key)}.json`;
export const entityKeyFile = (kind: number, key: string): string => `e${kind}/${hexKey(key)}.json`;

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

/** The columns' days decoded: the publication day of each document, or null. */
export function decodeDays(columns: Columns): (number | null)[] {
  const out: (number | null)[] = [];
  let day = 0;
  for (const d of columns.days) out.push((day += d));
  for (const u of columns.undated) out[u] = null;
  return out;
}
