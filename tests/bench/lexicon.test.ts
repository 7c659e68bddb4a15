/** The pieces of the generator: seeded randomness, Zipf draws, the synthetic lexicon. */
import { describe, it, expect } from 'vitest';
import { Rng, Zipf, paretoRank } from '../../bench/lib/rng.js';
import { syntheticLemma, inflect } from '../../bench/lib/lexicon.js';
import { percentile, heaps } from '../../bench/lib/stats.js';

describe('Rng', () => {
  it('repeats its sequence for the same seed and not for another', () => {
    const a = new Rng('x'),
      b = new Rng('x'),
      c = new Rng('y');
    const sa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(sa);
    for (const v of sa) expect(v >= 0 && v < 1).toBe(true);
  });
});

describe('Zipf', () => {
  it('draws rank 0 about twice as often as rank 1 (s = 1)', () => {
    const z = new Zipf(1000, 1);
    const rng = new Rng('zipf');
    const counts = new Array(1000).fill(0);
    for (let i = 0; i < 50_000; i++) counts[z.draw(rng)]++;
    expect(counts[0] / counts[1]).toBeGreaterThan(1.7);
    expect(counts[0] / counts[1]).toBeLessThan(2.3);
    expect(counts.filter((c) => c > 0).length).toBeGreaterThan(900);
  });

  it('an unbounded Pareto rank keeps finding new ranks, about as the square root of the draws', () => {
    const rng = new Rng('pareto');
    const seen = new Set<number>();
    const points: { tokens: number; distinct: number }[] = [];
    for (let i = 1; i <= 200_000; i++) {
      seen.add(paretoRank(rng, 2, 3000));
      if (i % 20_000 === 0) points.push({ tokens: i, distinct: seen.size });
    }
    const { beta } = heaps(points);
    expect(beta).toBeGreaterThan(0.4);
    expect(beta).toBeLessThan(0.7);
  });
});

describe('syntheticLemma', () => {
  it('gives distinct lowercase words for distinct ranks', () => {
    const words = Array.from({ length: 20_000 }, (_, r) => syntheticLemma(r));
    for (const w of words.slice(0, 200)) expect(w).toMatch(/^[a-z]{3,}$/);
    expect(new Set(words).size).toBeGreaterThan(19_500);
  });

  it('inflects like the word it replaces', () => {
    expect(inflect('brandor', 'markets')).toBe('brandors');
    expect(inflect('brandor', 'trading')).toBe('brandoring');
    expect(inflect('brandor', 'announced')).toBe('brandored');
    expect(inflect('brandor', 'quickly')).toBe('brandorly');
    expect(inflect('brandor', 'business')).toBe('brandor');
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const v = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(v, 50)).toBe(50);
    expect(percentile(v, 95)).toBe(95);
    expect(percentile([3, 1, 2], 100)).toBe(3);
  });
});
