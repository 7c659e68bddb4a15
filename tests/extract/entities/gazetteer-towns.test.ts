// Towns known to the gazetteer, after a preposition of place (src/extract/entities/gazetteer.ts).
// Quoted: GUM (Zeldes 2017), GUM_voyage_tulsa (Wikivoyage, CC BY-SA 3.0) and GUM_news_taxes
// (Wikinews, CC BY 2.5), shortened; the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';
import { fold, isKnownTown } from '../../../src/extract/entities/gazetteer.js';

describe('the gazetteer', () => {
  it('knows towns of 5,000 people or more, accents folded', () => {
    expect([isKnownTown('Okmulgee'), isKnownTown('Merida'), isKnownTown('Łódź'), isKnownTown('Quxbarville')]).toEqual([true, true, true, false]);
    expect(fold('Mérida')).toBe('merida');
  });
});

describe('a town the gazetteer knows, after a preposition of place, is a place', () => {
  it('towns travelled from, with their state (GUM_voyage_tulsa)', () => {
    const r = names(['From the South, take US-75 from Okmulgee, OK, or US-169 South from Coffeyville, KS.']);
    expect(r.places).toEqual(['Coffeyville', 'Okmulgee', 'US-169 South', 'US-75']);
  });

  it('a town next to another (GUM_news_taxes)', () => {
    const r = names(['Requests have come from the towns next to Genova, in the region.']);
    expect(r.places).toEqual(['Genova']);
  });
});

describe('a town of the gazetteer is no place without a preposition of place', () => {
  it('people named like towns', () => {
    const r = names(['When this failed, they appointed Solon, with a mandate to create a new code.', 'It was published in 1724 with the help of Goldbach.']);
    expect(r.places).toEqual([]);
  });
});
