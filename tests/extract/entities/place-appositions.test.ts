// Sentences from GUM (Zeldes 2017): GUM_bio_jerome and GUM_bio_moreau (Wikipedia, CC BY-SA 3.0),
// shortened; the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('appositions of places', () => {
  it('"Stridon, a village near Emona": an unknown town named by its apposition', () => {
    const r = names(['He was born at Stridon, a village near Emona on the border of Dalmatia and Pannonia.', 'Later, Stridon was destroyed.']);
    expect(r.places).toEqual(['Dalmatia', 'Emona', 'Pannonia', 'Stridon']);
    expect(r.organizations).toEqual([]);
  });

  it('"Mazirat, a town of 30 houses"', () => {
    const r = names(['She grew up in the village of Mazirat, a town of 30 houses in a valley.']);
    expect(r.places).toEqual(['Mazirat']);
  });

  it('a noun of places inside a role is no place ("a city councillor")', () => {
    const r = names(['Jorge Abrantes, a city councillor, spoke.']);
    expect(r.places).toEqual([]);
    expect(r.people).toEqual(['Jorge Abrantes']);
  });
});
