// Sentences from GUM (Zeldes 2017): GUM_bio_enfant and GUM_bio_gordon (Wikipedia, CC BY-SA 3.0),
// GUM_voyage_york (Wikivoyage, CC BY-SA 3.0), shortened; the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('rulers, epithets and shared titles', () => {
  it('"King Louis XV of France": a king with his numeral, and his realm', () => {
    const r = names([
      "He was the second son of Pierre L'Enfant, a painter with a good reputation in the service of King Louis XV of France, (1710 - 1774, reigned 1715 - 1774).",
    ]);
    expect(r.people).toEqual(['Louis XV', "Pierre L'Enfant"]);
    expect(r.organizations).toEqual([]);
    expect(r.places).toEqual(['France']);
  });

  it('a name with its epithet is one person', () => {
    const r = names([
      'He rose in ranks from trooper to full general, and became principal advisor and close friend of Tsar Peter the Great.',
      'Constantine the Great - later responsible for making Christianity the official religion of the Roman Empire - was first proclaimed Emperor in the city.',
    ]);
    expect(r.people).toEqual(['Constantine the Great', 'Peter the Great']);
  });

  it('an epithet needs its article: "Alexander, the great-grandson" is no epithet', () => {
    const r = names(['Alexander Livingston, the great-grandson of the earl, wrote the account.']);
    expect(r.people).toEqual(['Alexander Livingston']);
  });

  it('a plural title before names is shared, not part of the first name', () => {
    const r = names(['Generals Patrick Gordon and Aleksei Shein led the siege of Azov in 1696.']);
    expect(r.people).toEqual(['Aleksei Shein', 'Patrick Gordon']);
  });
});
