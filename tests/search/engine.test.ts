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
    const facets = await engine.facets({ q: 'Kovrig' }, res);
    expect(facets.outlets).toEqual([{ value: 'LifeSiteNews', count: 1 }]);
    expect(facets.years).toEqual([{ value: '2023', count: 2 }]);
    // Ten a group at most: by count, then most named in the archive (by bands 1, 2-3, 4-7…), then by name.
    expect(facets.people.map((p) => `${p.value} ${p.count}`)).toEqual([
      'Han Dong 2',
      'Justin Trudeau 2',
      'Michael Kovrig 2',
      'Michael Spavor 2',
      'Charles Sousa 1',
      'David Johnston 1',
      'David Mulroney 1',
      'Han 1',
      'Han Tao 1',
      'Jagmeet Singh 1',
    ]);
    expect(facets.organizations.slice(0, 3)).toEqual([
      { value: 'Conservative Party of Canada', count: 2 },
      { value: 'Global News', count: 2 },
      { value: 'Globe and Mail', count: 2 },
    ]);
    expect(facets.places.map((p) => `${p.value} ${p.count}`)).toEqual([
      'Canada 2',
      'China 2',
      'Toronto 2',
      'Beijing 1',
      'Ontario 1',
      'Ottawa 1',
      'Vancouver 1',
    ]);
    expect(await refs({ q: 'Kovrig', outlets: ['LifeSiteNews'] })).toEqual([TOLD]);
    expect(await refs({ q: 'Kovrig', people: ['Charles Sousa'] })).toEqual([RESIGNS]);
    expect(await refs({ q: 'Kovrig', places: ['Ottawa'] })).toEqual([TOLD]);
    expect(await refs({ q: 'Kovrig', organizations: ['Huawei'] })).toEqual([TOLD]);
    expect(await refs({ q: 'Kovrig', years: ['2022'] })).toEqual([]);
    expect(await refs({ q: 'Kovrig', sort: 'date' })).toEqual([RESIGNS, TOLD]);
    expect(await refs({ q: 'Kovrig', sort: 'oldest' })).toEqual([TOLD, RESIGNS]);
  });

  it('takes several values of a group as any of them, and every group with a choice', async () => {
    fresh();
    expect(await refs({ q: 'Kovrig', people: ['Charles Sousa', 'Meng Wanzhou'] })).toEqual([TOLD, RESIGNS]);
    expect(await refs({ q: 'Kovrig', places: ['Ottawa', 'Ontario'] })).toEqual([TOLD, RESIGNS]);
    expect(await refs({ q: 'Kovrig', people: ['Charles Sousa'], outlets: ['LifeSiteNews'] })).toEqual([]);
    expect(await refs({ q: 'Kovrig', people: ['Charles Sousa', 'Meng Wanzhou'], outlets: ['LifeSiteNews'] })).toEqual([TOLD]);
    // A name no article holds narrows to nothing.
    expect(await refs({ q: 'Kovrig', people: ['Nobody Atall'] })).toEqual([]);
    expect(await refs({ q: '', people: ['Charles Sousa'] })).toEqual([RESIGNS]);
  });

  it("counts a group over the other groups' choices, keeping its own chosen values listed", async () => {
    fresh();
    const req = { q: 'Kovrig', people: ['Charles Sousa'], outlets: ['LifeSiteNews'] };
    const facets = await engine.facets(req, await engine.search(req));
    // People over the LifeSiteNews article (TOLD): Charles Sousa is not in it, still listed to untick.
    expect(facets.people.find((p) => p.value === 'Meng Wanzhou')).toEqual({ value: 'Meng Wanzhou', count: 1 });
    expect(facets.people.at(-1)).toEqual({ value: 'Charles Sousa', count: 0 });
    // Outlets over the Charles Sousa article, which has none.
    expect(facets.outlets).toEqual([{ value: 'LifeSiteNews', count: 0 }]);
    // Places over both choices (the results): none.
    expect(facets.places).toEqual([]);
  });

  it('searches the plain words of a query Lunr cannot parse', async () => {
    fresh();
    const res = await engine.search({ q: 'Kovrig ^' });
    expect(res.fallback).toBe(true);
    expect(res.hits).toHaveLength(2);
  });
});

