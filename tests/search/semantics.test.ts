/**
 * What a reader's query means, over the split index of the seeds and the MEANTIME dev articles
 * (MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0): every word required, OR groups,
 * dotted abbreviations and diacritics as typed, dates as written. Expectations are computed from
 * the records themselves.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { SearchEngine, type SearchRequest } from '../../src/search/engine.js';
import { buildSplitIndex, splitIndexFiles } from '../../src/search/split.js';
import { plainText, type SearchRecord } from '../../src/search/documents.js';
import type { ArticleRecord } from '../../src/write/schema.js';
import { seedRecords, meantimeRecords } from './records.js';
import { naturalDates } from '../../src/client/dates/index.js';

function engineOver(records: SearchRecord[]): { search: (req: SearchRequest) => Promise<string[]> } {
  const split = buildSplitIndex(records);
  const files = splitIndexFiles(split);
  const engine = new SearchEngine(async (f) => JSON.parse(files.get(f)!), naturalDates);
  return { search: async (req) => (await engine.search(req)).hits.map((h) => split.ids[h.doc]) };
}

const textOf = (r: ArticleRecord) => `${r.title} ${plainText(r.body)} ${r.people.flatMap((p) => [p.name, ...p.aliases]).join(' ')}`;

describe('query semantics over the seeds and MEANTIME', () => {
  let records: ArticleRecord[];
  let search: (req: SearchRequest) => Promise<string[]>;
  const byId = new Map<string, ArticleRecord>();

  beforeAll(() => {
    records = [...seedRecords(), ...meantimeRecords()];
    for (const r of records) byId.set(r.id, r);
    ({ search } = engineOver(records));
  }, 120_000);

  it('requires every word: "Steve Jobs" gives only articles holding both', async () => {
    const both = await search({ q: 'Steve Jobs' });
    const either = await search({ q: 'Steve Jobs', any: true });
    expect(both.length).toBeGreaterThan(10);
    expect(either.length).toBeGreaterThan(both.length);
    for (const id of both) {
      const text = textOf(byId.get(id)!);
      expect(text, id).toMatch(/\bSteve\b/i);
      expect(text, id).toMatch(/\bjobs?\b/i);
    }
    // Some of the any-word results lack one of the words (job cuts without Steve).
    expect(either.some((id) => !/\bSteve\b/i.test(textOf(byId.get(id)!)))).toBe(true);
    expect(await search({ q: 'Steve OR Jobs' })).toEqual(either);
  });

  it('keeps an OR group beside required words', async () => {
    const got = await search({ q: 'Boeing Airbus OR Ryanair' });
    expect(got.length).toBeGreaterThan(0);
    for (const id of got) {
      const text = textOf(byId.get(id)!);
      expect(text, id).toMatch(/\bBoeing\b/i);
      expect(text, id).toMatch(/\b(Airbus|Ryanair)\b/i);
    }
  });

  it('finds U.S. however it is typed, and in a phrase', async () => {
    const dotted = await search({ q: 'U.S.' });
    expect(dotted.length).toBeGreaterThan(20);
    expect(await search({ q: 'u.s.' })).toEqual(dotted);
    expect(await search({ q: 'u.s' })).toEqual(dotted);
    for (const id of dotted) expect(textOf(byId.get(id)!), id).toMatch(/\bU\.S\b/i);
    const titled = records.filter((r) => /U\.S\. stocks/i.test(r.title)).map((r) => r.id);
    expect(titled.length).toBeGreaterThan(0);
    const phrase = await search({ q: '"U.S. stocks"' });
    for (const id of titled) expect(phrase).toContain(id);
  });

  const mentions = (r: ArticleRecord, prefix: string) =>
    !!r.published?.startsWith(prefix) || r.dates.some((d) => d.value.startsWith(prefix) || !!d.end?.startsWith(prefix));

  it.each([
    ['13 June 2005', ['2005-06-13']],
    ['June 2005', ['2005-06']],
    ['2005', ['2005']],
    ['Sept. 24, 2021', ['2021-09-24']],
    ['between March and May 2009', ['2009-03', '2009-04', '2009-05']],
  ])('finds the articles published on or mentioning %s', async (q, prefixes) => {
    const expected = records
      .filter((r) => prefixes.some((p) => mentions(r, p)))
      .map((r) => r.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect((await search({ q })).sort()).toEqual(expected);
  });

  it('reads From and To as written', async () => {
    const june = await search({ q: '', from: 'June 2005', to: 'June 2005' });
    expect(june.sort()).toEqual(
      records
        .filter((r) => r.published?.startsWith('2005-06'))
        .map((r) => r.id)
        .sort(),
    );
    expect(await search({ q: '', from: 'May 2009', to: 'March 2009' })).toEqual([]);
  });
});

describe('diacritics and compatibility forms', () => {
  it('matches Zoë and Zoe, café and cafe, in the index and the query alike', async () => {
    const base = { published: '2020-01-01', outlet: null, people: [], organizations: [], places: [], dates: [] };
    const { search } = engineOver([
      { ...base, id: 'a', title: 'Zoë Baird speaks', body: 'Zoë Baird spoke at the café.' },
      { ...base, id: 'b', title: 'Zoe Baird again', body: 'Zoe Baird left the cafe.' },
      { ...base, id: 'c', title: 'Nobody here', body: 'A zoo opened.' },
    ]);
    expect((await search({ q: 'Zoe' })).sort()).toEqual(['a', 'b']);
    expect((await search({ q: 'zoë baird' })).sort()).toEqual(['a', 'b']);
    expect((await search({ q: 'CAFÉ' })).sort()).toEqual(['a', 'b']);
    expect(await search({ q: 'zoo' })).toEqual(['c']);
  });
});
