/** The search engine over the split index of the seed articles, fed from memory, counting the files it asks for. */
import { describe, it, expect, beforeAll } from 'vitest';
import { SearchEngine, coveringTokens, boundDay } from '../../src/search/engine.js';
import { buildSplitIndex, splitIndexFiles } from '../../src/search/split.js';
import { isoToDay } from '../../src/search/format.js';
import { seedRecords } from './records.js';

const TOLD = '2023-03-23-mp-han-dong-was-alleged-to-have-told-chinas-consul-general';
const RESIGNS = '2023-03-24-mp-han-dong-resigns-from-trudeaus-liberal-party-following';

describe('date ranges as index tokens', () => {
  it('covers a range with the fewest year, month and day tokens', () => {
    expect(coveringTokens(isoToDay('2021-09-29'), isoToDay('2021-11-02'))).toEqual(['20210929', '20210930', '202110', '20211101', '20211102']);
    expect(coveringTokens(isoToDay('2020-12-01'), isoToDay('2022-01-31'))).toEqual(['202012', '2021', '202201']);
    expect(coveringTokens(isoToDay('2021-09-24'), isoToDay('2021-09-24'))).toEqual(['20210924']);
    expect(coveringTokens(isoToDay('2021-09-25'), isoToDay('2021-09-24'))).toEqual([]);
  });

  it('reads the ends of a range from a year, month or day', () => {
    expect(boundDay('2021', false)).toBe(isoToDay('2021-01-01'));
    expect(boundDay('2021', true)).toBe(isoToDay('2021-12-31'));
    expect(boundDay('2024-02', true)).toBe(isoToDay('2024-02-29'));
    expect(boundDay('2021-09-24', true)).toBe(isoToDay('2021-09-24'));
    expect(boundDay('24/09/2021', false)).toBeNull();
  });
});