describe('facets counted tier by tier, from display data or from one-term counts', () => {
  it('are exactly the counts over every record, whichever way a result set is counted', async () => {
    const { meantimeRecords } = await import('./records.js');
    const records = [...seedRecords(), ...meantimeRecords()];
    const engineOf = (facetTiers: number[]) => {
      const split = buildSplitIndex(records, { facetTiers, facetChunk: 40, facetMax: 2 });
      const files = splitIndexFiles(split);
      const asked: string[] = [];
      const engine = new SearchEngine(async (file) => {
        asked.push(file);
        return JSON.parse(files.get(file)!);
      });
      return { engine, asked, split };
    };
    // The reference: counted here from the documents' entities (by count, then the band of articles
    // naming them in the archive: 1, 2-3, 4-7…, then name).
    const { split } = engineOf([]);
    const kinds = ['people', 'organizations', 'places'] as const;
    const archiveCount = kinds.map((k) => {
      const m = new Map<string, number>();
      for (const r of records) for (const name of new Set(r[k].map((e) => e.name))) m.set(name, (m.get(name) ?? 0) + 1);
      return m;
    });
    const byId = new Map(records.map((r) => [r.id, r]));
    const expected = (docs: number[]) =>
      kinds.map((k, ki) => {
        const m = new Map<string, number>();
        for (const d of docs) for (const name of new Set(byId.get(split.ids[d])![k].map((e) => e.name))) m.set(name, (m.get(name) ?? 0) + 1);
        const arch = archiveCount[ki];
        return [...m]
          .sort((a, b) => b[1] - a[1] || Math.floor(Math.log2(arch.get(b[0])!)) - Math.floor(Math.log2(arch.get(a[0])!)) || (a[0] < b[0] ? -1 : 1))
          .slice(0, 2)
          .map(([value, count]) => ({ value, count }));
      });
    const tiersUsed = new Set<number>();
    const ways = new Set<string>();
    for (const q of [
      'minister',
      'company',
      'president',
      'kovrig',
      'market',
      'apple',
      'government',
      'court',
      'election',
      'minister government',
      'iraq',
      'airbus',
      'oil',
    ]) {
      // Alone (one term: counted at build time), and within a range of every date (counted in the browser).
      for (const range of [{}, { from: '1990', to: '2030' }]) {
        const { engine, asked } = engineOf([8, 30]);
        const req = { q, ...range };
        const res = await engine.search(req);
        expect(res.hits.length, q).toBeGreaterThan(0);
        const facets = await engine.facets(req, res);
        expect([facets.people, facets.organizations, facets.places], q).toEqual(expected(res.hits.map((h) => h.doc)));
        const tiers = asked.filter((f) => f.startsWith('ft')).map((f) => Number(f.slice(2, f.indexOf('-'))));
        if (tiers.length) tiersUsed.add(Math.max(...tiers));
        ways.add(asked.some((f) => /^q\d/.test(f)) ? 'one term' : tiers.length ? 'chunks' : 'display data');
      }
    }
    // Large result sets stop after the first tier; smaller ones need the next, or all three.
    expect([...tiersUsed].sort()).toEqual([0, 1, 2]);
    expect([...ways].sort()).toEqual(['chunks', 'display data', 'one term']);
  }, 120_000);

  it('fetches the chunks of the groups asked for only; a group counted later is the same as counted with the rest', async () => {
    const { meantimeRecords } = await import('./records.js');
    const records = [...seedRecords(), ...meantimeRecords()];
    const files = splitIndexFiles(buildSplitIndex(records, { facetChunk: 40 }));
    const asked: string[] = [];
    const engine = new SearchEngine(async (file) => {
      asked.push(file);
      return JSON.parse(files.get(file)!);
    });
    const whole = new SearchEngine(async (file) => JSON.parse(files.get(file)!));
    // Two words: no one-term counts; more results than a page, so the chunks count them.
    const req = { q: 'said government' };
    const res = await engine.search(req);
    expect(res.hits.length).toBeGreaterThan(10);
    const all = await whole.facets(req, await whole.search(req));
    asked.length = 0;
    const open = await engine.facets(req, res, ['people', 'outlets', 'years']);
    const chunkKinds = () => [...new Set(asked.filter((f) => f.startsWith('ft')).map((f) => f.split('-')[1]))].sort();
    expect(chunkKinds()).toEqual(['0']);
    expect(asked.filter((f) => /^n[12]-/.test(f))).toEqual([]);
    expect(open.people).toEqual(all.people);
    expect(open.years).toEqual(all.years);
    expect(open.outlets).toEqual(all.outlets);
    expect(open.organizations).toEqual([]);
    expect(open.places).toEqual([]);
    expect(open.counted).toEqual(['people', 'outlets', 'years']);
    asked.length = 0;
    const orgs = await engine.facets(req, res, ['organizations']);
    expect(chunkKinds()).toEqual(['1']);
    expect(orgs.organizations.length).toBe(10);
    expect(orgs.organizations).toEqual(all.organizations);
    expect(orgs.people).toEqual([]);
    expect(orgs.counted).toEqual(['organizations']);
  });

  it('counts a closed group for free when a one-word query has its counts made at build time', async () => {
    const files = splitIndexFiles(buildSplitIndex([...seedRecords(), ...(await import('./records.js')).meantimeRecords()]));
    const asked: string[] = [];
    const engine = new SearchEngine(async (file) => {
      asked.push(file);
      return JSON.parse(files.get(file)!);
    });
    const req = { q: 'government' };
    const res = await engine.search(req);
    asked.length = 0;
    const facets = await engine.facets(req, res, ['people']);
    expect(asked.filter((f) => f.startsWith('ft'))).toEqual([]);
    expect(asked.filter((f) => /^q\d+\.json$/.test(f))).toHaveLength(1);
    expect(facets.counted).toEqual(['people', 'organizations', 'places', 'outlets', 'years']);
    expect(facets.organizations).toHaveLength(10);
  });
});
