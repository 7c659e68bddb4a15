/**
 * The split index: one whole Lunr index built in Node (build.ts), cut into the files described in
 * format.ts, so a query fetches only the shards that hold its terms and the display data of the
 * results it shows.
 */
import lunr from 'lunr';
import type { ArticleRecord } from '../write/schema.js';
import { PartialIndex } from './partial.js';
import { toDocFragment, type DocFragment } from './documents.js';
import { buildLunrIndex, indexOrder, FIELD_NAMES } from './build.js';
import type { AnalysisCache } from './tokens.js';
import {
  FORMAT_VERSION,
  isoToDay,
  type SearchMeta,
  type Shard,
  type ShardEntry,
  type Positions,
  type PositionsEntry,
  type PeopleList,
  type FacetChunk,
  type FieldPostings,
} from './format.js';

export interface SplitOptions {
  /** Target size of a shard file in characters of JSON (before compression). */
  shardChars?: number;
  /** Documents per facet chunk. */
  facetChunk?: number;
  /** Analysed documents kept between builds (see tokens.ts). */
  cache?: AnalysisCache;
}

export const DEFAULT_SHARD_CHARS = 24_000;
export const DEFAULT_FACET_CHUNK = 1000;

export interface SplitIndex {
  meta: SearchMeta;
  shards: Shard[];
  positions: Positions[];
  terms: string[];
  people: PeopleList;
  facets: FacetChunk[];
  docs: DocFragment[];
  /** Record id of each document number. */
  ids: string[];
}

function weightOf(vector: lunr.Vector, termIndex: number): number {
  const v = vector as unknown as { elements: number[]; positionForIndex(i: number): number };
  const pos = v.positionForIndex(termIndex);
  if (v.elements[pos] !== termIndex) throw new Error(`no weight for term ${termIndex}`);
  return Math.round(v.elements[pos + 1] * 1000);
}

function deltas(values: number[]): number[] {
  let prev = 0;
  return values.map((v) => {
    const d = v - prev;
    prev = v;
    return d;
  });
}

export function buildSplitIndex(records: ArticleRecord[], options: SplitOptions = {}): SplitIndex {
  const shardChars = options.shardChars ?? DEFAULT_SHARD_CHARS;
  const facetChunk = options.facetChunk ?? DEFAULT_FACET_CHUNK;
  const sorted = indexOrder(records);
  const index = buildLunrIndex(sorted, { positions: true, fast: true, cache: options.cache });
  const ids = sorted.map((r) => r.id);
  const docOf = new Map(ids.map((id, i) => [id, i]));
  const inverted = (index as any).invertedIndex as Record<string, any>;
  const vectors = (index as any).fieldVectors as Record<string, lunr.Vector>;
  const fields = (index as any).fields as string[];
  if (fields.join() !== FIELD_NAMES.join()) throw new Error('unexpected Lunr field order');

  const shards: Shard[] = [];
  const positions: Positions[] = [];
  const firstTerms: string[] = [];
  let shard: Shard = [];
  let pos: Positions = [];
  let chars = 0;
  const terms = Object.keys(inverted).sort();
  for (const term of terms) {
    const posting = inverted[term];
    const byField: FieldPostings[] = [];
    const posByField: [number, number[][]][] = [];
    fields.forEach((field, fi) => {
      const refs = Object.keys(posting[field]);
      if (!refs.length) return;
      const docs = refs.map((r) => docOf.get(r)!);
      byField.push([fi, deltas(docs), refs.map((r) => weightOf(vectors[field + '/' + r], posting._index))]);
      posByField.push([fi, refs.map((r) => deltas(posting[field][r].index ?? []))]);
    });
    const entry: ShardEntry = [term, posting._index, byField];
    const size = JSON.stringify(entry).length;
    if (shard.length && chars + size > shardChars) {
      shards.push(shard);
      positions.push(pos);
      shard = [];
      pos = [];
      chars = 0;
    }
    if (!shard.length) firstTerms.push(term);
    shard.push(entry);
    pos.push([term, posByField] as PositionsEntry);
    chars += size;
  }
  if (shard.length) {
    shards.push(shard);
    positions.push(pos);
  }

  // Per-document columns.
  const outlets = [...new Set(sorted.map((r) => r.outlet).filter((o): o is string => !!o))].sort();
  const outletIndex = new Map(outlets.map((o, i) => [o, i]));
  const days: number[] = [];
  const undated: number[] = [];
  let lastDay = 0;
  sorted.forEach((r, i) => {
    const day = r.published ? isoToDay(r.published) : lastDay;
    if (!r.published) undated.push(i);
    days.push(day - lastDay);
    lastDay = day;
  });

  // People: one entry per name across the archive, aliases merged.
  const personIndex = new Map<string, number>();
  const people: PeopleList = [];
  const docPeople: number[][] = sorted.map((r) =>
    [
      ...new Set(
        r.people.map((p) => {
          let i = personIndex.get(p.name);
          if (i === undefined) {
            i = people.length;
            personIndex.set(p.name, i);
            people.push([p.name, [], 0]);
          }
          const entry = people[i];
          for (const a of p.aliases) if (a !== p.name && !entry[1].includes(a)) entry[1].push(a);
          return i;
        }),
      ),
    ].sort((a, b) => a - b),
  );
  for (const list of docPeople) for (const i of list) people[i][2]++;
  const facets: FacetChunk[] = [];
  for (let k = 0; k * facetChunk < sorted.length; k++) facets.push(docPeople.slice(k * facetChunk, (k + 1) * facetChunk).map(deltas));

  const meta: SearchMeta = {
    version: FORMAT_VERSION,
    lunr: lunr.version,
    fields,
    docCount: sorted.length,
    shards: firstTerms,
    days,
    undated,
    outlets,
    outlet: sorted.map((r) => (r.outlet ? outletIndex.get(r.outlet)! : -1)),
    facetChunk,
  };
  return { meta, shards, positions, terms, people, facets, docs: sorted.map(toDocFragment), ids };
}

