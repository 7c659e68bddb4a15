/**
 * The split index: the postings and weights one whole Lunr index would have (inverted.ts computes
 * them as Lunr's builder does; tests/helpers/lunr-reference.ts builds that whole index, the
 * reference the tests compare against), cut into the files described in format.ts, so a query
 * fetches only the shards that hold its terms and the display data of the results it shows.
 */
import lunr from 'lunr';
import { plainText, toDocFragment, toSearchDocument, type DocFragment, type SearchRecord } from './documents.js';
import { indexOrder, analysisBuilder, FIELDS, FIELD_NAMES } from './build.js';
import { analyse, type AnalysisCache, type AnalysedRecord } from './tokens.js';
import { invert, idf, weights, fieldPostings, type InvertedIndex } from './inverted.js';
import {
  FORMAT_VERSION,
  NAME_CHUNK,
  FACET_TIERS,
  FACET_MAX,
  HEAD_CHARS,
  RESULTS_PAGE,
  isoToDay,
  tierFacetFile,
  namesFile,
  entityKeyFile,
  termFacetsFile,
  docFile,
  restFile,
  suggestFile,
  suggestionKey,
  type Suggestion,
  type SearchMeta,
  type Columns,
  type Shard,
  type ShardEntry,
  type PeopleList,
  type FacetChunk,
  type FieldPostings,
  type TermFacets,
  type EntityKeyList,
} from './format.js';
import { rankEntities, tierBounds, tierFloors, tierChunks, entityKeyLists, termFacets, type RankedEntity } from './facet-index.js';
import { decodeStarts } from '../lib/anchors.js';
import { popularity } from './facets.js';

export interface SplitOptions {
  /** Target size of a shard file in characters of JSON (before compression). */
  shardChars?: number;
  /** Documents per facet chunk. */
  facetChunk?: number;
  /** Bounds of the facet tiers (format.ts, ft<T>-<E>-<K>.json); the last tier holds everyone else. */
  facetTiers?: number[];
  /** Values a facet group shows (format.ts FACET_MAX). */
  facetMax?: number;
  /** Characters of text in a display file before the rest goes to its own file (format.ts). */
  headChars?: number;
  /** Analysed documents kept between builds (see tokens.ts): saved once the index is inverted, then released. */
  cache?: AnalysisCache;
}

export const DEFAULT_SHARD_CHARS = 24_000;
export const DEFAULT_FACET_CHUNK = 1000;

export interface SplitIndex {
  meta: SearchMeta;
  columns: Columns;
  /** The shards, parsed from their texts when first asked for (the build writes the texts only). */
  readonly shards: Shard[];
  /** The JSON text of each shard's positions file (Positions), made while cutting the shards. */
  positionTexts: string[];
  /** Per shard, the facets of its terms held by more documents than a page shows (empty: no file). */
  termFacets: TermFacets[];
  terms: string[];
  /** Per kind (people, organisations, places), the entities by number. */
  entities: RankedEntity[][];
  /** Per tier, per kind, the facet chunks. */
  tierFacets: FacetChunk[][][];
  /** Per kind, [name, number] by the first letters of the name. */
  entityKeys: Map<string, EntityKeyList>[];
  docs: DocFragment[];
  /** The rest of each document's text beyond its display file's opening (null: none). */
  rests: (string | null)[];
  /** Record id of each document number. */
  ids: string[];
  /** The JSON text of each shard (Shard), made while cutting them (each entry is stringified once, to measure it). */
  shardTexts: string[];
}

/** The documents of postings from..to, delta-coded. */
function docDeltas(inverted: InvertedIndex, from: number, to: number): number[] {
  const out = new Array<number>(to - from);
  let prev = 0;
  for (let p = from; p < to; p++) {
    out[p - from] = inverted.docs[p] - prev;
    prev = inverted.docs[p];
  }
  return out;
}

/** A term's entry in its shard: per field holding it, the documents (delta-coded) and their weights. */
function shardEntry(inverted: InvertedIndex, term: string, t: number): ShardEntry {
  const termIdf = idf(inverted, t);
  const byField: FieldPostings[] = [];
  for (let fi = 0; fi < inverted.fields.length; fi++) {
    const [from, to] = fieldPostings(inverted, t, fi);
    if (to > from) byField.push([fi, docDeltas(inverted, from, to), weights(inverted, t, fi, termIdf)]);
  }
  return [term, t, byField];
}

