// Entries of a guide (src/extract/entities/entries.ts). The entries are quoted from GUM (Zeldes 2017),
// GUM_voyage_chatham and GUM_voyage_isfahan (Wikivoyage, CC BY-SA 3.0); the opening sentences
// and the other texts are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

/** A guide's opening, naming known places, so that the text is about places. */
const OPENING = 'The islands lie east of New Zealand, between Wellington, Christchurch and Auckland, far from Australia, Chile and Fiji.';

describe('in a text about places, a name heading an entry is a place', () => {
  it('an entry ending in a full stop, and an entry after its number (GUM_voyage_chatham, GUM_voyage_isfahan)', () => {
    const r = names([
      OPENING,
      'Port Hutt. One of the most scenicly attractive parts of the island.',
      '8 Hasht Behesht (The Palace of Eight Paradises). 1669, reportedly built for the harem.',
      'Meydan Kohne.',
    ]);
    expect(r.places).toEqual([
      'Auckland',
      'Australia',
      'Chile',
      'Christchurch',
      'Fiji',
      'Hasht Behesht',
      'Meydan Kohne',
      'New Zealand',
      'Palace of Eight Paradises',
      'Port Hutt',
      'Wellington',
    ]);
    expect(r.people).toEqual([]);
  });

  it('an entry after a colon', () => {
    const r = names([OPENING, 'Owenga Point: a quiet bay with a long beach.']);
    expect(r.places).toEqual(['Auckland', 'Australia', 'Chile', 'Christchurch', 'Fiji', 'New Zealand', 'Owenga Point', 'Wellington']);
  });
});

describe('elsewhere, a name of no one heading an entry after a colon is a place', () => {
  it('islands described one by one (GUM_voyage_guadeloupe, Wikivoyage, CC BY-SA 3.0)', () => {
    const r = names([
      'Basse Terre: green and lush vegetation, mountainous with a sulphuric volcano.',
      'Grande Terre: flat and dry with a lot of beaches, some of them very touristic.',
    ]);
    expect(r.places).toEqual(['Basse Terre', 'Grande Terre']);
    expect(r.people).toEqual([]);
  });

  it('a name on a line of its own, outside a text about places, is not taken for a place', () => {
    const r = names(['Thierry Poibeau', 'The paper was written in Paris with colleagues.']);
    expect(r.places).toEqual(['Paris']);
    expect(r.people).toEqual(['Thierry Poibeau']);
  });
});

describe('no place is made of an entry', () => {
  it('outside a text about places: a cast list names people', () => {
    const r = names(['The play opened in London last week.', 'Maria Kowalski: the mother, played with great warmth.']);
    expect(r.places).toEqual(['London']);
    expect(r.people).toEqual(['Maria Kowalski']);
  });

  it('of English words, a caption or a kind of place alone', () => {
    const r = names([OPENING, "Marina: 54º 55,7' N 10º 30,0' E.", 'Wikimedia Maps', 'Smack Dinghies: rented by the hour.']);
    expect(r.places).toEqual(['Auckland', 'Australia', 'Chile', 'Christchurch', 'Fiji', 'New Zealand', 'Wellington']);
  });
});
