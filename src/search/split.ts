/**
 * The split index: the postings and weights one whole Lunr index would have (inverted.ts computes
 * them as Lunr's builder does; tests/helpers/lunr-reference.ts builds that whole index, the
 * reference the tests compare against), cut into the files described in format.ts, so a query
 * fetches only the shards that hold its terms and the display data of the results it shows.
 */
import lunr from 'lunr';
import { toDocFragment, toSearchDocument, type DocFragment, type SearchRecord } from './documents.js';
import { indexOrder, analysisBuilder, FIELDS, FIELD_NAMES } from './build.js';
import { analyse, type AnalysisCache, type AnalysedDoc } from './tokens.js';
import { invert, idf, weights } from './inverted.js';
import {
  FORMAT_VERSION,
  PEOPLE_CHUNK,
  FACET_TIERS,
  isoToDay,
  tierFacetFile,
  peopleFile,
  suggestFile,
  suggestionKey,
  type Suggestion,
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
  /** Bounds of the people facet's tiers (format.ts, ft<T>-<K>.json); the last tier holds everyone else. */
  facetTiers?: number[];
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
  /** Per tier, the facet chunks with that tier's people only. */
  tierFacets: FacetChunk[][];
  docs: DocFragment[];
  /** Record id of each document number. */
  ids: string[];
  /** The JSON text of each shard, made while cutting them (each entry is stringified once, to measure it). */
  shardTexts: string[];
}

function deltas(values: number[]): number[] {
  const out = new Array<number>(values.length);
  let prev = 0;
  for (let i = 0; i < values.length; i++) {
    out[i] = values[i] - prev;
    prev = values[i];
  }
  return out;
}

/** Each record analysed as Lunr's builder would (tokenizer and pipeline), from the cache when it has it. */
export function analyseRecords(sorted: SearchRecord[], cache?: AnalysisCache): AnalysedDoc[] {
  const builder = analysisBuilder();
  return sorted.map((r) => {
    const make = () => analyse(builder, toSearchDocument(r), FIELD_NAMES);
    return cache ? cache.analysed(r, make) : make();
  });
}

