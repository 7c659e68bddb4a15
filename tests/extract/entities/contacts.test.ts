// Author lines from GUM (Zeldes 2017): GUM_academic_games and GUM_academic_librarians (CC BY 4.0);
// the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('names written with an e-mail address', () => {
  it('an author line in Title Case: the name before the address is a person', () => {
    const r = names(['Bruna Anastacio brunaanastacio@hotmail.com Universidade Federal de Santa Catarina']);
    expect(r.people).toEqual(['Bruna Anastacio']);
  });

  it('two authors on one line, the second after a country: the country is no part of the name', () => {
    const r = names([
      'Michiel Cock m.p.cock@vu.nl Vrije Universiteit Amsterdam, the Netherlands Lotte Wilms lotte.wilms@kb.nl National Library of the Netherlands, the Netherlands',
    ]);
    expect(r.people).toEqual(['Lotte Wilms', 'Michiel Cock']);
    expect(r.places).toContain('Netherlands');
  });

  it('a bracketed address in a press contact', () => {
    const r = names(['For more information, contact Maria Kowalczyk (m.kowalczyk@example.org) or the press office.']);
    expect(r.people).toEqual(['Maria Kowalczyk']);
  });

  it("a body's name before its address is no person", () => {
    const r = names(['Press Office Of The Ministry press@example.org', 'Greenpeace International info@greenpeace.org']);
    expect(r.people).toEqual([]);
  });
});
