/** The order of facet values: largest counts first, ties by the smaller number, found without sorting them all. */
import { describe, it, expect } from 'vitest';
import { topNumbers, popularity } from '../../src/search/facets.js';

describe('topNumbers', () => {
  it('takes the largest counts, ties by the smaller number', () => {
    const counts = [0, 3, 1, 3, 2, 1, 1, 5];
    const touched = [7, 1, 2, 3, 4, 5, 6];
    expect(topNumbers(counts, touched, 3)).toEqual([7, 1, 3]);
    expect(topNumbers(counts, touched, 5)).toEqual([7, 1, 3, 4, 2]);
    expect(topNumbers(counts, touched, 10)).toEqual([7, 1, 3, 4, 2, 5, 6]);
    expect(topNumbers(counts, [6, 5, 2], 2)).toEqual([2, 5]);
    expect(topNumbers(counts, touched, 0)).toEqual([]);
    expect(topNumbers(counts, [], 4)).toEqual([]);
  });

  it('gives what sorting every value would, on many random sets', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 2000; round++) {
      const counts = new Int32Array(300);
      const touched: number[] = [];
      const mentions = 1 + Math.floor(random() * 80);
      for (let i = 0; i < mentions; i++) {
        const n = Math.floor(random() * 300);
        if (counts[n]++ === 0) touched.push(n);
      }
      const max = Math.floor(random() * 14);
      const sorted = touched
        .slice()
        .sort((a, b) => counts[b] - counts[a] || a - b)
        .slice(0, max);
      expect(topNumbers(counts, touched, max)).toEqual(sorted);
    }
  });
});

describe('popularity bands', () => {
  it('are 1, 2-3, 4-7, 8-15… articles', () => {
    expect([1, 2, 3, 4, 7, 8, 15, 16, 1000].map(popularity)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 9]);
  });
});