/** The JSON text of posting p's positions (most postings have one: no view of the array made for it). */
function positionsText(inverted: InvertedIndex, p: number): string {
  const { starts, positions } = inverted;
  let text = `[${positions[starts[p]]}`;
  for (let k = starts[p] + 1; k < starts[p + 1]; k++) text += `,${positions[k]}`;
  return `${text}]`;
}

/** The JSON text of a term's PositionsEntry, written from the index's arrays of positions. */
function positionsEntryText(inverted: InvertedIndex, term: string, t: number): string {
  const fields: string[] = [];
  for (let fi = 0; fi < inverted.fields.length; fi++) {
    const [from, to] = fieldPostings(inverted, t, fi);
    if (to === from) continue;
    const docs = new Array<string>(to - from);
    for (let p = from; p < to; p++) docs[p - from] = positionsText(inverted, p);
    fields.push(`[${fi},[${docs.join(',')}]]`);
  }
  return `[${JSON.stringify(term)},[${fields.join(',')}]]`;
}

/**
 * Each record analysed as Lunr's builder would (tokenizer and pipeline), with the plain text of its
 * body, from the cache when it has it.
 */
export function analyseRecords(sorted: SearchRecord[], cache?: AnalysisCache): AnalysedRecord[] {
  const builder = analysisBuilder();
  return sorted.map((r) => {
    const make = (): AnalysedRecord => {
      if (r.analysed) throw new Error(`no analysis of "${r.id}" in the analysis cache, and its text was not sent (index-job.ts withoutAnalysedBodies)`);
      const text = plainText(r.body);
      return { fields: analyse(builder, toSearchDocument(r, text), FIELD_NAMES), text };
    };
    return cache ? cache.analysed(r, make) : make();
  });
}

/**
 * The inverted index of the records (in index order) and the plain text of each. The cache, when
 * given, is saved and let go once the index is inverted: the analysed documents are needed no more.
 */
function invertRecords(sorted: SearchRecord[], cache?: AnalysisCache): { inverted: InvertedIndex; texts: string[] } {
  const analysed = analyseRecords(sorted, cache);
  const inverted = invert(
    analysed.map((a) => a.fields),
    [...FIELD_NAMES],
    FIELD_NAMES.map((f) => FIELDS[f]),
  );
  cache?.save();
  cache?.release();
  return { inverted, texts: analysed.map((a) => a.text) };
}

export function buildSplitIndex(records: SearchRecord[], options: SplitOptions = {}): SplitIndex {
  const shardChars = options.shardChars ?? DEFAULT_SHARD_CHARS;
  const facetChunk = options.facetChunk ?? DEFAULT_FACET_CHUNK;
  const sorted = indexOrder(records);
  const fields = [...FIELD_NAMES] as string[];
  const { inverted, texts: plainTexts } = invertRecords(sorted, options.cache);
  const ids = sorted.map((r) => r.id);

  const shardTexts: string[] = [];
  const positionTexts: string[] = [];
  /** Index in `terms` of each shard's first term. */
  const starts: number[] = [];
  let texts: string[] = [];
  let pos: string[] = [];
  let chars = 0;
  // JSON.stringify of an array is its entries' texts joined by commas, in brackets.
  const close = () => {
    shardTexts.push(`[${texts.join(',')}]`);
    positionTexts.push(`[${pos.join(',')}]`);
  };
  const terms = [...inverted.terms.keys()].sort();
  terms.forEach((term, n) => {
    const t = inverted.terms.get(term)!;
    const text = JSON.stringify(shardEntry(inverted, term, t));
    const size = text.length;
    if (texts.length && chars + size > shardChars) {
      close();
      texts = [];
      pos = [];
      chars = 0;
    }
    if (!texts.length) starts.push(n);
    texts.push(text);
    pos.push(positionsEntryText(inverted, term, t));
    chars += size;
  });
  if (texts.length) close();
  const firstTerms = starts.map((t) => terms[t]);

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
  const columns: Columns = { days, undated, outlet: sorted.map((r) => (r.outlet ? outletIndex.get(r.outlet)! : -1)) };

  // Entities: numbered per kind by number of articles; facet chunks by tiers of those numbers.
  const ranks = rankEntities(sorted);
  const facetMax = options.facetMax ?? FACET_MAX;
  const tiers = tierBounds(ranks, options.facetTiers ?? FACET_TIERS);
  const byTerm = termFacets(
    inverted,
    terms,
    ranks,
    { outlets: sorted.map((r) => r.outlet ?? null), years: sorted.map((r) => r.published?.slice(0, 4) ?? null) },
    RESULTS_PAGE,
    facetMax,
  );
  const shardFacets: TermFacets[] = starts.map((start, n) =>
    terms
      .slice(start, starts[n + 1] ?? terms.length)
      .map((term) => byTerm.get(term))
      .filter((e) => e !== undefined),
  );

  const meta: SearchMeta = {
    version: FORMAT_VERSION,
    lunr: lunr.version,
    fields,
    docCount: sorted.length,
    shards: firstTerms,
    termFacets: shardFacets.flatMap((f, n) => (f.length ? [n] : [])),
    outlets,
    entities: ranks.kinds.map((k) => k.length),
    nameChunk: NAME_CHUNK,
    facetChunk,
    facetTiers: tiers,
    facetFloors: tierFloors(ranks, tiers),
    facetMax,
  };
  const headChars = options.headChars ?? HEAD_CHARS;
  const rests: (string | null)[] = [];
  const docs = sorted.map((r, d) => {
    const fragment = toDocFragment(r, plainTexts[d]);
    const names = (kind: number) => ranks.docs[d][kind].map((n) => ranks.kinds[kind][n][0]);
    fragment.people = names(0);
    fragment.org = names(1);
    fragment.pl = names(2);
    const bands = (kind: number) => ranks.docs[d][kind].map((n) => popularity(ranks.kinds[kind][n][2]));
    fragment.b = [bands(0), bands(1), bands(2)];
    const cut = openingEnd(fragment.text, fragment.s ? decodeStarts(fragment.s) : null, headChars);
    rests.push(cut < fragment.text.length ? fragment.text.slice(cut) : null);
    if (cut < fragment.text.length) {
      fragment.text = fragment.text.slice(0, cut);
      fragment.more = 1;
    }
    return fragment;
  });
  let shards: Shard[] | undefined;
  return {
    meta,
    columns,
    get shards() {
      return (shards ??= shardTexts.map((text) => JSON.parse(text) as Shard));
    },
    positionTexts,
    termFacets: shardFacets,
    terms,
    entities: ranks.kinds,
    tierFacets: tierChunks(ranks, tiers, facetChunk),
    entityKeys: entityKeyLists(ranks),
    docs,
    rests,
    ids,
    shardTexts,
  };
}

