// Sentences: MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('stock indices and currencies are not entities', () => {
  it('drops indices named with their level and keeps the cities (MEANTIME 036)', () => {
    const r = names(["London's FTSE 100, Paris' CAC 40 and Frankfurt's DAX 30 indices each closed down more than 1 percent."]);
    expect(r.organizations).toEqual([]);
    expect(r.people).toEqual([]);
    expect(r.places).toEqual(['Frankfurt', 'London', 'Paris']);
  });

  it('drops an index and the acronym written after it (MEANTIME 107)', () => {
    const r = names([
      'US stock markets saw an unusually turbulent day yesterday, with the Dow Jones Industrial Average (DJIA) losing almost a thousand points in thirty minutes, although it recovered most of the loss.',
    ]);
    expect(r.organizations).toEqual([]);
    expect(r.places).toEqual(['US']);
  });

  it('"US $129" is a price, not a place (MEANTIME 008)', () => {
    const r = names(['According to a review by PC World, this alone is worth the US $129.']);
    expect(r.places).toEqual([]);
  });
});
