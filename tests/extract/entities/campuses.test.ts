// Sentences from GUM (Zeldes 2017): GUM_bio_fillmore and GUM_bio_galois (Wikipedia, CC BY-SA 3.0),
// shortened or adapted; the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('the campus of a university after a comma', () => {
  it('"the University of California, Berkeley.": the campus town is part of the name, no person', () => {
    const r = names(['Charles J. Fillmore was an American linguist and Professor of Linguistics at the University of California, Berkeley.']);
    expect(r.people).toEqual(['Charles J. Fillmore']);
    expect(r.places).toEqual([]);
    expect(r.organizations).toEqual(['University of California']);
  });

  it('a person after the comma is no campus', () => {
    const r = names(['He was refused by the University of Paris, Johann, unable to pay, left for Basel.']);
    expect(r.places).toEqual(['Basel']);
  });
});
