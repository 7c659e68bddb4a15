/**
 * Facets: the people, organisations, places, outlets and years of a result set, each with the
 * number of results it is in, largest first. The same order wherever they are counted (at build
 * time for one-term queries, in the browser from the display data or the facet chunks):
 * entities by count, then by popularity in the archive (the band of the number of articles naming
 * them: 1, 2–3, 4–7, 8–15…), then by name, which is the order of their numbers;
 * outlets by count, then name; years by count, then year.
 *
 * Several values may be chosen in a group: a result then holds any of them (OR within a group),
 * and every group with a choice must hold (AND across groups). A group's counts are taken over
 * the results of the other groups' choices only, so that its own values can be added to the choice.
 */
import { namesFile, entityKeyFile, tierFacetFile, suggestionKey, type FacetPair, type FacetChunk, type EntityKeyList, type SearchMeta } from './format.js';

/** The facet groups, in the order the page shows them; the first three are the entity kinds. */
export const FACET_GROUPS = ['people', 'organizations', 'places', 'outlets', 'years'] as const;
export type FacetGroup = (typeof FACET_GROUPS)[number];

export interface FacetCount {
  value: string;
  count: number;
}

export type Facets = Record<FacetGroup, FacetCount[]>;

export const emptyFacets = (): Facets => ({ people: [], organizations: [], places: [], outlets: [], years: [] });

/** The popularity band of an entity named in `articles` articles: floor(log2). */
export function popularity(articles: number): number {
  return articles > 0 ? 31 - Math.clz32(articles) : 0;
}

/**
 * The `max` largest counts of the touched numbers, ties by the smaller number: the order of
 * sorting them all, found in linear time (a histogram of the counts gives the count of the last
 * one in; only those above it are sorted, and of those at it the smallest numbers taken). At
 * build time this runs for every term of the archive.
 */
export function topNumbers(counts: ArrayLike<number>, touched: number[], max: number): number[] {
  if (max <= 0 || !touched.length) return [];
  // Few enough to take them all (outlets and years mostly): sorted, without the histogram.
  if (touched.length <= max) return [...touched].sort((a, b) => counts[b] - counts[a] || a - b);
  let top = 0;
  for (const n of touched) if (counts[n] > top) top = counts[n];
  const histogram = new Int32Array(top + 1);
  for (const n of touched) histogram[counts[n]]++;
  let threshold = top;
  let above = 0;
  while (threshold > 1 && above + histogram[threshold] < max) above += histogram[threshold--];
  const over: number[] = [];
  const ties: number[] = [];
  for (const n of touched) {
    const c = counts[n];
    if (c > threshold) over.push(n);
    else if (c === threshold) ties.push(n);
  }
  over.sort((a, b) => counts[b] - counts[a] || a - b);
  const tied = Int32Array.from(ties).sort();
  for (let i = 0; over.length < max && i < tied.length; i++) over.push(tied[i]);
  return over;
}

/** Counts by label, largest first, ties by `tie` (label order for outlets, year order for years). */
export function topLabels(counts: Map<string, number>, max: number, tie: (a: string, b: string) => number): FacetPair[] {
  return [...counts].sort((a, b) => b[1] - a[1] || tie(a[0], b[0])).slice(0, max);
}

export const byLabel = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
export const byYear = (a: string, b: string): number => Number(a) - Number(b);

export const pairsToCounts = (pairs: FacetPair[]): FacetCount[] => pairs.map(([value, count]) => ({ value, count }));

/** A facet chunk decoded: each document's entity numbers as offsets into one array. */
export interface DecodedChunk {
  offsets: Int32Array;
  values: Int32Array;
}

export function decodeChunk(data: FacetChunk): DecodedChunk {
  const offsets = new Int32Array(data.length + 1);
  data.forEach((doc, i) => (offsets[i + 1] = offsets[i] + doc.length));
  const values = new Int32Array(offsets[data.length]);
  let at = 0;
  for (const doc of data) {
    let v = 0;
    for (const d of doc) values[at++] = v += d;
  }
  return { offsets, values };
}

type Fetch = <T>(file: string) => Promise<T>;

/** The entity facets of the split index, read through the engine's loader (each file fetched once). */
export class EntityFacets {
  private readonly chunks = new Map<string, Promise<DecodedChunk>>();