/**
 * Where a display file's text stops: the first sentence start (or, without sentences, the first
 * space) at or after `chars`; the whole text when it is not much longer than that.
 */
export function openingEnd(text: string, starts: number[] | null, chars: number): number {
  if (text.length <= chars * 1.25) return text.length;
  const sentence = starts?.find((s) => s >= chars);
  if (sentence !== undefined && sentence < text.length) return sentence;
  const space = text.indexOf(' ', chars);
  return space < 0 ? text.length : space;
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
  return new Map(indexFiles(split));
}

/**
 * The files of the split index one at a time, [path under search/, JSON text], in the order of
 * splitIndexFiles: the writer holds one text at a time, not the whole index's.
 */
export function* indexFiles(split: SplitIndex): Generator<[string, string]> {
  yield ['meta.json', JSON.stringify(split.meta)];
  yield ['c.json', JSON.stringify(split.columns)];
  for (let n = 0; n < split.shardTexts.length; n++) yield [`t${n}.json`, split.shardTexts[n]];
  for (let n = 0; n < split.positionTexts.length; n++) yield [`p${n}.json`, split.positionTexts[n]];
  for (let n = 0; n < split.termFacets.length; n++) if (split.termFacets[n].length) yield [termFacetsFile(n), JSON.stringify(split.termFacets[n])];
  yield ['terms.json', JSON.stringify(split.terms)];
  for (const [kind, list] of split.entities.entries()) {
    for (let k = 0; k * split.meta.nameChunk < list.length; k++) {
      yield [namesFile(kind, k), JSON.stringify(list.slice(k * split.meta.nameChunk, (k + 1) * split.meta.nameChunk).map((e) => e[0]))];
    }
  }
  for (const [kind, byKey] of split.entityKeys.entries()) for (const [key, list] of byKey) yield [entityKeyFile(kind, key), JSON.stringify(list)];
  for (const [t, kinds] of split.tierFacets.entries()) {
    for (const [kind, chunks] of kinds.entries()) for (const [k, f] of chunks.entries()) yield [tierFacetFile(t, kind, k), JSON.stringify(f)];
  }
  for (const [key, entries] of suggestionLists(split.entities[0])) yield [suggestFile(key), JSON.stringify(entries)];
  for (let n = 0; n < split.docs.length; n++) yield [docFile(n), JSON.stringify(split.docs[n])];
  for (let n = 0; n < split.rests.length; n++) if (split.rests[n] !== null) yield [restFile(n), JSON.stringify(split.rests[n])];
}
