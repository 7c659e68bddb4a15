/** A–Z jump links of the index pages: letters without accents, one anchor per letter. */
import { describe, it, expect } from 'vitest';
import { initial, initials, letterAnchors } from '../../src/site/filters.js';

describe('A–Z index', () => {
  it('files names under their first letter, accents folded, digits and signs under #', () => {
    expect(initial('Émile Zola')).toBe('E');
    expect(initial('zoë Baird')).toBe('Z');
    expect(initial('3M')).toBe('#');
    expect(initial('"Two Michaels"')).toBe('#');
    expect(initials(['Abe', 'Ann', 'Émile', 'Eve', 'Bob'])).toEqual(['A', 'E', 'B']);
  });

  it('gives each letter one anchor, at its first name, even when a sort scatters the letter', () => {
    expect(letterAnchors(['Abe', 'Ann', 'Bob', 'Émile', 'Eve', '3M', 'Ed'])).toEqual(['letter-A', null, 'letter-B', 'letter-E', null, 'letter-other', null]);
  });
});