describe('SearchEngine on the seeds', () => {
  let files: Map<string, string>;
  let ids: string[];
  let asked: string[];
  let engine: SearchEngine;

  beforeAll(() => {
    const split = buildSplitIndex(seedRecords(), { shardChars: 2000 });
    files = splitIndexFiles(split);
    ids = split.ids;
  }, 60_000);

  function fresh(): SearchEngine {
    asked = [];
    engine = new SearchEngine(async (file) => {
      asked.push(file);
      if (!files.has(file)) throw new Error(`no ${file}`);
      return JSON.parse(files.get(file)!);
    });
    return engine;
  }
  const refs = async (req: Parameters<SearchEngine['search']>[0]) => (await engine.search(req)).hits.map((h) => ids[h.doc]);

  it('asks for meta.json and the one shard of a one-word query, nothing else', async () => {
    fresh();
    expect(await refs({ q: 'Kovrig' })).toHaveLength(2);
    expect(asked).toHaveLength(2);
    expect(asked[0]).toBe('meta.json');
    expect(asked[1]).toMatch(/^t\d+\.json$/);
  });

  it('finds people by name, alias, and in the people field only', async () => {
    fresh();
    expect(await refs({ q: 'Sousa' })).toEqual([RESIGNS]);
    expect(await refs({ q: 'person:"Charles Sousa"' })).toEqual([RESIGNS]);
    expect(await refs({ q: 'person:"Meng Wanzhou"' })).toEqual([TOLD]);
    expect(await refs({ q: 'person:"Han Dong"' })).toHaveLength(2);
  });

  it('suggests people from the one small file of the first two letters typed, most named first', async () => {
    fresh();
    expect((await engine.suggest('Poil')).map((p) => [p[1], p[3]])).toEqual([['Pierre Poilievre', 1]]);
    expect(asked).toEqual(['s/70-6f.json']);
    // "do" finds Han Dong by a word of his name; the file has everyone with a word beginning "do".
    const dong = await engine.suggest('dong');
    expect(dong.map((p) => [p[1], p[3]])).toEqual([['Han Dong', 2]]);
    expect(await engine.suggest('zq')).toEqual([]);
    expect(await engine.suggest('k')).toEqual([]);
    expect(await engine.personNumber('Han Dong')).toBe(dong[0][0]);
    expect(await engine.personNames([dong[0][0]])).toEqual(['Han Dong']);
  });

  it('checks phrases on token positions', async () => {
    fresh();
    expect(await refs({ q: 'chinese meddling' })).toHaveLength(2);
    expect(asked.some((f) => /^p\d/.test(f))).toBe(false);
    expect(await refs({ q: '"chinese meddling"' })).toEqual([TOLD]);
    expect(await refs({ q: '"meddling chinese"' })).toEqual([]);
    expect(asked.some((f) => /^p\d/.test(f))).toBe(true);
  });

  it('filters by publication or mentioned date range', async () => {
    fresh();
    expect(await refs({ q: 'Kovrig', from: '2023-03-24' })).toEqual([RESIGNS]);
    expect(await refs({ q: 'Kovrig', to: '2023-03-23' })).toEqual([TOLD]);
    expect(await refs({ q: 'Kovrig', from: '2021-09', to: '2021-09', dateField: 'mentioned' })).toEqual([RESIGNS]);
    expect(await refs({ q: 'Kovrig', from: '2021-09', to: '2021-09', dateField: 'published' })).toEqual([]);
    expect(await refs({ q: '', from: '2023', to: '2023' })).toEqual([RESIGNS, TOLD]);
  });

  it('counts facets on the results and narrows by them; sorts by date', async () => {
    fresh();
    const res = await engine.search({ q: 'Kovrig' });
    const facets = await engine.facets(res.hits, 50);
    expect(facets.outlets).toEqual([{ value: 'LifeSiteNews', count: 1 }]);
    expect(facets.years).toEqual([{ value: '2023', count: 2 }]);
    expect(facets.people).toContainEqual({ value: 'Han Dong', count: 2 });
    expect(facets.people).toContainEqual({ value: 'Charles Sousa', count: 1 });
    expect(await refs({ q: 'Kovrig', outlet: 'LifeSiteNews' })).toEqual([TOLD]);
    expect(await refs({ q: 'Kovrig', person: 'Charles Sousa' })).toEqual([RESIGNS]);
    expect(await refs({ q: 'Kovrig', year: '2022' })).toEqual([]);
    expect(await refs({ q: 'Kovrig', sort: 'date' })).toEqual([RESIGNS, TOLD]);
  });

  it('searches the plain words of a query Lunr cannot parse', async () => {
    fresh();
    const res = await engine.search({ q: 'Kovrig ^' });
    expect(res.fallback).toBe(true);
    expect(res.hits).toHaveLength(2);
  });
});

describe('people facets counted tier by tier, most named first', () => {
  it('are exactly the counts over all the people, however many tiers a result set needs', async () => {
    const { meantimeRecords } = await import('./records.js');
    const records = [...seedRecords(), ...meantimeRecords()];
    const engineOf = (facetTiers: number[]) => {
      const files = splitIndexFiles(buildSplitIndex(records, { facetTiers, facetChunk: 40 }));
      const asked: string[] = [];
      const engine = new SearchEngine(async (file) => {
        asked.push(file);
        return JSON.parse(files.get(file)!);
      });
      return { engine, asked };
    };
    const all = engineOf([]);
    const tiersUsed = new Set<number>();
    for (const q of ['minister', 'company', 'president', 'kovrig', 'market', 'apple', 'government', 'court', 'election']) {
      const tiered = engineOf([3, 10]);
      const hits = (await all.engine.search({ q })).hits;
      expect(hits.length, q).toBeGreaterThan(0);
      const expected = await all.engine.facets(hits, 2);
      expect(await tiered.engine.facets((await tiered.engine.search({ q })).hits, 2), q).toEqual(expected);
      const tiers = tiered.asked.filter((f) => f.startsWith('ft')).map((f) => Number(f.slice(2, f.indexOf('-'))));
      tiersUsed.add(Math.max(...tiers));
    }
    // Large result sets stop after the first tier; smaller ones need the next, or all three.
    expect([...tiersUsed].sort()).toEqual([0, 1, 2]);
  }, 60_000);
});
