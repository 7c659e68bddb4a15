// Lines 2-4 of the guide after GUM (Zeldes 2017), GUM_voyage_guadeloupe (Wikivoyage, CC BY-SA 3.0),
// the last one shortened; its first line and the match report
// is written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('in a text about places, the shape of a name alone makes no person', () => {
  it('the islands and towns of a travel guide are not people', () => {
    const r = names([
      'Guadeloupe is an archipelago in the Caribbean, south of Antigua and north of Dominica, close to Montserrat and Martinique.',
      'Basse Terre: green and lush vegetation, mountainous with a sulphuric volcano.',
      'Grande Terre: flat and dry with a lot of beaches, some of them very touristic.',
      'Anse Bertrand, not far from there, you can visit the northern point of mainland Guadeloupe near Porto Rico, Barbados and Saint Lucia.',
    ]);
    expect(r.people).toEqual([]);
  });

  it('a match report keeps the players it names by shape alone', () => {
    const r = names([
      'Belgium beat Panama 3-0 in Sochi on Monday.',
      'Thibaut Courtois kept a clean sheet, and Yannick Carrasco scored the first goal just after half-time.',
    ]);
    expect(r.people).toEqual(['Thibaut Courtois', 'Yannick Carrasco']);
  });
});
