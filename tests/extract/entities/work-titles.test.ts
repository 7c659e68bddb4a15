// Titles of works are no places (src/extract/entities/works.ts). Quoted sentences: GUM (Zeldes 2017),
// GUM_bio_goode and GUM_bio_padalecki (Wikipedia, CC BY-SA 3.0), shortened; the others are
// written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('a title of a work is no place', () => {
  it('films listed with their years (GUM_bio_goode)', () => {
    const r = names(['His other films include A Single Man (2009), Cemetery Junction (2010), Stoker (2013) and Belle (2013).']);
    expect(r.places).toEqual([]);
  });

  it('a title right after a word for a work (GUM_bio_goode, GUM_bio_padalecki)', () => {
    const r = names([
      'Goode played Henry Talbot in the final season of historical period drama Downton Abbey.',
      'He also landed a short role in the thriller Flight of the Phoenix.',
    ]);
    expect(r.places).toEqual([]);
  });
});

describe('a place named beside a work is still a place', () => {
  it('a place named as a place elsewhere in the text keeps its kind', () => {
    const r = names(['The drama was filmed in Weehawken in the summer.', 'She starred in the film Weehawken (1998).']);
    expect(r.places).toEqual(['Weehawken']);
  });
});

describe('a caption names what it shows, not a "Map of" or "View of" place', () => {
  it('a caption before a place (GUM_voyage_guadeloupe, GUM_voyage_fortlee, Wikivoyage, CC BY-SA 3.0)', () => {
    const r = names(['Guadeloupe is an archipelago in the Caribbean.', 'Map of Guadeloupe', "View of the George Washington Bridge's long span and Manhattan."]);
    expect(r.places).toEqual(['Caribbean', 'George Washington Bridge', 'Guadeloupe', 'Manhattan']);
  });
});
