// Kind of error: parts of names cut off or wrong words taken as the name: hyphenated given names,
// appositions that are lists, roles that run into the next clause, a shared first name.
// MEANTIME sentences: Minard et al. 2016, Wikinews, CC BY 4.0.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('the whole name and only the name', () => {
  it('hyphenated given names keep their second syllable', () => {
    const r = names(['North Korean leader Kim Jong-un met Cheng Chung-tai in a Toronto-area hotel.']);
    expect(r.people).toEqual(['Cheng Chung-tai', 'Kim Jong-un']);
    expect(r.places).toEqual(['Toronto']);
  });

  it('a place in a list after a comma takes no role (MEANTIME 093)', () => {
    const r = names([
      "He stated that the bankruptcy filings did not cover General Motors' businesses in Latin America, Europe and the Middle East, and Asia and the Pacific.",
    ]);
    expect(r.people).toEqual([]);
    expect(r.places).toEqual(expect.arrayContaining(['Europe', 'Latin America']));
  });

  it('a role stops where the clause goes on (MEANTIME 084)', () => {
    const r = names([
      "As a part of Chrysler's restructuring plans, Tom LaSorda, the president of Chrysler announced that Canadian operations would fold if it does not receive aid.",
    ]);
    expect(r.raw.people.find((p) => p.name === 'Tom LaSorda')!.role).toBe('the president of Chrysler');
  });

  it('a first name alone is the most named person with it, not a new person (MEANTIME 119)', () => {
    const r = names([
      'Apple co-founder Steve Jobs has died.',
      'Jobs had been ill for years, and Steve Jobs resigned in August.',
      'The current Microsoft CEO Steve Ballmer also expressed condolences.',
      'United States President Barack Obama said "Steve was among the greatest of American innovators".',
    ]);
    expect(r.people).toEqual(['Barack Obama', 'Steve Ballmer', 'Steve Jobs']);
    expect(r.raw.people.find((p) => p.name === 'Steve Jobs')!.aliases).toContain('Steve');
  });
});
