// Sentences from GUM (Zeldes 2017), Wikivoyage travel guides under CC BY-SA 3.0 (GUM_voyage_tulsa,
// GUM_voyage_york); the others written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('numbered roads are places', () => {
  it('US highways and interstates, with the direction written with them (GUM_voyage_tulsa)', () => {
    const r = names(['From the North / Kansas - US-75 South from Bartlesville, OK, or US-169 South from Coffeyville, KS.', 'Those driving from the northeast come in on old Route 66.']);
    expect(r.places).toEqual(expect.arrayContaining(['Route 66', 'US-169 South', 'US-75 South']));
  });

  it('British roads by letter and number in a sentence about roads (GUM_voyage_york)', () => {
    const r = names(['Alternatively, you can take the M1 all the way to the A64, but the upper reaches of the M1 around Sheffield and Leeds can be congested.']);
    expect(r.places).toEqual(['A64', 'Leeds', 'M1', 'Sheffield']);
  });

  it('a plane, a chip or a paper size with a letter and a number is no road', () => {
    const r = names(['The Airbus A380 uses the A4 processor, and the forms are printed on A4 paper.']);
    expect(r.places).toEqual([]);
  });
});
