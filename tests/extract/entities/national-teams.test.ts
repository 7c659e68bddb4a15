/**
 * In a match report, countries named as sides of a match are teams (organisations); elsewhere
 * they stay places. Sentences from GUM_news_worldcup (075, Wikinews, CC BY 2.5, Zeldes 2017) and
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('national teams in match reports', () => {
  it('takes the countries of results and of match verbs as teams', () => {
    const r = names([
      'Yesterday, Sweden defeated South Korea 1 – 0; Belgium defeated debutants Panama 3 – 0; and Tunisia lost 1 – 2 to England.',
      'Group G — Belgium 3 – 0 Panama',
      "Four minutes later, Tunisia's goalkeeper Mouez Hassen was injured.",
    ]);
    // GUM annotates the group of a tournament as an organisation too.
    expect(r.organizations).toEqual(['Belgium', 'England', 'Group G', 'Panama', 'South Korea', 'Sweden', 'Tunisia']);
    expect(r.places).toEqual([]);
  });

  it('keeps the venue of a match report a place', () => {
    const r = names(['Sweden beat Mexico 3 – 0 in Yekaterinburg.', 'Germany lost 0 – 2 to South Korea in Kazan.']);
    expect(r.places).toEqual(['Kazan', 'Yekaterinburg']);
    expect(r.organizations).toEqual(['Germany', 'Mexico', 'South Korea', 'Sweden']);
  });

  it('keeps countries places where the text reports no results', () => {
    const r = names(['In 1945 the United States defeated Japan, and Britain faced Germany alone for a year.']);
    expect(r.organizations).toEqual([]);
    expect(r.places).toEqual(['Britain', 'Germany', 'Japan', 'United States']);
  });
});
