// Words that are no places: a word of a numbered road, an appendix, a currency code after an
// amount (src/extract/entities/mentions.ts, lexicon.ts). Quoted: GUM (Zeldes 2017),
// GUM_voyage_phoenix, GUM_voyage_tulsa, GUM_voyage_cuba (Wikivoyage, CC BY-SA 3.0),
// GUM_academic_huh (PLOS ONE, CC BY 4.0), some shortened; the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('a word of a numbered road is no name of its own', () => {
  it('"Ave" of "S 75th Ave", "Hwy" of "Hwy 51" (GUM_voyage_phoenix, GUM_voyage_tulsa)', () => {
    const r = names(['Bus #13 goes west to S 75th Ave along S Buckeye from Terminal 2.', 'The road runs from US 75 to Hwy 51 (Broken Arrow Expressway).']);
    expect(r.places).toEqual(['Broken Arrow Expressway', 'Hwy 51', 'S 75th Ave', 'S Buckeye', 'Terminal 2', 'US 75']);
  });

  it('a name after a road stays a name', () => {
    const r = names(['The museum is on 47th Street near Florence Park.']);
    expect(r.places).toEqual(['47th Street', 'Florence Park']);
  });
});

describe('an appendix and a currency code are no places', () => {
  it('an appendix of a paper (GUM_academic_huh)', () => {
    const r = names(['See the references for 50 calls and commentaries in Appendix S1 in the Supporting Information.']);
    expect(r.places).toEqual([]);
  });

  it('a currency code after an amount, listed among towns (GUM_voyage_cuba)', () => {
    const r = names(['Departure tax is paid at the airports (Cancun: 250 MXN, Mexico City: USD 25).']);
    expect(r.places).toEqual(['Cancun', 'Mexico City']);
  });

  it('an acronym after a year stays', () => {
    const r = names(['In 2009 BBC reporters said the probe would launch, and the BBC later confirmed it.']);
    expect(r.organizations).toEqual(['BBC']);
  });
});