export function buildSplitIndex(records: SearchRecord[], options: SplitOptions = {}): SplitIndex {
  const shardChars = options.shardChars ?? DEFAULT_SHARD_CHARS;
  const facetChunk = options.facetChunk ?? DEFAULT_FACET_CHUNK;
  const sorted = indexOrder(records);
  const fields = [...FIELD_NAMES] as string[];
  const inverted = invert(analyseRecords(sorted, options.cache), fields, FIELD_NAMES.map((f) => FIELDS[f]));
  const ids = sorted.map((r) => r.id);

  const shards: Shard[] = [];
  const shardTexts: string[] = [];
  const positions: Positions[] = [];
  const firstTerms: string[] = [];
  let shard: Shard = [];
  let texts: string[] = [];
  let pos: Positions = [];
  let chars = 0;
  // JSON.stringify of an array is its entries' texts joined by commas, in brackets.
  const close = () => {
    shards.push(shard);
    shardTexts.push(`[${texts.join(',')}]`);
    positions.push(pos);
  };
  const terms = [...inverted.terms.keys()].sort();
  for (const term of terms) {
    const posting = inverted.terms.get(term)!;
    const termIdf = idf(posting, inverted.docCount);
    const byField: FieldPostings[] = [];
    const posByField: [number, number[][]][] = [];
    posting.fields.forEach((fp, fi) => {
      if (!fp) return;
      byField.push([fi, deltas(fp.docs), weights(inverted, posting, fi, termIdf)]);
      posByField.push([fi, fp.positions.map((p) => (typeof p === 'number' ? [p] : p))]);
    });
    const entry: ShardEntry = [term, posting.index, byField];
    const text = JSON.stringify(entry);
    const size = text.length;
    if (shard.length && chars + size > shardChars) {
      close();
      shard = [];
      texts = [];
      pos = [];
      chars = 0;
    }
    if (!shard.length) firstTerms.push(term);
    shard.push(entry);
    texts.push(text);
    pos.push([term, posByField] as PositionsEntry);
    chars += size;
  }
  if (shard.length) close();

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
  // Numbered by number of articles (then name): the people a facet shows have small numbers,
  // in the first name chunk, and the facet chunks' numbers are short.
  const order = people.map((_p, i) => i).sort((a, b) => people[b][2] - people[a][2] || (people[a][0] < people[b][0] ? -1 : people[a][0] > people[b][0] ? 1 : 0));
  const renumber = new Int32Array(people.length);
  order.forEach((old, i) => (renumber[old] = i));
  const ranked: PeopleList = order.map((i) => people[i]);
  const facets: FacetChunk[] = [];
  const tiers = [...new Set([...(options.facetTiers ?? FACET_TIERS).map((t) => Math.min(t, ranked.length)), ranked.length])]
    .filter((t) => t > 0)
    .sort((a, b) => a - b);
  const tierFacets: FacetChunk[][] = tiers.map(() => []);
  const renumbered = docPeople.map((list) => list.map((i) => renumber[i]).sort((a, b) => a - b));
  for (let k = 0; k * facetChunk < sorted.length; k++) {
    const lists = renumbered.slice(k * facetChunk, (k + 1) * facetChunk);
    facets.push(lists.map(deltas));
    tiers.forEach((hi, t) => {
      const lo = t ? tiers[t - 1] : 0;
      tierFacets[t].push(lists.map((l) => deltas(l.filter((n) => n >= lo && n < hi))));
    });
  }

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
    people: ranked.length,
    peopleChunk: PEOPLE_CHUNK,
    facetTiers: tiers,
    facetFloors: tiers.map((t) => (t < ranked.length ? ranked[t][2] : 0)),
  };
  return { meta, shards, positions, terms, people: ranked, facets, tierFacets, docs: sorted.map((r) => toDocFragment(r)), ids, shardTexts };
}

/** People by the suggestion key of each word of their names and aliases; most articles first. */
export function suggestionLists(people: PeopleList): Map<string, Suggestion[]> {
  const lists = new Map<string, Suggestion[]>();
  people.forEach(([name, aliases, count], i) => {
    const keys = new Set<string>();
    for (const form of [name, ...aliases]) for (const word of form.split(/\s+/)) if (suggestionKey(word)) keys.add(suggestionKey(word)!);
    for (const key of keys) {
      let list = lists.get(key);
      if (!list) lists.set(key, (list = []));
      list.push([i, name, aliases, count]);
    }
  });
  return new Map([...lists].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** Every file of the split index: path under search/ → JSON text. */
export function splitIndexFiles(split: SplitIndex): Map<string, string> {
  const files = new Map<string, string>();
  files.set('meta.json', JSON.stringify(split.meta));
  split.shards.forEach((s, n) => files.set(`t${n}.json`, split.shardTexts[n] ?? JSON.stringify(s)));
  split.positions.forEach((p, n) => files.set(`p${n}.json`, JSON.stringify(p)));
  files.set('terms.json', JSON.stringify(split.terms));
  for (let k = 0; k * split.meta.peopleChunk < split.people.length; k++) {
    files.set(peopleFile(k), JSON.stringify(split.people.slice(k * split.meta.peopleChunk, (k + 1) * split.meta.peopleChunk).map((p) => p[0])));
  }
  split.tierFacets.forEach((chunks, t) => chunks.forEach((f, k) => files.set(tierFacetFile(t, k), JSON.stringify(f))));
  for (const [key, entries] of suggestionLists(split.people)) files.set(suggestFile(key), JSON.stringify(entries));
  split.facets.forEach((f, k) => files.set(`f${k}.json`, JSON.stringify(f)));
  split.docs.forEach((d, n) => files.set(`d/${n}.json`, JSON.stringify(d)));
  return files;
}
