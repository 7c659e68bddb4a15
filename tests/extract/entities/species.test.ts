// Sentences from GUM (Zeldes 2017): GUM_interview_ants (Wikinews, CC BY 2.5); the others are
// written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('the genus of a Latin species name is no entity', () => {
  it('a fungus and an ant named by genus and species', () => {
    const r = names(['Some ants were infected with Beauveria bassiana, a fungus.', 'The colony of Formica fusca was kept in the lab.']);
    expect(r.organizations).toEqual([]);
    expect(r.people).toEqual([]);
    expect(r.places).toEqual([]);
  });

  it('a name followed by an English word or another name stays a name', () => {
    const r = names(['Microsoft area managers met in Toronto.', 'Shares of Apple rose after Apple announced its results.']);
    expect(r.organizations).toEqual(['Apple', 'Microsoft']);
    expect(r.places).toEqual(['Toronto']);
  });
});
