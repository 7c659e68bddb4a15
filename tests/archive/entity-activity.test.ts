/**
 * Entity pages' articles per month and most co-mentioned entities, on the seeds and the MEANTIME
 * dev articles (MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0), and the chart drawn
 * from them (inline SVG with a title and a description in words).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { seedRecords, meantimeRecords } from '../search/records.js';
import { buildArchive, type Archive } from '../../src/archive/index.js';
import { articlesPerMonth, entityMonths, nextMonth, topRanked } from '../../src/archive/entity-activity.js';
import { monthChart, chartSummary } from '../../src/site/chart.js';

describe('entity activity', () => {
  let archive: Archive;
  beforeAll(() => {
    archive = buildArchive([...seedRecords(), ...meantimeRecords()]);
  }, 120_000);

  it('counts articles per month, empty months between included, undated left out', () => {
    expect(articlesPerMonth(['2008-11-30', null, '2009-01-02', '2009-01-20'])).toEqual([
      { month: '2008-11', count: 1 },
      { month: '2008-12', count: 0 },
      { month: '2009-01', count: 2 },
    ]);
    expect(articlesPerMonth([null])).toEqual([]);
    expect(nextMonth('2008-12')).toBe('2009-01');
  });

  it('gives Han Dong his month and the names the two seed articles share', () => {
    const han = archive.people.find((p) => p.id === 'han-dong')!;
    expect(entityMonths(han)).toEqual([{ month: '2023-03', count: 2 }]);
    const names = han.together!.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['Justin Trudeau', 'Michael Kovrig', 'Michael Spavor']));
    expect(han.together!.every((t) => t.count === 2)).toBe(true);
    expect(names).not.toContain('Han Dong');
    expect(han.together!.find((t) => t.name === 'Michael Kovrig')!.href).toBe('/people/michael-kovrig/');
  });

  it('ranks co-mentions by shared articles: Apple first for Steve Jobs', () => {
    const jobs = archive.people.find((p) => p.id === 'steve-jobs')!;
    expect(jobs.together![0]).toEqual({ name: 'Apple Computer', href: '/organisations/apple-computer/', kind: 'organization', count: 20 });
    const counts = jobs.together!.map((t) => t.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(jobs.together).toHaveLength(8);
    const perMonth = entityMonths(jobs);
    expect(perMonth[0].month).toBe('2005-06');
    expect(perMonth[perMonth.length - 1]).toEqual({ month: '2011-10', count: 1 });
    expect(perMonth.reduce((n, m) => n + m.count, 0)).toBe(jobs.articles.filter((a) => a.published).length);
  });

  it('draws one bar per month with articles, described in words', () => {
    const months = [
      { month: '2008-11', count: 1 },
      { month: '2008-12', count: 0 },
      { month: '2009-01', count: 3 },
    ];
    const svg = monthChart(months, 'A & B <Co>');
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="chart-title">Articles naming A &amp; B &lt;Co&gt; per month</title>');
    expect(chartSummary(months, 'Han Dong')).toBe('4 articles naming Han Dong from November 2008 to January 2009; most in January 2009 (3).');
    expect(chartSummary([{ month: '2023-03', count: 2 }], 'Han Dong')).toBe('2 articles naming Han Dong in March 2023.');
    expect(svg).not.toContain('style=');
    expect(svg.match(/<text [^>]*>(\d{4})<\/text>/g)!.map((t) => t.replace(/<[^>]+>/g, ''))).toEqual(['2008', '2009']);
    expect(monthChart([], 'x')).toBe('');
  });
});

describe('topRanked', () => {
  it('keeps the first items of the full sort, in order, ties broken by the comparator', () => {
    const items = [5, 3, 9, 1, 9, 7, 2, 8, 6, 4, 0, 3].map((n, i) => ({ n, i }));
    const byN = (a: { n: number; i: number }, b: { n: number; i: number }) => b.n - a.n || a.i - b.i;
    for (const limit of [0, 1, 3, 8, 20]) expect(topRanked(items, byN, limit)).toEqual([...items].sort(byN).slice(0, limit));
  });
});
