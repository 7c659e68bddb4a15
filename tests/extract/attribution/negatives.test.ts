/** What is not an attribution: scare quotes, titles of works, names, hypotheticals, questions, negated speech. */
import { describe, expect, it } from 'vitest';
import { claimsOf, quotesOf } from '../quotes/helpers.js';

describe('not attributions', () => {
  it('a scare quote after "what supporters call" is no quote', () => {
    expect(quotesOf('The council approved what supporters call a "common-sense compromise" on Tuesday.')).toEqual([]);
  });

  it('the title of a work in quotation marks is no quote', () => {
    expect(quotesOf('She starred in "The Remains of the Day" before moving to television.')).toEqual([]);
  });

  it('a nickname after "known as" is no quote', () => {
    expect(quotesOf('The plant, known as "the Beast", employs 900 people.')).toEqual([]);
  });

  it('a hypothetical "If the mayor says ..." is no claim', () => {
    expect(claimsOf('If the mayor says the deal is off, the council will vote again.')).toEqual([]);
  });

  it('a question "Did the senator say that ...?" is no claim', () => {
    expect(claimsOf('Did the senator say that the bill would pass?')).toEqual([]);
  });

  it('negated speech "have not said why ..." is no claim (GUM, CC BY 2.5)', () => {
    expect(claimsOf('Citing privacy rules, U.S. officials have not said why the team was initially denied visas.')).toEqual([]);
  });

  it('a passive without a source "is expected to" is no claim (MEANTIME, CC BY 4.0)', () => {
    expect(claimsOf('Range for the A380-800 model is expected to be 8,000 nautical miles.')).toEqual([]);
  });

  it('"as MPs had requested," does not make the quoted phrase after it theirs (seed style)', () => {
    const q = quotesOf(
      'Instead of a full public inquiry, as MPs from all opposition parties had requested, Trudeau appointed an “independent special rapporteur” to look into the allegations.',
      {
        people: ['Justin Trudeau'],
      },
    );
    expect(q).toEqual([]);
  });
});
