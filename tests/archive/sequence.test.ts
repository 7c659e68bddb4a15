/**
 * Previous and next article by publication date, and the events timeline by month, on the seeds
 * and the MEANTIME dev articles (MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { seedRecords, meantimeRecords } from '../search/records.js';
import { buildArchive, setSequence, timelineByMonth, type Archive } from '../../src/archive/index.js';
import type { SiteArticle } from '../../src/archive/articles.js';

describe('sequence and timeline months', () => {
  let archive: Archive;
  beforeAll(() => {
    archive = buildArchive([...seedRecords(), ...meantimeRecords()]);
  }, 120_000);

  it('links each article to the one published before and after it', () => {
    const at = (id: string) => archive.articles.find((a) => a.id === id)!;
    const told = at('2023-03-23-mp-han-dong-was-alleged-to-have-told-chinas-consul-general');
    expect(told.previous?.id).toBe('2013-12-10-mary-barra-appointed-as-general-motors-chief');
    expect(told.next?.id).toBe('2023-03-24-mp-han-dong-resigns-from-trudeaus-liberal-party-following');
    expect(at('2023-03-24-mp-han-dong-resigns-from-trudeaus-liberal-party-following').next).toBeNull();
    expect(at('2013-12-10-mary-barra-appointed-as-general-motors-chief').previous?.id).toBe('2011-10-06-apple-inc-co-founder-steve-jobs-dies-aged-56');
    // Following "previous" from the newest visits every dated article once.
    const seen = new Set<string>();
    for (let a: SiteArticle | undefined = archive.articles[0]; a; a = a.previous ? at(a.previous.id) : undefined) seen.add(a.id);
    expect(seen.size).toBe(archive.articles.filter((a) => a.published).length);
  });

  it('gives undated articles no neighbours, and skips them', () => {
    const mk = (id: string, published: string | null) => ({ id, title: id, published, outlet: null }) as unknown as SiteArticle;
    const list = [mk('b', '2020-01-02'), mk('a', '2020-01-01'), mk('u', null)];
    setSequence(list);
    expect(list.map((a) => [a.previous?.id ?? null, a.next?.id ?? null])).toEqual([
      ['a', null],
      [null, 'b'],
      [null, null],
    ]);
  });

  it('groups the 2008 timeline by month, the year alone first', () => {
    const y = archive.timeline.find((t) => t.year === '2008')!;
    expect(y.months.map((m) => [m.month, m.entries.length])).toEqual([
      [null, 23],
      ['2008-01', 6],
      ['2008-02', 4],
      ['2008-03', 1],
      ['2008-04', 3],
      ['2008-05', 2],
      ['2008-06', 5],
      ['2008-08', 5],
      ['2008-09', 28],
      ['2008-10', 36],
      ['2008-11', 8],
      ['2008-12', 5],
    ]);
    expect(y.count).toBe(126);
    for (const m of y.months) for (const e of m.entries) expect(e.value.slice(0, 7)).toBe(m.month ?? '2008');
  });

  it('starts a new year and a new month as the values change', () => {
    const item = (value: string) => ({ value, text: value, article: { id: 'x', title: 'x', published: null, outlet: null }, index: 0, anchor: null });
    const years = timelineByMonth(['2007-12-31', '2008', '2008-01', '2008-01-05', '2008-03'].map(item));
    expect(years.map((y) => [y.year, y.count, y.months.map((m) => m.month)])).toEqual([
      ['2007', 1, ['2007-12']],
      ['2008', 4, [null, '2008-01', '2008-03']],
    ]);
  });

  it("names each article by one frozen reference per record, shared by its timeline entries and its entities' lists", () => {
    const id = '2013-12-10-mary-barra-appointed-as-general-motors-chief';
    const ref = { id, title: 'Mary Barra appointed as General Motors chief', published: '2013-12-10', outlet: null };
    const entries = archive.timeline.flatMap((y) => y.months.flatMap((m) => m.entries)).filter((e) => e.article.id === id);
    expect(entries.length).toBeGreaterThan(1);
    expect(entries[0].article).toEqual(ref);
    expect(Object.isFrozen(entries[0].article)).toBe(true);
    for (const e of entries) expect(e.article).toBe(entries[0].article);
    const barra = archive.people.find((p) => p.name === 'Mary Barra')!;
    expect(barra.articles.find((a) => a.id === id)).toBe(entries[0].article);
    // The neighbours' links name the article page's own (equal, frozen) reference.
    const fromNext = archive.articles.find((a) => a.previous?.id === id)!.previous!;
    expect(fromNext).toEqual(ref);
    expect(Object.isFrozen(fromNext)).toBe(true);
    // A timeline entry carries the anchor of its date's sentence on the article page.
    const page = archive.articles.find((a) => a.id === id)!;
    for (const e of entries) expect(e.anchor).toBe(page.facts.dates[e.index].anchor ?? null);
  });
});
