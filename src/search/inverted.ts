/**
 * The inverted index and BM25 weights of a Lunr index, computed straight from analysed documents
 * (tokens.ts) without building a lunr.Index: what lunr.Builder does in add(), calculateAverageFieldLengths()
 * and createFieldVectors(), with arrays instead of Lunr's objects keyed by "field/ref" strings and its
 * Vector insertions. At 10,000 articles Lunr's builder spends over a minute on that bookkeeping; this
 * takes a few seconds, so a rebuild after adding one article can afford to weigh every posting again
 * (every weight depends on the document count and the average field lengths).
 *
 * Same numbers as Lunr, operation for operation: terms get their index in the order Lunr meets them
 * (documents in index order, fields in field order, tokens in order); a term's document frequency
 * counts its postings over all fields (lunr.idf); the weight is Lunr's BM25 expression with k1 = 1.2,
 * b = 0.75, times the field boost, rounded to 3 decimals. tests/search/inverted.test.ts compares every
 * weight with a lunr.Builder's field vectors.
 *
 * The postings are flat typed arrays, made in three passes over the tokens (number the terms,
 * count each term's postings and positions per field, fill them in): at 10,000 articles, five
 * million tokens in 3.6 million postings, an object and two growing arrays per term and field cost
 * more in the collector than the counting itself.
 */
import type { AnalysedDoc, AnalysedField } from './tokens.js';

/** Lunr's defaults (lunr.Builder: _k1, _b). */
export const K1 = 1.2;
export const B = 0.75;

/**
 * Postings by term number (Lunr's term index) and field: the postings of term t in field f are
 * numbers slots[t * fields + f] up to slots[t * fields + f + 1], in document order; a term's postings
 * in all fields are one run, slots[t * fields] up to slots[(t + 1) * fields].
 */
export interface InvertedIndex {
  fields: string[];
  boosts: number[];
  docCount: number;
  /** Per field, the number of terms of each document's field after the pipeline. */
  lengths: Int32Array[];
  /** Per field, Lunr's averageFieldLength. */
  averages: number[];
  /** Term → its number: Lunr's term index, the order in which the builder first met the term. */
  terms: Map<string, number>;
  /** Where the postings of each term and field start (one more at the end: the number of postings). */
  slots: Int32Array;
  /** The document of each posting. */
  docs: Int32Array;
  /** Where each posting's positions start in `positions` (one more at the end). */
  starts: Int32Array;
  /**
   * The token positions of each posting in its document's field, delta-coded (as the positions
   * files store them): the first from 0, each next from the one before.
   */
  positions: Int32Array;
}

/** A field no document has: no terms. */
const NO_FIELD: AnalysedField = { t: [], i: [] };

/** Each token's term number (terms numbered in the order met: documents, fields, tokens). */
function numberTokens(docs: AnalysedDoc[], fields: string[], terms: Map<string, number>): Int32Array {
  let total = 0;
  for (const doc of docs) for (const field of fields) total += (doc[field] ?? NO_FIELD).t.length;
  const ids = new Int32Array(total);
  let at = 0;
  for (const doc of docs) {
    for (const field of fields) {
      for (const term of (doc[field] ?? NO_FIELD).t) {
        let id = terms.get(term);
        if (id === undefined) terms.set(term, (id = terms.size));
        ids[at++] = id;
      }
    }
  }
  return ids;
}

/** Prefix sums in place: each count becomes where its run starts; returns the total. */
function runStarts(counts: Int32Array): number {
  let sum = 0;
  for (let k = 0; k < counts.length; k++) {
    const n = counts[k];
    counts[k] = sum;
    sum += n;
  }
  return sum;
}

