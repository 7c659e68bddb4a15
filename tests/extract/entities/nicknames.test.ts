// Sentences from GUM (Zeldes 2017): GUM_bio_padalecki and GUM_bio_goode (Wikipedia, CC BY-SA 3.0),
// shortened; the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('a nickname in quotes inside a name', () => {
  it('\'Austin Shepherd "Shep" Padalecki\' is one person, named as written', () => {
    const r = names(['On December 22, 2013, Cortese gave birth to their second son, Austin Shepherd "Shep" Padalecki.']);
    expect(r.people).toEqual(['Austin Shepherd "Shep" Padalecki']);
    expect(r.raw.people.find((p) => p.name.startsWith('Austin'))?.aliases).toEqual(['Austin Shepherd Padalecki']);
  });

  it("curly quotes and a one-word given name: 'Finley “Finn” Polmar'", () => {
    const r = names(['He also played Finley “Finn” Polmar in the CBS legal drama The Good Wife.']);
    expect(r.people).toEqual(['Finley “Finn” Polmar']);
  });

  it('a quoted word after a name and before a common word is no nickname', () => {
    const r = names(['Anna Berg "Mostly" said it was true.', 'The band played "Yesterday" again.']);
    expect(r.people).toEqual(['Anna Berg']);
  });
});
