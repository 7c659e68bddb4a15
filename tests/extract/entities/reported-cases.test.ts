// Sentences: MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0, where an article is named;
// the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('cases reported by users (issue 16)', () => {
  it('a nationality and "Workers" name a union, not a person (MEANTIME 038)', () => {
    const r = names(['Buzz Hargrove, the president of Canadian Auto Workers said he had been assured that the collective agreement would be honoured.']);
    expect(r.organizations).toEqual(['Canadian Auto Workers']);
    expect(r.people).not.toContain('Canadian Auto Workers');
  });

  it('a long title with "of" before a name: the name is the trailing first name and surname (MEANTIME 001)', () => {
    const r = names(["Assistant Secretary of the Air Force for Acquisition Marvin Sambur defended the Air Force's exclusive contract."]);
    expect(r.raw.people.map((p) => [p.name, p.role])).toEqual([['Marvin Sambur', 'Assistant Secretary of the Air Force for Acquisition']]);
    expect(r.organizations).toEqual(['Air Force']);
  });

  it('a long title with no name after it stays a title', () => {
    const r = names(['The Assistant Secretary of the Air Force for Acquisition defended the contract.']);
    expect(r.people).toEqual([]);
  });

  it('an organisation and a position before a name make a role (former Microsoft CEO)', () => {
    const r = names(['Former Microsoft CEO Bill Gates said on Tuesday that the foundation would double its spending.']);
    expect(r.raw.people.map((p) => [p.name, p.role])).toEqual([['Bill Gates', 'Former Microsoft CEO']]);
    expect(r.organizations).toEqual(['Microsoft']);
  });

  it('a title that is part of a thing\'s name makes no person ("Society for General Systems Research")', () => {
    const r = names(['He was a founding member of the Society for General Systems Research in 1954.']);
    expect(r.people).toEqual([]);
  });

  it('a company listed beside another and named by its first word is a company (MEANTIME 052)', () => {
    const r = names(['That contract was fought for between Boeing and Lockheed Martin, Lockheed ultimately winning the contest.']);
    expect(r.people).toEqual([]);
    expect(r.organizations).toEqual(['Boeing', 'Lockheed Martin']);
  });

  it('people listed beside organisations stay people', () => {
    const r = names(['The seats went to the DAB, Leung Che-cheung and Wong Pik-wan, while Leung kept his post.']);
    expect(r.people).toEqual(expect.arrayContaining(['Leung Che-cheung', 'Wong Pik-wan']));
  });

  it('the short name of a company with a legal form is the company, even before "who" (MEANTIME 054)', () => {
    const r = names([
      'AirTanker Ltd., an EADS-led consortium, have signed a 27-year contract.',
      'They will be owned by AirTanker, who retains commercial leasing rights to five of them.',
    ]);
    expect(r.people).toEqual([]);
    expect(r.organizations).toEqual(['AirTanker Ltd.', 'EADS']);
    expect(r.raw.organizations.find((o) => o.name === 'AirTanker Ltd.')!.aliases).toContain('AirTanker');
  });

  it('a word of the companies named is a company, not a first name (MEANTIME 024)', () => {
    const r = names(
      [
        'The ceremonies in Long Beach, California, bring production of McDonnell Douglas jets to an end.',
        'The plane was the 15,599 th plane built by the Long Beach plant, the original home of Douglas Aircraft and McDonnell Douglas.',
      ],
      'Boeing delivers final 717 to AirTran, ending Douglas era',
    );
    expect(r.people).toEqual([]);
    expect(r.organizations).toEqual(['Boeing', 'Douglas Aircraft', 'McDonnell Douglas']);
  });
});

describe('short names of companies named after places', () => {
  it('"China Eastern" of "China Eastern Airlines" is the airline, no place (MEANTIME 096)', () => {
    const r = names([
      'China Eastern Airlines stated on Thursday that it had signed a contract to purchase a score of Airbus A320 passenger jets.',
      "The deal was approved unanimously by China Eastern's board of directors.",
    ]);
    expect(r.places).toEqual([]);
    expect(r.organizations).toEqual(['China Eastern Airlines']);
    expect(r.raw.organizations[0].aliases).toContain('China Eastern');
  });

  it('a country beside its airline stays a place', () => {
    const r = names(['Qatar Airways flies to 20 cities in China, and China wants more flights.']);
    expect(r.places).toEqual(['China']);
    expect(r.organizations).toEqual(['Qatar Airways']);
  });
});
