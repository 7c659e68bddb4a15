// Some sentences: MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('things that are not people', () => {
  it('organisations and places are not people (LifeSiteNews)', () => {
    const r = names([
      'Today, there will be a vote in the House of Commons in the afternoon that will demand a full public inquiry into suspected Chinese meddling in Canada’s Parliament.',
    ]);
    expect(r.people).toEqual([]);
  });

  it('titles, demonyms, months and days are not people (LifeSiteNews)', () => {
    const r = names([
      'On February 17 when the Globe and Mail, citing CSIS documents, reported that certain Conservative candidates identified by China were defeated, the Prime Minister said nothing on Wednesday.',
    ]);
    expect(r.people).toEqual([]);
    expect(r.organizations).not.toContain('February');
    expect(r.organizations).not.toContain('Wednesday');
  });

  it('aircraft and product names are not people (MEANTIME 043)', () => {
    const r = names(['The Airbus A380 superjumbo of Thai Airways International was damaged at Suvarnabhumi Airport in Bangkok, Thailand.']);
    expect(r.people).toEqual([]);
    expect(r.places).toEqual(expect.arrayContaining(['Suvarnabhumi Airport', 'Bangkok']));
  });

  it('a stock index is not an organisation or a person (MEANTIME 048)', () => {
    const r = names(['On Friday, the Dow Jones nearly broke that record when the market closed at -366.94 points, down almost three percent.']);
    expect(r.people).toEqual([]);
    expect(r.organizations).toEqual([]);
  });

  it('sentence-initial words and a currency prefix are not names (MEANTIME 063)', () => {
    const r = names(['Totaling US$180 billion, the Federal Reserve arranged to increase existing swap lines with the European Central Bank.']);
    expect(r.people).toEqual([]);
    expect(r.places).toEqual([]);
    expect(r.organizations).toEqual(['European Central Bank', 'Federal Reserve']);
  });

  it('an unknown capitalised word with no cue is not an organisation (MEANTIME 070)', () => {
    const r = names([
      'The G7 nations had met in Washington at the same time that the International Monetary Fund and the World Bank held their Autumn meetings.',
    ]);
    expect(r.organizations).toEqual(['International Monetary Fund', 'World Bank']);
    expect(r.places).toEqual(['Washington']);
  });

  it('"in"/"to" before a company does not make it a place (MEANTIME 038)', () => {
    const r = names([
      'DaimlerChrysler has sold 80.1% of its stake in Chrysler, retaining the other 19.9%, for joint ventures and other agreements and partnerships.',
    ]);
    expect(r.places).toEqual([]);
  });
});
