// Sentences from GUM (Zeldes 2017), Wikivoyage travel guides under CC BY-SA 3.0 (GUM_voyage_tulsa,
// GUM_voyage_york, GUM_voyage_phoenix); the others written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('numbered roads are places', () => {
  it('US highways and interstates, with the direction written with them (GUM_voyage_tulsa)', () => {
    const r = names([
      'From the North / Kansas - US-75 South from Bartlesville, OK, or US-169 South from Coffeyville, KS.',
      'Those driving from the northeast come in on old Route 66.',
    ]);
    expect(r.places).toEqual(expect.arrayContaining(['Route 66', 'US-169 South', 'US-75 South']));
  });

  it('British roads by letter and number in a sentence about roads (GUM_voyage_york)', () => {
    const r = names([
      'Alternatively, you can take the M1 all the way to the A64, but the upper reaches of the M1 around Sheffield and Leeds can be congested.',
    ]);
    expect(r.places).toEqual(['A64', 'Leeds', 'M1', 'Sheffield']);
  });

  it('a plane, a chip or a paper size with a letter and a number is no road', () => {
    const r = names(['The Airbus A380 uses the A4 processor, and the forms are printed on A4 paper.']);
    expect(r.places).toEqual([]);
  });

  it('numbered streets and the terminals of an airport (GUM_voyage_tulsa, GUM_voyage_phoenix)', () => {
    const r = names([
      'Watch out for Place, Street, Avenue designation, e.g. 47th Place, 47th Street, 47th Avenue are all different roads.',
      'Terminal 4: Aeroméxico, Air Canada, British Airways, WestJet',
      'Valley Metro #13 goes west to S 75th Ave along S Buckeye from Terminal 2.',
    ]);
    expect(r.places).toEqual(expect.arrayContaining(['47th Avenue', '47th Place', '47th Street', 'S 75th Ave', 'Terminal 2', 'Terminal 4']));
  });

  it('ordinals and counts that name no street or terminal', () => {
    const r = names(['She finished 2nd in the 400 metres and 3rd overall, and 12 terminals were sold from the 5th floor.']);
    expect(r.places).toEqual([]);
  });
});
