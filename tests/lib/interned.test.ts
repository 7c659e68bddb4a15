/**
 * Long strings written once. The records are the seeds' (tests/search/records.ts: ingest, extract,
 * the record writer and reader), as the site's records cache holds them.
 */
import { describe, it, expect } from 'vitest';
import { internStrings, isInterned, restoreStrings } from '../../src/lib/interned.js';
import { seedRecords } from '../search/records.js';

describe('internStrings / restoreStrings', () => {
  const records = seedRecords();

  it('gives each seed record back equal, through JSON, with each sentence it repeats written once', () => {
    for (const record of records) {
      const encoded = internStrings(record);
      const text = JSON.stringify(encoded);
      expect(restoreStrings(JSON.parse(text))).toEqual(record);
      // Every long string in the table once; the encoded record is smaller than the record.
      const [strings] = encoded;
      expect(new Set(strings).size).toBe(strings.length);
      expect(text.length).toBeLessThan(JSON.stringify(record).length);
    }
  });

  it("writes a sentence named under two of a record's entities once, and reads it back as one string for both", () => {
    const record = records.find((r) => r.people.length > 0 && r.organizations.length > 0)!;
    // A sentence that names one of the record's people and one of its organisations.
    const shared = record.people.flatMap((p) => p.sentences).find((s) => s && record.organizations.some((o) => o.sentences.includes(s)))!;
    expect(shared.length).toBeGreaterThan(24);
    const [strings, value] = internStrings(record);
    expect(strings.filter((s) => s === shared)).toHaveLength(1);
    expect(JSON.stringify(value)).not.toContain(shared);
    const back = restoreStrings(JSON.parse(JSON.stringify([strings, value]))) as typeof record;
    expect(back.people.some((p) => p.sentences.includes(shared))).toBe(true);
    expect(back.organizations.some((o) => o.sentences.includes(shared))).toBe(true);
  });

  it('keeps short strings in place, and an object whose only key is $ as it was', () => {
    const value = { id: 'short', odd: { $: 3 }, nested: [{ $: 'Reuters reported on Tuesday that the deal was off.' }], n: null, ok: true };
    const encoded = internStrings(value);
    expect(encoded[0]).toEqual(['Reuters reported on Tuesday that the deal was off.']);
    expect(JSON.stringify(encoded[1])).toContain('"id":"short"');
    expect(restoreStrings(JSON.parse(JSON.stringify(encoded)))).toEqual(value);
  });

  it('decodes a reference outside the table to undefined (a shape check then refuses the value), and tells an encoding by its shape', () => {
    expect(restoreStrings([['one string long enough to be interned'], { title: { $: 5 } }])).toEqual({ title: undefined });
    expect(isInterned([['a'], {}])).toBe(true);
    expect(isInterned([[1], {}])).toBe(false);
    expect(isInterned({ record: {} })).toBe(false);
  });
});
