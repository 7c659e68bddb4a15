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
 */
import type { AnalysedDoc, AnalysedField } from './tokens.js';

/** Lunr's defaults (lunr.Builder: _k1, _b). */
export const K1 = 1.2;
export const B = 0.75;

export interface FieldPosting {
  /** Document numbers, ascending. */
  docs: number[];
  /**
   * Token positions in the field of each document, delta-coded (as the positions files store them):
   * a single position as a number, several as an array (most terms occur once in a field, and
   * millions of one-element arrays, kept to the end of the build, cost the collector seconds).
   * The term's frequency in the document's field is the number of its positions (termFrequency).
   */
  positions: (number | number[])[];
  /** The last position in the last document (to delta-code the next one). */
  at: number;
}

/** The frequency of the term in the field of a posting's document k: its number of positions. */
export function termFrequency(fp: FieldPosting, k: number): number {
  const p = fp.positions[k];
  return typeof p === 'number' ? 1 : p.length;
}

export interface TermPostings {
  /** Lunr's term index: the order in which the builder first met the term. */
  index: number;
  /** Per field (in field order), or null when no document has the term in that field. */
  fields: (FieldPosting | null)[];
}

export interface InvertedIndex {
  fields: string[];
  boosts: number[];
  docCount: number;
  /** Per field, the number of terms of each document's field after the pipeline. */
  lengths: Int32Array[];
  /** Per field, Lunr's averageFieldLength. */
  averages: number[];
  /** Terms in the order the builder met them. */
  terms: Map<string, TermPostings>;
}

/** A field no document has: no terms. */
const NO_FIELD: AnalysedField = { t: [], i: [] };

/** Lunr's bookkeeping of Builder.add over documents in index order. */
export function invert(docs: AnalysedDoc[], fields: string[], boosts: number[]): InvertedIndex {
  const terms = new Map<string, TermPostings>();
  const lengths = fields.map(() => new Int32Array(docs.length));
  const sums = fields.map(() => 0);
  let next = 0;
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d];
    for (let fi = 0; fi < fields.length; fi++) {
      const { t, i } = doc[fields[fi]] ?? NO_FIELD;
      lengths[fi][d] = t.length;
      sums[fi] += t.length;
      let at = 0;
      for (let j = 0; j < t.length; j++) {
        at += i[j];
        const term = t[j];
        let posting = terms.get(term);
        if (posting === undefined) {
          posting = { index: next++, fields: fields.map(() => null) };
          terms.set(term, posting);
        }
        const fp = (posting.fields[fi] ??= { docs: [], positions: [], at: 0 });
        const k = fp.docs.length - 1;
        if (k >= 0 && fp.docs[k] === d) {
          const p = fp.positions[k];
          if (typeof p === 'number') fp.positions[k] = [p, at - fp.at];
          else p.push(at - fp.at);
        } else {
          fp.docs.push(d);
          fp.positions.push(at);
        }
        fp.at = at;
      }
    }
  }
  // lunr.Builder.calculateAverageFieldLengths: every document has every field.
  const averages = sums.map((s) => s / docs.length);
  return { fields, boosts, docCount: docs.length, lengths, averages, terms };
}

/** lunr.idf: documents with the term, counted once per field that holds it. */
export function idf(posting: TermPostings, docCount: number): number {
  let documentsWithTerm = 0;
  for (const fp of posting.fields) if (fp) documentsWithTerm += fp.docs.length;
  const x = (docCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
  return Math.log(1 + Math.abs(x));
}

/**
 * The weights of a term's postings in one field, × 1000 as integers: Lunr's field-vector entries
 * (rounded to 3 decimals as Lunr rounds them), written without the decimal point.
 */
export function weights(index: InvertedIndex, posting: TermPostings, fi: number, termIdf = idf(posting, index.docCount)): number[] {
  const fp = posting.fields[fi];
  if (!fp) return [];
  const boost = index.boosts[fi] || 1;
  const avg = index.averages[fi];
  const lengths = index.lengths[fi];
  return fp.docs.map((d, k) => {
    const tf = termFrequency(fp, k);
    let score = (termIdf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (lengths[d] / avg)) + tf);
    score *= boost;
    score *= 1; // document boost: Lunr's default
    return Math.round((Math.round(score * 1000) / 1000) * 1000);
  });
}
