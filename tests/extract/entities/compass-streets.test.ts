// Streets named by a compass letter (src/extract/entities/roads.ts). Quoted: GUM (Zeldes 2017),
// GUM_voyage_tulsa and GUM_voyage_phoenix (Wikivoyage, CC BY-SA 3.0), shortened; the others are
// written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('a compass letter and a name after a house number or a word of way is a street', () => {
  it('after a house number, with or without the street word (GUM_voyage_tulsa)', () => {
    const r = names(['The central station is at 319 S. Denver (downtown).', 'The gallery is at 317 S Detroit Ave. near the station.']);
    expect(r.places).toEqual(['S Detroit Ave.', 'S. Denver']);
    expect(r.people).toEqual([]);
  });

  it('after "along" (GUM_voyage_phoenix)', () => {
    const r = names(['Bus #13 goes west along S Buckeye from the depot.']);
    expect(r.places).toEqual(['S Buckeye']);
  });
});

describe('no street without the number or the word of way', () => {
  it('an initial before a surname stays a person', () => {
    const r = names(['The report was written by W. Jennings and E. Kowalski.']);
    expect(r.places).toEqual([]);
  });
});
