/**
 * inverted.ts computes what lunr.Builder computes: the same term indices, postings, token
 * positions and field-vector weights, for every term of the seeds and the MEANTIME dev articles
 * (MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import type lunr from 'lunr';
import { indexOrder, FIELDS, FIELD_NAMES } from '../../src/search/build.js';
import { buildLunrIndex } from '../helpers/lunr-reference.js';
import { analyseRecords } from '../../src/search/split.js';
import { invert, idf, weights, termFrequency, fieldPostings, postingPositions, type InvertedIndex } from '../../src/search/inverted.js';
import type { ArticleRecord } from '../../src/write/schema.js';
import { seedRecords, meantimeRecords } from './records.js';

describe('inverted index against lunr.Builder', () => {
  let sorted: ArticleRecord[];
  // Lunr's own index, read through the internals its type definitions leave out (invertedIndex, fieldVectors).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let whole: any;
  let inverted: InvertedIndex;

  beforeAll(() => {
    sorted = indexOrder([...seedRecords(), ...meantimeRecords()]);
    whole = buildLunrIndex(sorted, { positions: true }) as lunr.Index;
    inverted = invert(
      analyseRecords(sorted).map((a) => a.fields),
      [...FIELD_NAMES],
      FIELD_NAMES.map((f) => FIELDS[f]),
    );
  }, 120_000);

  it('has every term of the whole index, each with its term index', () => {
    const expected = Object.keys(whole.invertedIndex).sort();
    expect([...inverted.terms.keys()].sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(4000);
    for (const term of expected) expect(inverted.terms.get(term), term).toBe(whole.invertedIndex[term]._index);
  });

  it('gives every posting the weight of the field vector, and its token positions', () => {
    let checked = 0;
    for (const [term, t] of inverted.terms) {
      const termIdf = idf(inverted, t);
      FIELD_NAMES.forEach((field, fi) => {
        const refs = Object.keys(whole.invertedIndex[term][field]);
        const [from, to] = fieldPostings(inverted, t, fi);
        expect(
          [...inverted.docs.subarray(from, to)].map((d) => sorted[d].id),
          `${term} in ${field}`,
        ).toEqual(refs);
        const w = weights(inverted, t, fi, termIdf);
        expect(w).toHaveLength(refs.length);
        refs.forEach((ref, k) => {
          const vector = whole.fieldVectors[`${field}/${ref}`];
          const at = vector.positionForIndex(t);
          expect(vector.elements[at]).toBe(t);
          expect(w[k] / 1000, `${term} ${field}/${ref}`).toBe(vector.elements[at + 1]);
          let pos = 0;
          expect([...postingPositions(inverted, from + k)].map((d) => (pos += d))).toEqual(whole.invertedIndex[term][field][ref].index);
          expect(termFrequency(inverted, from + k), `tf of ${term} in ${field}/${ref}`).toBe(whole.invertedIndex[term][field][ref].index.length);
          checked++;
        });
      });
    }
    expect(checked).toBeGreaterThan(15_000);
  });
});
