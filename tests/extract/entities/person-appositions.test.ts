// Sentences from GUM (Zeldes 2017): GUM_news_scientology (Wikinews, CC BY 2.5) and
// GUM_voyage_fyn (Wikivoyage, CC BY-SA 3.0), shortened; the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('appositions of people', () => {
  it('"Valeska Paris, an Australian woman and former Scientologist,": a person, whatever the place in her name', () => {
    const r = names(['Valeska Paris, an Australian woman and former Scientologist, has claimed that the church imprisoned her.']);
    expect(r.people).toEqual(['Valeska Paris']);
    expect(r.places).toEqual([]);
  });

  it('"Kumar Desai, his younger brother," with a possessive determiner', () => {
    const r = names(['He spoke to Kumar Desai, his younger brother, about the farm.']);
    expect(r.people).toEqual(['Kumar Desai']);
  });

  it("a place's apposition and an adjective of place are no person's", () => {
    const r = names([
      'Quebec, a province of Canada, voted.',
      "The most exciting animals are beneath the water: the Harbour Porpoise, Denmark's only resident whale population.",
    ]);
    expect(r.people).toEqual([]);
  });
});
