// A word of landscape or realm and "of" before an unknown name (src/extract/entities/merges.ts,
// single-words). Quoted: GUM (Zeldes 2017), GUM_bio_jerome (Wikipedia, CC BY-SA 3.0), shortened; the others are written for
// these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('"the desert of X", "the border of X and Y": X is a place', () => {
  it('a desert, a border and the names listed with them (GUM_bio_jerome)', () => {
    const r = names([
      'He was born at Stridon, a village near Emona on the border of Dalmatia and Pannonia.',
      'Jerome went for a time to the desert of Chalcis, to the southeast of Antioch.',
    ]);
    // Stridon too, by its apposition ("a village near", place-appositions.ts).
    expect(r.places).toEqual(['Chalcis', 'Dalmatia', 'Emona', 'Pannonia', 'Stridon']);
  });
});

describe('other words before "of" make no place', () => {
  it('a book, a board, a friend of someone', () => {
    const r = names(['He wrote a history of Brandenburg while a member of Kessler, a small firm.']);
    expect(r.places).toEqual([]);
  });
});
