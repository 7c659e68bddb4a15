/**
 * The facet files of the split index (format.ts), made at build time: each kind of entity numbered
 * by number of articles, the per-document facet chunks cut into tiers, the names by number and by
 * their first letters, and the facets of every term held by more documents than a page of results
 * shows (what a one-word query without filters shows, counted once here instead of in the browser).
 */
import type { SearchRecord } from './documents.js';
import type { InvertedIndex } from './inverted.js';
import { ENTITY_KINDS, suggestionKey, type FacetChunk, type FacetPair, type TermFacetsEntry, type EntityKeyList } from './format.js';
import { topNumbers, byLabel, byYear, popularity } from './facets.js';

/** [name, aliases, number of articles]. */
export type RankedEntity = [string, string[], number];

export interface EntityRanks {
  /** Per kind, the entities by number: by band of articles named in (popularity, facets.ts), then by name. */
  kinds: RankedEntity[][];
  /** Per document, per kind: the numbers of its entities in the order the record names them (each once). */
  docs: number[][][];
}

const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Numbers the entities of each kind across the documents (in index order): by popularity band,
 * largest first, then by name. The order breaks ties between equal facet counts; it depends on
 * the band rather than the exact number of articles, so that one more article changes the display
 * data (which carries each entity's band) of only the few documents whose entities change band.
 */
export function rankEntities(sorted: SearchRecord[]): EntityRanks {
  const kinds: RankedEntity[][] = [];
  const docs: number[][][] = sorted.map(() => []);
  ENTITY_KINDS.forEach((kind, ki) => {
    const index = new Map<string, number>();
    const found: RankedEntity[] = [];
    const lists = sorted.map((r) => {
      const list: number[] = [];
      for (const e of r[kind]) {
        let i = index.get(e.name);
        if (i === undefined) {
          i = found.length;
          index.set(e.name, i);
          found.push([e.name, [], 0]);
        }
        const entry = found[i];
        for (const a of e.aliases) if (a !== e.name && !entry[1].includes(a)) entry[1].push(a);
        if (!list.includes(i)) list.push(i);
      }
      for (const i of list) found[i][2]++;
      return list;
    });
    const order = found.map((_e, i) => i).sort((a, b) => popularity(found[b][2]) - popularity(found[a][2]) || compareNames(found[a][0], found[b][0]));
    const renumber = new Int32Array(found.length);
    order.forEach((old, i) => (renumber[old] = i));
    kinds.push(order.map((i) => found[i]));
    lists.forEach((list, d) => (docs[d][ki] = list.map((i) => renumber[i])));
  });
  return { kinds, docs };
}

function deltas(values: number[]): number[] {
  let prev = 0;
  return values.map((v) => {
    const d = v - prev;
    prev = v;
    return d;
  });
}

/** The tiers' upper bounds: the given bounds below the largest kind's count, then that count. */
export function tierBounds(ranks: EntityRanks, bounds: number[]): number[] {
  const largest = Math.max(0, ...ranks.kinds.map((k) => k.length));
  return [...new Set([...bounds.filter((b) => b > 0 && b < largest), largest])].sort((a, b) => a - b);
}

/** For each tier and kind, the most articles an entity numbered at or above the tier's bound is named in. */
export function tierFloors(ranks: EntityRanks, tiers: number[]): number[][] {
  const suffixMax = ranks.kinds.map((list) => {
    const out = new Array<number>(list.length + 1).fill(0);
    for (let n = list.length - 1; n >= 0; n--) out[n] = Math.max(out[n + 1], list[n][2]);
    return out;
  });
  return tiers.map((hi) => suffixMax.map((max) => max[Math.min(hi, max.length - 1)]));
}

/** The facet chunks: per tier, per kind, per chunk of documents, each document's entities of that kind in that tier. */
export function tierChunks(ranks: EntityRanks, tiers: number[], chunkSize: number): FacetChunk[][][] {
  const sortedDocs = ranks.docs.map((kinds) => kinds.map((list) => [...list].sort((a, b) => a - b)));
  return tiers.map((hi, t) => {
    const lo = t ? tiers[t - 1] : 0;
    return ENTITY_KINDS.map((_kind, kind) => {
      const chunks: FacetChunk[] = [];
      for (let k = 0; k * chunkSize < sortedDocs.length; k++) {
        chunks.push(sortedDocs.slice(k * chunkSize, (k + 1) * chunkSize).map((kinds) => deltas(kinds[kind].filter((n) => n >= lo && n < hi))));
      }
      return chunks;
    });
  });
}

/** Per kind, the entities by the suggestion key of their name's first letters: [name, number]. */
export function entityKeyLists(ranks: EntityRanks): Map<string, EntityKeyList>[] {
  return ranks.kinds.map((list) => {
    const byKey = new Map<string, EntityKeyList>();
    list.forEach(([name], n) => {
      const key = suggestionKey(name);
      if (!key) return;
      let entries = byKey.get(key);
      if (!entries) byKey.set(key, (entries = []));
      entries.push([name, n]);
    });
    return new Map([...byKey].sort((a, b) => compareNames(a[0], b[0])));
  });
}

export interface DocFacets {
  /** Per document: outlet name or null, publication year or null. */
  outlets: (string | null)[];
  years: (string | null)[];
}

/** Per document, a list of small numbers (its entities of one kind, its outlet, its year), as offsets into one array. */
interface Column {
  offsets: Int32Array;
  values: Int32Array;
  /** Name of each number (numbered in the order that breaks ties of counts). */
  names: string[];
}

function column(lists: number[][], names: string[]): Column {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((l, d) => (offsets[d + 1] = offsets[d] + l.length));
  const values = new Int32Array(offsets[lists.length]);
  lists.forEach((l, d) => values.set(l, offsets[d]));
  return { offsets, values, names };
}

/** A column of one optional label per document (outlet, year), numbered in label order. */
function labelColumn(labels: (string | null)[], order: (a: string, b: string) => number): Column {
  const names = [...new Set(labels.filter((l): l is string => l !== null))].sort(order);
  const index = new Map(names.map((n, i) => [n, i]));
  return column(
    labels.map((l) => (l === null ? [] : [index.get(l)!])),
    names,
  );
}

/** Columns as one, so a document's numbers of every column are counted in one pass. */
interface JoinedColumns {
  offsets: Int32Array;
  /** Each column's numbers shifted past the previous columns' (by bases[column]). */
  values: Int32Array;
  bases: number[];
  /** The column of each shifted number. */
  columnOf: Uint8Array;
}

function joinColumns(columns: Column[]): JoinedColumns {
  const docCount = columns[0].offsets.length - 1;
  const bases: number[] = [];
  let total = 0;
  for (const c of columns) {
    bases.push(total);
    total += c.names.length;
  }
  const columnOf = new Uint8Array(total);
  columns.forEach((c, ci) => columnOf.fill(ci, bases[ci], bases[ci] + c.names.length));
  const offsets = new Int32Array(docCount + 1);
  for (let d = 0; d < docCount; d++) {
    let n = 0;
    for (const c of columns) n += c.offsets[d + 1] - c.offsets[d];
    offsets[d + 1] = offsets[d] + n;
  }
  const values = new Int32Array(offsets[docCount]);
  let at = 0;
  for (let d = 0; d < docCount; d++) {
    columns.forEach((c, ci) => {
      for (let k = c.offsets[d]; k < c.offsets[d + 1]; k++) values[at++] = c.values[k] + bases[ci];
    });
  }
  return { offsets, values, bases, columnOf };
}

/**
 * The facets of the documents holding each term (in any field), for every term held by more than
 * `minDocs` documents: what facets() counts for a one-term query without filters, in the same order.
 * The columns are joined into one flat array and the count array is reset by the numbers it
 * touched, so the whole archive's terms are counted in about the time of one pass over their postings.
 */
export function termFacets(
  inverted: InvertedIndex,
  terms: string[],
  ranks: EntityRanks,
  labels: DocFacets,
  minDocs: number,
  max: number,
): Map<string, TermFacetsEntry> {
  const out = new Map<string, TermFacetsEntry>();
  const columns = [
    ...ranks.kinds.map((list, kind) =>
      column(
        ranks.docs.map((d) => d[kind]),
        list.map((e) => e[0]),
      ),
    ),
    labelColumn(labels.outlets, byLabel),
    labelColumn(labels.years, byYear),
  ];
  const joined = joinColumns(columns);
  const count = new Int32Array(joined.columnOf.length);
  // Each column's counts: a view of its part of the one count array.
  const counts = columns.map((c, ci) => count.subarray(joined.bases[ci], joined.bases[ci] + c.names.length));
  const touched: number[] = [];
  const touchedBy: number[][] = columns.map(() => []);
  const seen = new Int32Array(inverted.docCount).fill(-1);
  const docs: number[] = [];
  const { offsets, values, columnOf, bases } = joined;
  terms.forEach((term, t) => {
    docs.length = 0;
    // The term's postings in every field are one run of the index's postings.
    const first = inverted.terms.get(term)! * inverted.fields.length;
    const from = inverted.slots[first];
    const to = inverted.slots[first + inverted.fields.length];
    if (to - from <= minDocs) return;
    for (let p = from; p < to; p++) {
      const d = inverted.docs[p];
      if (seen[d] === t) continue;
      seen[d] = t;
      docs.push(d);
    }
    if (docs.length <= minDocs) return;
    touched.length = 0;
    for (const d of docs) for (let k = offsets[d]; k < offsets[d + 1]; k++) if (count[values[k]]++ === 0) touched.push(values[k]);
    for (const list of touchedBy) list.length = 0;
    for (const n of touched) touchedBy[columnOf[n]].push(n - bases[columnOf[n]]);
    // Outlets and years are numbered in the order that breaks their ties, as entities are.
    const lists = columns.map((c, ci): FacetPair[] => topNumbers(counts[ci], touchedBy[ci], max).map((n): FacetPair => [c.names[n], counts[ci][n]]));
    for (const n of touched) count[n] = 0;
    out.set(term, [term, lists[0], lists[1], lists[2], lists[3], lists[4]]);
  });
  return out;
}
