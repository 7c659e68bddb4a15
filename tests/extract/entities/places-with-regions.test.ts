// "City, Region" after a word of place (src/extract/entities/regions.ts), and a capitalised
// preposition ending no name. Quoted: GUM (Zeldes 2017), GUM_bio_goode (Wikipedia, CC BY-SA 3.0);
// the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('a place and its region are both places', () => {
  it('the region after a known city, though it is a given name too (GUM_bio_goode)', () => {
    const r = names(['Goode was born in Exeter, Devon.']);
    expect(r.places).toEqual(['Devon', 'Exeter']);
    expect(r.people).toEqual([]);
  });

  it('an unknown town before a known region', () => {
    const r = names(['He grew up near Wexcombe, Wiltshire, and later moved away.']);
    expect(r.places).toEqual(['Wexcombe', 'Wiltshire']);
  });
});

describe('no region without a word of place before the pair', () => {
  it('an author written surname first in a list of books', () => {
    const r = names(['London, Jack. White Fang.', 'He read it again last year.']);
    expect(r.places).toEqual(['London']);
  });

  it('a full name in apposition after a place is a person', () => {
    const r = names(['At school he had a friendship with a younger boy at Harrow, John Thomas Claridge.']);
    expect(r.people).toEqual(['John Thomas Claridge']);
    expect(r.places).toEqual(['Harrow']);
  });

  it("a university's campus is part of its name", () => {
    const r = names(['Leo Mazzone, director of exhibits at the University of Arkansas, Fayetteville, said the images were rare.']);
    expect(r.places).toEqual([]);
  });

  it('a name after "from City," that goes on with a verb is no region', () => {
    const r = names(['Ingrid Holm met the minister.', 'From Oslo, Holm flew on to Geneva.']);
    expect(r.places).toEqual(['Geneva', 'Oslo']);
    expect(r.people).toEqual(['Ingrid Holm']);
  });
});

describe('a capitalised preposition ends no name', () => {
  it('a dateline whose full stop was lost', () => {
    const r = names(['Melbourne, Australia On Saturday, the council met again.']);
    expect(r.places).toEqual(['Australia', 'Melbourne']);
  });
});
