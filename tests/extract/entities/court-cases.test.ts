// Sentences from GUM (Zeldes 2017): court hearings under CC BY 4.0 (GUM_court_loan,
// GUM_court_negligence, GUM_court_homeless) and a Wikipedia biography under CC BY-SA 3.0
// (GUM_bio_byron); the others written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('parties of court cases', () => {
  it('"X versus Y" in a hearing names the parties (GUM_court_loan)', () => {
    const r = names(["We'll hear argument first this morning in Case 22-506, Biden versus Nebraska.", 'Mr. Chief Justice, and may it please the Court.']);
    expect(r.people).toEqual(['Biden']);
    expect(r.places).toEqual(['Nebraska']);
  });

  it('cases cited as "in X and Y" are parties, and "In X" cites a case, no place (GUM_court_negligence, GUM_court_homeless)', () => {
    const r = names([
      'Damage without loss or injury does not give rise to a cause of action in the case law.',
      "That's set out in Moran and Pyle.",
      'In Lavan, the Court stated that the District Court did not recognize such a right.',
    ]);
    expect(r.people).toEqual(['Moran', 'Pyle']);
    expect(r.places).toEqual([]);
  });

  it('a fixture "X v Y" outside a legal text names no people (GUM_bio_byron)', () => {
    const r = names(["He did represent the school during the very first Eton v Harrow cricket match at Lord's in 1805."]);
    expect(r.people).toEqual([]);
  });

  it('"in X" outside a legal text is still a place', () => {
    expect(names(['The company opened a plant in Weehawken last year.']).places).toEqual(['Weehawken']);
  });
});
