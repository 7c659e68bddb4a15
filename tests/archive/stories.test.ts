/**
 * Stories: the two seed articles (one event, a day apart, sharing rare names) are one story;
 * unrelated articles are not. Then the stories of the seeds, the MEANTIME dev articles (MEANTIME
 * corpus (Minard et al. 2016), Wikinews, CC BY 4.0) and one wire article written for this test
 * (tests/fixtures/stories: tributes the day after Steve Jobs's death), exactly.
 */
import { describe, it, expect } from 'vitest';
import type { ArticleRecord } from '../../src/write/schema.js';
import { findStories, recordSimilarity } from '../../src/archive/stories.js';
import { buildArchive, type Archive } from '../../src/archive/index.js';
import { seedRecords, meantimeRecords, recordsOf } from '../search/records.js';
import { beforeAll } from 'vitest';
import { resolve } from 'node:path';

function rec(id: string, published: string | null, people: string[], organizations: string[] = []): ArticleRecord {
  const e = (name: string) => ({ name, aliases: [], mentions: 1, sentences: [] });
  return {
    id,
    title: id,
    dek: null,
    published,
    author: null,
    outlet: null,
    dateline: null,
    url: null,
    source: { file: `${id}.txt`, sha256: '0'.repeat(64), extractor: 't' },
    people: people.map(e),
    organizations: organizations.map(e),
    places: [],
    dates: [],
    quotes: [],
    claims: [],
    warnings: [],
    body: '',
  };
}

// The names the two seed articles share (../shared/seeds/gold.json), published 2023-03-23 and 2023-03-24.
const SEED_A = rec(
  'a',
  '2023-03-23',
  ['Han Dong', 'Michael Kovrig', 'Michael Spavor', 'Justin Trudeau', 'David Mulroney'],
  ['Global News', 'House of Commons'],
);
const SEED_B = rec(
  'b',
  '2023-03-24',
  ['Han Dong', 'Michael Kovrig', 'Michael Spavor', 'Justin Trudeau', 'Pierre Poilievre'],
  ['Global News', 'House of Commons'],
);

describe('findStories', () => {
  it('groups two articles a day apart that share several names', () => {
    const stories = findStories([SEED_B, SEED_A]);
    expect(stories).toHaveLength(1);
    expect(stories[0].id).toBe('a');
    expect(stories[0].articles).toEqual(['a', 'b']);
    expect(stories[0].first).toBe('2023-03-23');
    expect(stories[0].last).toBe('2023-03-24');
    expect(stories[0].names.slice(0, 4).sort()).toEqual(['Han Dong', 'Justin Trudeau', 'Michael Kovrig', 'Michael Spavor']);
  });

  it('keeps apart the same names weeks apart', () => {
    const later = { ...SEED_B, id: 'c', published: '2023-05-02' };
    expect(findStories([SEED_A, later])).toEqual([]);
  });

  it('keeps apart articles that share only one person', () => {
    const other = rec('d', '2023-03-24', ['Justin Trudeau', 'Chrystia Freeland'], ['Bank of Canada']);
    expect(findStories([SEED_A, other])).toEqual([]);
  });

  it('does not link on names that most of the archive holds', () => {
    // 40 articles all naming the same two people and one organisation: common names link nothing.
    const many = Array.from({ length: 40 }, (_, i) =>
      rec(`m${i}`, '2023-03-23', ['Justin Trudeau', 'Pierre Poilievre', `Person ${i} Unique`], ['House of Commons']),
    );
    expect(findStories(many)).toEqual([]);
  });

  it('weighs rare names over common ones', () => {
    const many = Array.from({ length: 40 }, (_, i) => rec(`m${i}`, '2023-01-0' + ((i % 9) + 1), ['Justin Trudeau'], []));
    const idx = recordSimilarity([SEED_A, SEED_B, ...many]);
    expect(idx.idf('n:p:michael kovrig')).toBeGreaterThan(idx.idf('n:p:justin trudeau'));
  });

  it('gives the same stories whatever the input order', () => {
    const c = rec('c', '2023-03-25', ['Han Dong', 'Michael Kovrig', 'Michael Spavor'], ['Global News']);
    const one = findStories([SEED_A, SEED_B, c]);
    expect(findStories([c, SEED_B, SEED_A])).toEqual(one);
    expect(one[0].articles).toEqual(['a', 'b', 'c']);
  });
});

