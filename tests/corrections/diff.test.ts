/** A hand edit of a record, turned into the corrections that redo it. */
import { describe, it, expect } from 'vitest';
import { diffRecords } from '../../src/corrections/diff.js';
import { applyCorrections, type CorrectableRecord } from '../../src/corrections/apply.js';
import { recordSchema } from '../../src/write/schema.js';

function record(extra: Record<string, unknown> = {}): CorrectableRecord {
  return {
    data: recordSchema.parse({
      id: '2023-03-24-mp-han-dong-resigns',
      title: 'MP Han Dong resigns',
      published: '2023-03-24',
      source: { file: '001.txt', sha256: 'a'.repeat(64), extractor: 'v1' },
      people: [
        { name: 'Han Dong', aliases: ['Dong'], mentions: 11 },
        { name: 'Justin', mentions: 1 },
      ],
      dates: [
        { text: '2021', value: '2021', sentence: 'first' },
        { text: '2021', value: '2021', sentence: 'second' },
      ],
      ...extra,
    }),
    body: 'Text.\n',
    boilerplate: null,
  };
}

describe('diffRecords', () => {
  it('finds nothing when only the formatting differs', () => {
    expect(diffRecords(record(), record())).toEqual([]);
  });

  it('turns a new title, a removed person, a role and a changed date into operations', () => {
    const edited = record();
    edited.data.title = 'Han Dong leaves the Liberal caucus';
    edited.data.id = 'whatever-the-editor-left';
    edited.data.people = [{ ...edited.data.people[0], role: 'MP' }];
    edited.data.dates[1] = { ...edited.data.dates[1], value: '2021-09' };
    const ops = diffRecords(record(), edited);
    expect(ops).toEqual([
      { set: 'title', value: 'Han Dong leaves the Liberal caucus' },
      { set: 'id', value: 'whatever-the-editor-left' },
      { update: 'people', match: 'Han Dong', set: { role: 'MP' } },
      { remove: 'people', match: 'Justin' },
      { update: 'dates', match: '2021', sentence: 'second', set: { value: '2021-09' } },
    ]);
    // The operations redo the edit on a fresh extraction.
    expect(applyCorrections(record(), ops).record).toEqual(edited);
  });

  it('keeps the id derived from a corrected title without a set of its own', () => {
    const edited = record();
    edited.data.title = 'Han Dong leaves';
    edited.data.id = '2023-03-24-han-dong-leaves';
    expect(diffRecords(record(), edited)).toEqual([{ set: 'title', value: 'Han Dong leaves' }]);
  });

  it('turns an added person and an edited body into operations', () => {
    const edited = record();
    edited.data.people.push({ name: 'Pierre Poilievre', aliases: [], mentions: 1, sentences: [], role: 'Conservative Leader' });
    edited.body = 'Corrected text.\n';
    expect(diffRecords(record(), edited)).toEqual([
      { set: 'body', value: 'Corrected text.\n' },
      { add: 'people', value: { name: 'Pierre Poilievre', aliases: [], mentions: 1, sentences: [], role: 'Conservative Leader' } },
    ]);
  });
});