/** Lunr's bookkeeping of Builder.add over documents in index order. */
export function invert(docs: AnalysedDoc[], fields: string[], boosts: number[]): InvertedIndex {
  const terms = new Map<string, number>();
  const ids = numberTokens(docs, fields, terms);
  const F = fields.length;
  const slotCount = terms.size * F;
  const lengths = fields.map(() => new Int32Array(docs.length));
  const sums = fields.map(() => 0);
  // Count each slot's postings (documents) and positions.
  const slots = new Int32Array(slotCount + 1);
  const tokenStarts = new Int32Array(slotCount + 1);
  const lastDoc = new Int32Array(slotCount).fill(-1);
  let tok = 0;
  for (let d = 0; d < docs.length; d++) {
    for (let fi = 0; fi < F; fi++) {
      const n = (docs[d][fields[fi]] ?? NO_FIELD).t.length;
      lengths[fi][d] = n;
      sums[fi] += n;
      for (let j = 0; j < n; j++) {
        const slot = ids[tok++] * F + fi;
        tokenStarts[slot]++;
        if (lastDoc[slot] !== d) {
          lastDoc[slot] = d;
          slots[slot]++;
        }
      }
    }
  }
  const postingCount = runStarts(slots);
  runStarts(tokenStarts);
  // Fill them in, slot by slot in document order.
  const postingAt = slots.slice(0, slotCount);
  const tokenAt = tokenStarts.slice(0, slotCount);
  const lastAt = new Int32Array(slotCount);
  const postingDocs = new Int32Array(postingCount);
  const starts = new Int32Array(postingCount + 1);
  const positions = new Int32Array(ids.length);
  lastDoc.fill(-1);
  tok = 0;
  for (let d = 0; d < docs.length; d++) {
    for (let fi = 0; fi < F; fi++) {
      const i = (docs[d][fields[fi]] ?? NO_FIELD).i;
      let at = 0;
      for (let j = 0; j < i.length; j++) {
        at += i[j];
        const slot = ids[tok++] * F + fi;
        if (lastDoc[slot] !== d) {
          lastDoc[slot] = d;
          const p = postingAt[slot]++;
          postingDocs[p] = d;
          starts[p] = tokenAt[slot];
          lastAt[slot] = 0;
        }
        positions[tokenAt[slot]++] = at - lastAt[slot];
        lastAt[slot] = at;
      }
    }
  }
  slots[slotCount] = postingCount;
  starts[postingCount] = ids.length;
  // lunr.Builder.calculateAverageFieldLengths: every document has every field.
  const averages = sums.map((s) => s / docs.length);
  return { fields, boosts, docCount: docs.length, lengths, averages, terms, slots, docs: postingDocs, starts, positions };
}

/** The first posting of term t in field fi, and the end of its postings. */
export function fieldPostings(index: InvertedIndex, t: number, fi: number): [number, number] {
  const slot = t * index.fields.length + fi;
  return [index.slots[slot], index.slots[slot + 1]];
}

/** The frequency of the term in the field of posting p's document: its number of positions. */
export function termFrequency(index: InvertedIndex, p: number): number {
  return index.starts[p + 1] - index.starts[p];
}

/** Posting p's delta-coded positions (a view of the index's array). */
export function postingPositions(index: InvertedIndex, p: number): Int32Array {
  return index.positions.subarray(index.starts[p], index.starts[p + 1]);
}

/** lunr.idf: documents with term t, counted once per field that holds it. */
export function idf(index: InvertedIndex, t: number): number {
  const F = index.fields.length;
  const documentsWithTerm = index.slots[(t + 1) * F] - index.slots[t * F];
  const x = (index.docCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
  return Math.log(1 + Math.abs(x));
}

/**
 * The weights of term t's postings in one field, × 1000 as integers: Lunr's field-vector entries
 * (rounded to 3 decimals as Lunr rounds them), written without the decimal point.
 */
export function weights(index: InvertedIndex, t: number, fi: number, termIdf = idf(index, t)): number[] {
  const [from, to] = fieldPostings(index, t, fi);
  const boost = index.boosts[fi] || 1;
  const avg = index.averages[fi];
  const lengths = index.lengths[fi];
  const out = new Array<number>(to - from);
  for (let p = from; p < to; p++) {
    const tf = termFrequency(index, p);
    let score = (termIdf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (lengths[index.docs[p]] / avg)) + tf);
    score *= boost;
    score *= 1; // document boost: Lunr's default
    out[p - from] = Math.round((Math.round(score * 1000) / 1000) * 1000);
  }
  return out;
}
