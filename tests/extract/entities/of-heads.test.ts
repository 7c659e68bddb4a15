// Sentences from GUM (Zeldes 2017): GUM_bio_jerome, GUM_bio_bernoulli (Wikipedia, CC BY-SA 3.0),
// GUM_news_korea (Wikinews, CC BY 2.5) and GUM_voyage_tulsa (Wikivoyage, CC BY-SA 3.0), some
// shortened; the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { headedByNonBody, headedByNonPlace } from '../../../src/extract/entities/of-heads.js';
import { names } from './helpers.js';

describe('"X of Y" is an organisation only when X names one', () => {
  it('a title, an idea and a nickname before "of" make no body', () => {
    const r = names([
      'Jerome is recognised as a saint and Doctor of the Church by the Catholic Church.',
      'Daniel Bernoulli now returned to his earlier work on Conservation of Energy.',
      'Tulsa has been called the "Oil Capital of the World".',
    ]);
    expect(r.organizations).toEqual(['Catholic Church']);
  });

  it('bodies, orders and places before "of" keep their names', () => {
    const r = names([
      'He spoke at the Bank of America and the Church of Scientology.',
      'The Knights of Columbus and the Daughters of the American Revolution held a dinner.',
    ]);
    expect(r.organizations).toEqual(
      expect.arrayContaining(['Bank of America', 'Church of Scientology', 'Daughters of the American Revolution', 'Knights of Columbus']),
    );
    expect(headedByNonBody(['University', 'of', 'Texas'])).toBe(false);
    expect(headedByNonBody(['Museum', 'of', 'Flight'])).toBe(false);
    expect(headedByNonBody(['Corps', 'of', 'Engineers'])).toBe(false);
  });

  it('the rule reads only the head before "of"', () => {
    expect(headedByNonBody(['Commanders', 'of', 'the', "Korean People's", 'Army'])).toBe(true);
    expect(headedByNonBody(['GNP', 'of', 'Israel'])).toBe(true);
    expect(headedByNonBody(['Catholic', 'Church'])).toBe(false);
  });
});

describe('"X of Place" is a place only when X is a place word', () => {
  it('a standards body of a country is no place', () => {
    const r = names(['The new rules were written by the Water Standards of Canada last year.']);
    expect(r.places).toEqual([]);
    expect(headedByNonPlace(['Food', 'Standards', 'of', 'Australia'])).toBe(true);
  });

  it('a place head before "of" keeps the phrase a place', () => {
    expect(headedByNonPlace(['Gulf', 'of', 'Mexico'])).toBe(false);
    expect(headedByNonPlace(['Republic', 'of', 'Ireland'])).toBe(false);
    expect(headedByNonPlace(['Hotel', 'Street'])).toBe(false);
  });
});