describe('stories of the seeds, MEANTIME and a wire article', () => {
  let archive: Archive;
  beforeAll(() => {
    const wire = recordsOf(resolve(import.meta.dirname, '../fixtures/stories'), ['wire-jobs-tributes.txt']);
    archive = buildArchive([...seedRecords(), ...meantimeRecords(), ...wire]);
  }, 120_000);

  it('groups the articles of one event within days, and nothing else', () => {
    expect(archive.stories.map((s) => s.articles)).toEqual([
      ['2007-10-15-first-airbus-a380-delivered', '2007-10-17-first-a380-enters-commercial-service'],
      ['2008-09-17-russian-stock-markets-suspended-amid-market-turmoil', '2008-09-18-russian-markets-to-remain-closed-until-friday'],
      ['2008-10-06-worldwide-markets-fall-precipitously', '2008-10-07-stock-markets-worldwide-continue-to-fall'],
      // The automakers' bailout a day apart: the Senate's vote fails, the White House considers a rescue (Chrysler, Ford, General Motors in both).
      ['2008-12-12-us-automaker-bailout-deal-fails-to-pass-senate', '2008-12-13-white-house-considering-auto-rescue-plan'],
      // "GM's move comes a day after Chrysler, another U.S. car maker, released a list of 789 dealerships"
      ['2009-05-14-u-s-automaker-chrysler-wants-to-eliminate-789-dealerships', '2009-05-15-u-s-automaker-gm-plans-to-close-1-100-dealerships'],
      // GM's bankruptcy: two articles of the same day (one names no person at all) and the new CEO's plan three days on.
      [
        '2009-06-01-barack-obama-presents-rescue-plan-after-gm-declaration-of',
        '2009-06-01-u-s-manufacturer-general-motors-seeks-bankruptcy-protection',
        '2009-06-04-ceo-of-gm-outlines-plan-for-new-gm-after-auto-company',
      ],
      ['2011-10-06-apple-inc-co-founder-steve-jobs-dies-aged-56', '2011-10-07-tributes-pour-in-for-apple-co-founder-steve-jobs'],
      ['2023-03-23-mp-han-dong-was-alleged-to-have-told-chinas-consul-general', '2023-03-24-mp-han-dong-resigns-from-trudeaus-liberal-party-following'],
    ]);
    expect(archive.stories.find((s) => s.id.startsWith('2009-06-01'))!.names).toContain('General Motors');
  });

  it('keeps apart articles of one company weeks apart, and one-country neighbours', () => {
    const of = (id: string) => archive.articles.find((a) => a.id === id)!.story;
    expect(of('2011-08-25-apple-executive-steve-jobs-resigns')).toBeNull();
    expect(of('2009-05-28-bankruptcy-for-u-s-automaker-gm-becomes-almost-certain')).toBeNull(); // four days before
    expect(of('2008-09-17-stock-markets-worldwide-fall-dramatically')).toBeNull(); // shares a country, not a name
  });

  it('ranks related articles by similarity and recency, the story first, each sharing a distinctive name', () => {
    const related = (id: string) => archive.articles.find((a) => a.id === id)!.related;
    const tributes = related('2011-10-07-tributes-pour-in-for-apple-co-founder-steve-jobs');
    expect(tributes.map((r) => r.id).slice(0, 2)).toEqual([
      '2011-10-06-apple-inc-co-founder-steve-jobs-dies-aged-56',
      '2011-08-25-apple-executive-steve-jobs-resigns',
    ]);
    expect(tributes[0].reason).toBe('same story; also names Bill Gates, Barack Obama, Steve Jobs, Microsoft');
    const gm = related('2009-06-01-u-s-manufacturer-general-motors-seeks-bankruptcy-protection');
    expect(gm.map((r) => r.id).slice(0, 4)).toEqual([
      '2009-06-01-barack-obama-presents-rescue-plan-after-gm-declaration-of',
      '2009-06-04-ceo-of-gm-outlines-plan-for-new-gm-after-auto-company',
      '2009-05-28-bankruptcy-for-u-s-automaker-gm-becomes-almost-certain',
      '2009-05-15-u-s-automaker-gm-plans-to-close-1-100-dealerships',
    ]);
    for (const a of archive.articles) for (const r of a.related) expect(r.reason, `${a.id} → ${r.id}`).toMatch(/also names|same story/);
    // The Han Dong seeds relate to each other, and to no article that shares only a country or a source.
    expect(related('2023-03-24-mp-han-dong-resigns-from-trudeaus-liberal-party-following').map((r) => r.id)).toEqual([
      '2023-03-23-mp-han-dong-was-alleged-to-have-told-chinas-consul-general',
    ]);
  });
});