  constructor(
    private readonly fetch: Fetch,
    private readonly meta: SearchMeta,
  ) {}

  private chunk(tier: number, kind: number, k: number): Promise<DecodedChunk> {
    const file = tierFacetFile(tier, kind, k);
    let p = this.chunks.get(file);
    if (!p) {
      p = this.fetch<FacetChunk>(file).then(decodeChunk);
      p.catch(() => this.chunks.delete(file));
      this.chunks.set(file, p);
    }
    return p;
  }

  /** The chunks of one tier and kind holding the documents, by chunk number. */
  private async chunksOf(tier: number, kind: number, docs: number[]): Promise<Map<number, DecodedChunk>> {
    const size = this.meta.facetChunk;
    const ks = [...new Set(docs.map((d) => Math.floor(d / size)))];
    return new Map(await Promise.all(ks.map(async (k) => [k, await this.chunk(tier, kind, k)] as const)));
  }

  /** The tier holding entity number n. */
  tierOf(n: number): number {
    const t = this.meta.facetTiers.findIndex((hi) => n < hi);
    return t < 0 ? this.meta.facetTiers.length - 1 : t;
  }

  /** The number of the entity of this kind with exactly this name, or -1. */
  async numberOf(kind: number, name: string): Promise<number> {
    const key = suggestionKey(name);
    if (!key) return -1;
    try {
      const list = await this.fetch<EntityKeyList>(entityKeyFile(kind, key));
      return list.find((e) => e[0] === name)?.[1] ?? -1;
    } catch {
      return -1; // no file: no name begins so
    }
  }

  /** Names of entities of a kind by number (from the name chunks that hold them). */
  async names(kind: number, numbers: number[]): Promise<string[]> {
    const size = this.meta.nameChunk;
    const ks = [...new Set(numbers.map((n) => Math.floor(n / size)))];
    const lists = new Map(await Promise.all(ks.map(async (k) => [k, await this.fetch<string[]>(namesFile(kind, k))] as const)));
    return numbers.map((n) => lists.get(Math.floor(n / size))![n % size]);
  }

  /** The documents among `docs` that name entity n of a kind (from that kind's chunks of n's tier only). */
  async members(kind: number, n: number, docs: number[]): Promise<Set<number>> {
    const out = new Set<number>();
    if (n < 0) return out;
    const size = this.meta.facetChunk;
    const byChunk = await this.chunksOf(this.tierOf(n), kind, docs);
    for (const d of docs) {
      const c = byChunk.get(Math.floor(d / size))!;
      const i = d % size;
      for (let k = c.offsets[i]; k < c.offsets[i + 1]; k++) {
        if (c.values[k] === n) {
          out.add(d);
          break;
        }
      }
    }
    return out;
  }

  /**
   * The largest counts of one kind over a set of documents, as a [name, count] list.
   *
   * Counted tier by tier, the most named first. After each tier the counts of the entities it
   * covers are exact, and an entity of a later tier is named in at most facetFloors[T][kind]
   * articles, so in at most that many results: when the max-th largest count is at least that,
   * no one else can enter the list (an equal count loses to the smaller number) and the list is
   * exact. A large result set needs the first tier only; the last tier has floor 0. Only this
   * kind's chunks are fetched.
   */
  async count(kind: number, docs: number[], max: number): Promise<FacetPair[]> {
    const counts = new Int32Array(this.meta.entities[kind]);
    const touched: number[] = [];
    let top: number[] = [];
    const size = this.meta.facetChunk;
    for (let tier = 0; tier < this.meta.facetTiers.length; tier++) {
      const byChunk = await this.chunksOf(tier, kind, docs);
      for (const d of docs) {
        const c = byChunk.get(Math.floor(d / size))!;
        const i = d % size;
        for (let k = c.offsets[i]; k < c.offsets[i + 1]; k++) if (counts[c.values[k]]++ === 0) touched.push(c.values[k]);
      }
      top = topNumbers(counts, touched, max);
      const floor = this.meta.facetFloors[tier][kind];
      if (floor === 0 || (top.length === max && counts[top[max - 1]] >= floor)) break;
    }
    const names = await this.names(kind, top);
    return top.map((n, i): FacetPair => [names[i], counts[n]]);
  }
}
