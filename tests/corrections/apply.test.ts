/** Corrections applied to a record: each operation, stale targets, and operations that would break the record. */
import { describe, it, expect } from 'vitest';
import { applyCorrections, type CorrectableRecord } from '../../src/corrections/apply.js';
import { parseCorrections } from '../../src/corrections/file.js';
import { recordSchema } from '../../src/write/schema.js';

const SENTENCE_2021 = "Canada's 2021 federal election.";
const SENTENCE_2021_B = 'a minority Liberal government was returned in 2021';

function record(): CorrectableRecord {
  return {
    data: recordSchema.parse({
      id: '2023-03-24-mp-han-dong-resigns',
      title: 'MP Han Dong resigns',
      published: '2023-03-24',
      source: { file: '001.txt', sha256: 'a'.repeat(64), extractor: 'v1' },
      people: [
        { name: 'Han Dong', aliases: ['MP Han Dong', 'Dong'], mentions: 11 },
        { name: 'Justin', aliases: [], mentions: 1 },
        { name: 'Justin Trudeau', aliases: ['Trudeau'], mentions: 3, role: 'prime minister' },
      ],
      dates: [
        { text: '2021', value: '2021', sentence: SENTENCE_2021 },
        { text: '2021', value: '2021', sentence: SENTENCE_2021_B },
      ],
    }),
    body: 'Text.\n',
    boilerplate: null,
  };
}

describe('applyCorrections', () => {
  it('sets a scalar field and clears one with null', () => {
    const { file } = { file: parseCorrections('- set: title\n  value: Han Dong leaves the Liberal caucus\n- set: published\n  value: null\n') };
    const r = applyCorrections(record(), file.ops);
    expect(r.record.data.title).toBe('Han Dong leaves the Liberal caucus');
    expect(r.record.data.published).toBeNull();
    expect(r.applied).toBe(2);
    expect(r.stale).toEqual([]);
  });

  it('removes a wrong person, matched by name whatever the case', () => {
    const r = applyCorrections(record(), [{ remove: 'people', match: 'justin' }]);
    expect(r.record.data.people.map((p) => p.name)).toEqual(['Han Dong', 'Justin Trudeau']);
  });

  it('sets the role of a person matched by an alias', () => {
    const r = applyCorrections(record(), [{ update: 'people', match: 'MP Han Dong', set: { role: 'Member of Parliament' } }]);
    expect(r.record.data.people[0]).toEqual({ name: 'Han Dong', aliases: ['MP Han Dong', 'Dong'], mentions: 11, sentences: [], role: 'Member of Parliament' });
  });

  it('removes a field of an item with null', () => {
    const r = applyCorrections(record(), [{ update: 'people', match: 'Justin Trudeau', set: { role: null } }]);
    expect(r.record.data.people[2]).not.toHaveProperty('role');
  });

  it('adds a missing person, and merges an add whose name is already there', () => {
    const r = applyCorrections(record(), [
      { add: 'people', value: { name: 'Pierre Poilievre', role: 'Conservative Leader' } },
      { add: 'people', value: { name: 'Han Dong', role: 'MP' } },
    ]);
    expect(r.record.data.people.map((p) => [p.name, p.role ?? null])).toEqual([
      ['Han Dong', 'MP'],
      ['Justin', null],
      ['Justin Trudeau', 'prime minister'],
      ['Pierre Poilievre', 'Conservative Leader'],
    ]);
    expect(r.record.data.people[3]).toEqual({ name: 'Pierre Poilievre', role: 'Conservative Leader', aliases: [], mentions: 1, sentences: [] });
  });

  it('picks one of several items that read the same by its sentence', () => {
    const r = applyCorrections(record(), [{ replace: 'dates', match: '2021', sentence: SENTENCE_2021_B, value: { text: 'in 2021', value: '2021-10' } }]);
    expect(r.record.data.dates).toEqual([
      { text: '2021', value: '2021', sentence: SENTENCE_2021 },
      { text: 'in 2021', value: '2021-10' },
    ]);
  });

  it('reports an operation whose target is gone as stale and applies the others', () => {
    const r = applyCorrections(record(), [
      { remove: 'people', match: 'Michael Kovrig' },
      { set: 'title', value: 'Han Dong resigns' },
    ]);
    expect(r.stale).toEqual([{ index: 0, op: 'remove from people "Michael Kovrig"', reason: 'no item "Michael Kovrig" in people any more' }]);
    expect(r.record.data.title).toBe('Han Dong resigns');
    expect(r.applied).toBe(1);
  });

  it('skips an operation that would make the record invalid', () => {
    const r = applyCorrections(record(), [{ set: 'published', value: 'March 24' }]);
    expect(r.invalid).toEqual([{ index: 0, op: 'set published', reason: 'published: a date as YYYY-MM-DD' }]);
    expect(r.record.data.published).toBe('2023-03-24');
  });
});

describe('parseCorrections', () => {
  it('reads an unquoted YAML date as text', () => {
    expect(parseCorrections('- set: published\n  value: 2023-03-25\n').ops).toEqual([{ set: 'published', value: '2023-03-25' }]);
  });

  it('names each entry that is not an operation', () => {
    const f = parseCorrections('- set: colour\n  value: red\n- remove: people\n  match: Justin\n');
    expect(f.ops).toEqual([{ remove: 'people', match: 'Justin' }]);
    expect(f.errors).toEqual([{ index: 0, reason: 'not a correction (set, add, remove, update or replace): {"set":"colour","value":"red"}' }]);
  });

  it('refuses a file that is not a list', () => {
    expect(parseCorrections('title: x\n').errors).toEqual([{ index: -1, reason: 'must be a YAML list of corrections' }]);
    expect(parseCorrections('# nothing yet\n')).toEqual({ ops: [], errors: [] });
  });
});
