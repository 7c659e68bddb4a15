// Where a journey goes from, to or through is a place (src/extract/entities/travel.ts).
// Quoted sentences: GUM (Zeldes 2017), GUM_voyage_socotra, GUM_voyage_fyn (Wikivoyage, CC BY-SA 3.0)
// and GUM_bio_moreau (Wikipedia, CC BY-SA 3.0); the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('a name one travels from, to or via is a place', () => {
  it('flights from one town via another (GUM_voyage_socotra)', () => {
    const r = names(["There are flights from Sana'a via Al Mukalla.", 'There are also flights from Sharjah via Al Mukalla.']);
    expect(r.places).toEqual(['Al Mukalla', "Sana'a", 'Sharjah']);
    expect(r.people).toEqual([]);
  });

  it('a ferry between ports, and the islands they stand on (GUM_voyage_fyn)', () => {
    const r = names(['From Spodsbjerg on Langeland there is a ferry connection across the great belt to Tårs on Lolland.']);
    expect(r.places).toEqual(['Langeland', 'Lolland', 'Spodsbjerg', 'Tårs']);
  });

  it('a family moving to a town (GUM_bio_moreau)', () => {
    const r = names(['When she was a young girl, the family moved south to Vichy, spending vacations at the paternal village.']);
    expect(r.places).toEqual(['Vichy']);
  });

  it('a surname that is also a town, flown from', () => {
    const r = names(['The islands can be reached by air from Christchurch, Auckland or Wellington and, seasonally, from Napier.']);
    expect(r.places).toEqual(['Auckland', 'Christchurch', 'Napier', 'Wellington']);
    expect(r.people).toEqual([]);
  });
});

describe('without a journey, "from" and "to" make no place', () => {
  it('a letter sent to a person, a stake sold to a firm', () => {
    const r = names(['The council sent a letter to Marston on Tuesday.', 'Later the fund sold its stake to Harwell for an undisclosed sum.']);
    expect(r.places).toEqual([]);
  });

  it('a numbered part, a possessive and a modified noun are not the place travelled to', () => {
    const r = names([
      'The shuttle bus runs from Terminal 2 every ten minutes.',
      "A brother from Theodorus' monastery stayed in the village while traveling.",
      'Route 13 goes west to the river (via Greyhound depot) every hour.',
    ]);
    expect(r.places).toEqual(['Route 13', 'Terminal 2']);
  });

  it('a compass point travelled from is no place of its own', () => {
    const r = names(['Drivers coming by road from the Northeast take the turnpike.']);
    expect(r.places).toEqual([]);
  });
});
