// A peer's title names the place it is held of (src/extract/entities/mentions.ts). Quoted: GUM
// (Zeldes 2017), GUM_bio_goode (Wikipedia, CC BY-SA 3.0), shortened; the others are written for
// these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('"Earl of X", "Duke of X": X is a place, the title names no one', () => {
  it("an earldom after the holder's name (GUM_bio_goode)", () => {
    const r = names(['Goode portrayed Antony Armstrong-Jones, 1st Earl of Snowdon in the drama.']);
    expect(r.places).toEqual(['Snowdon']);
    expect(r.people).toEqual(['Antony Armstrong-Jones']);
  });

  it('a place named like a given name', () => {
    const r = names(['His closest friend at school was John FitzGibbon, 2nd Earl of Clare, four years his junior.']);
    expect(r.places).toEqual(['Clare']);
    expect(r.people).toEqual(['John FitzGibbon']);
  });
});

describe('other titles before "of" keep their own rules', () => {
  it('a minister of a country, a chief executive of a company', () => {
    const r = names(['The Prime Minister of Singapore met the CEO of Boeing Commercial Airplanes.']);
    expect(r.places).toEqual(['Singapore']);
    expect(r.organizations).toEqual(['Boeing Commercial Airplanes']);
  });
});