/** Every file of the split index: path under search/ → JSON text. */
export function splitIndexFiles(split: SplitIndex): Map<string, string> {
  const files = new Map<string, string>();
  files.set('meta.json', JSON.stringify(split.meta));
  split.shards.forEach((s, n) => files.set(`t${n}.json`, JSON.stringify(s)));
  split.positions.forEach((p, n) => files.set(`p${n}.json`, JSON.stringify(p)));
  files.set('terms.json', JSON.stringify(split.terms));
  files.set('people.json', JSON.stringify(split.people));
  split.facets.forEach((f, k) => files.set(`f${k}.json`, JSON.stringify(f)));
  split.docs.forEach((d, n) => files.set(`d/${n}.json`, JSON.stringify(d)));
  return files;
}

export interface SplitHit {
  ref: string;
  score: number;
}

/**
 * Node-side search over a split index, loading shards as a browser would (cumulatively, only those
 * a query needs). Its results are those of lunr's Index.search on the whole index.
 */
export class SplitSearcher {
  readonly split: SplitIndex;
  readonly index: PartialIndex;
  /** Shard files loaded so far. */
  readonly loaded = new Set<number>();

  constructor(split: SplitIndex) {
    this.split = split;
    this.index = new PartialIndex(split.meta);
  }

  /** Shards a query needs (terms.json stands in for the whole vocabulary where needed). */
  shardsFor(q: string): number[] {
    const plan = this.index.plan(q);
    return plan.needsTerms ? this.index.planWithTerms(q, this.split.terms).shards : plan.shards;
  }

  load(q: string): void {
    for (const s of this.shardsFor(q)) {
      this.index.addShard(s, this.split.shards[s]);
      this.loaded.add(s);
    }
  }

  search(q: string): SplitHit[] {
    this.load(q);
    return this.index.search(q).map((r) => ({ ref: this.split.ids[r.doc], score: r.score }));
  }
}

/** One query on a fresh split searcher (the first query of a page). */
export function searchSplit(split: SplitIndex, q: string): SplitHit[] {
  return new SplitSearcher(split).search(q);
}
