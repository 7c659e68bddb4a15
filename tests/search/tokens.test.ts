/** The cheap shape check of an analysed document read from the analysis cache (tokens.ts). */
import { describe, it, expect } from 'vitest';
import { analyse, isAnalysedDoc, isAnalysedRecord } from '../../src/search/tokens.js';
import { analysisBuilder, FIELD_NAMES } from '../../src/search/build.js';
import { toSearchDocument } from '../../src/search/documents.js';

describe('isAnalysedDoc', () => {
  it('accepts what analyse makes of a record', () => {
    // A sentence written for this test.
    const body = 'Shares of General Motors fell sharply on Thursday.';
    const record = {
      id: '2008-10-02-gm',
      title: 'GM shares fall',
      body,
      published: '2008-10-02',
      outlet: 'Wikinews',
      people: [],
      organizations: [],
      places: [],
      dates: [],
    };
    const doc = analyse(analysisBuilder(), toSearchDocument(record), FIELD_NAMES);
    expect(doc.body.t).toEqual(['share', 'gener', 'motor', 'fell', 'sharpli', 'thursday']);
    expect(isAnalysedDoc(doc)).toBe(true);
    expect(isAnalysedDoc(JSON.parse(JSON.stringify(doc)))).toBe(true);
  });

  it('refuses other shapes', () => {
    expect(isAnalysedDoc(null)).toBe(false);
    expect(isAnalysedDoc([])).toBe(false);
    expect(isAnalysedDoc({ body: { t: ['a', 'b'], i: [0] } })).toBe(false);
    expect(isAnalysedDoc({ body: { t: ['a'], i: [-1] } })).toBe(false);
    expect(isAnalysedDoc({ body: { t: ['a'], i: [0.5] } })).toBe(false);
    expect(isAnalysedDoc({ body: { t: [1], i: [0] } })).toBe(false);
    expect(isAnalysedDoc({ body: { t: ['a'] } })).toBe(false);
    expect(isAnalysedDoc({ body: 'a b' })).toBe(false);
    expect(isAnalysedDoc({ body: { t: [], i: [] } })).toBe(true);
  });

  it('checks an analysed record: its fields and the plain text of its body', () => {
    const fields = { body: { t: ['share'], i: [0] } };
    expect(isAnalysedRecord({ fields, text: 'Shares' })).toBe(true);
    expect(isAnalysedRecord({ fields })).toBe(false);
    expect(isAnalysedRecord({ fields: { body: { t: ['share'], i: [] } }, text: 'Shares' })).toBe(false);
    expect(isAnalysedRecord(fields)).toBe(false);
    expect(isAnalysedRecord('Shares')).toBe(false);
  });
});
