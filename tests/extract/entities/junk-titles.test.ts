// Kind of junk: honorifics, positions, portfolios, generational suffixes and post-nominals taken
// for (part of) a person's name. Wire-style sentences are our own; others say where they come from.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('words around a name are not the name', () => {
  it('Mr./Mrs./Ms./Dr./Sir are never the name, whatever word follows', () => {
    const r = names(['Mr. Ortiz told reporters in Lima that Mrs. Park had left and Dr Key would stay, Sir Elton said.']);
    expect(r.people).toEqual(['Elton', 'Key', 'Ortiz', 'Park']);
    expect(r.places).toEqual(['Lima']);
    const ortiz = r.raw.people.find((p) => p.name === 'Ortiz')!;
    expect(ortiz.role).toBeUndefined();
    expect(ortiz.aliases).toEqual(['Mr. Ortiz']);
  });

  it('an honorific does not split the name of a place or a work (GUM bio_marbles, bio_moreau)', () => {
    const r = names(['She had a wax figure at Madame Tussauds Museum.', 'Her last film was The Old Lady Who Walked in the Sea.']);
    expect(r.people).toEqual([]);
  });

  it('a position capitalised before a name is its role', () => {
    const r = names(['Midfielder Omar Said was sent off after 30 minutes.']);
    expect(r.people).toEqual(['Omar Said']);
    expect(r.raw.people[0].role).toBe('Midfielder');
  });

  it('a profession capitalised before a name is its role (GUM bio_galois)', () => {
    const r = names([
      'Mathematician Hermann Weyl said of this testament, "This letter, if judged by the novelty and profundity of ideas it contains, is perhaps the most substantial piece of writing in the whole literature of mankind."',
    ]);
    expect(r.people).toEqual(['Hermann Weyl']);
  });

  it('a portfolio belongs to the title, not to an organisation', () => {
    const r = names(['Finance Minister Ruth Kane said on Tuesday the budget would be cut, and Shadow Home Secretary Yvette Cooper disagreed.']);
    expect(r.people).toEqual(['Ruth Kane', 'Yvette Cooper']);
    expect(r.organizations).toEqual([]);
    expect(r.raw.people.find((p) => p.name === 'Ruth Kane')!.role).toBe('Finance Minister');
    expect(r.raw.people.find((p) => p.name === 'Yvette Cooper')!.role).toBe('Shadow Home Secretary');
  });

  it('"Jr." is part of a name, never a name with the rest as its role (MEANTIME 051)', () => {
    const r = names(['U.S. markets are closed on Monday for Martin Luther King Jr.']);
    expect(r.people).toEqual(['Martin Luther King Jr.']);
    expect(r.raw.people[0].role).toBeUndefined();
    expect(r.raw.people[0].aliases).toEqual(['Martin Luther King']);
  });

  it('post-nominal letters are no part of the name (GUM bio_hadid)', () => {
    const r = names(['Dame Zaha Mohammad Hadid DBE RA was an Iraqi-British architect.']);
    expect(r.people).toEqual(['Zaha Mohammad Hadid']);
  });

  it('"Crown Victoria" is not a person Victoria with the role Crown (MEANTIME 017)', () => {
    const r = names(['The plant makes the Crown Victoria and Grand Marquis cars.']);
    expect(r.people).not.toContain('Victoria');
  });
});
