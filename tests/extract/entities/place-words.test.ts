// Words of sites and of foreign place names (src/extract/entities/place-words.ts). Quoted, some
// shortened: GUM (Zeldes 2017), GUM_bio_hadid, GUM_bio_galois (Wikipedia, CC BY-SA 3.0),
// GUM_voyage_chatham, GUM_voyage_merida, GUM_voyage_phoenix (Wikivoyage, CC BY-SA 3.0),
// GUM_interview_shalev (Wikinews, CC BY 2.5); the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('the last words of a site make a place', () => {
  it('an opera house, a resort and a reserve (GUM_bio_hadid, GUM_voyage_phoenix, GUM_voyage_chatham)', () => {
    const r = names([
      'Her buildings include the Guangzhou Opera House in China.',
      'The #44 bus goes north to the Desert Ridge Marriott Resort in Deer Valley.',
      'Henga Scenic Reserve. Set adjacent to Henga Lodge, the reserve has a beach.',
    ]);
    expect(r.places).toEqual(['China', 'Deer Valley', 'Desert Ridge Marriott Resort', 'Guangzhou Opera House', 'Henga Lodge', 'Henga Scenic Reserve']);
    expect(r.organizations).toEqual([]);
  });
});

describe('the first word of a foreign place name makes a place', () => {
  it('a cathedral, a hospital, a kibbutz (GUM_voyage_merida, GUM_bio_galois, GUM_interview_shalev)', () => {
    const r = names([
      'The Catedral de San Ildefonso stands on the main square.',
      "He died the following morning at ten o'clock in the Hôpital Cochin.",
      'Shalev is an Israeli mathematician and writer born in 1958 in Kibbutz Kinneret.',
    ]);
    expect(r.places).toEqual(['Catedral de San Ildefonso', 'Hôpital Cochin', 'Kibbutz Kinneret']);
  });
});

describe('a creek is a place, even after a title word', () => {
  it('a town named like a queen (GUM_voyage_phoenix)', () => {
    const r = names(['Exurbs such as Apache Junction, Fountain Hills, Queen Creek, and Sun City are growing.']);
    expect(r.places).toEqual(['Apache Junction', 'Fountain Hills', 'Queen Creek', 'Sun City']);
    expect(r.people).toEqual([]);
  });
});

describe('no place is made of these words elsewhere', () => {
  it('"House" and "Reserve" of bodies, a foreign word alone', () => {
    const r = names(['The Federal Reserve raised rates, and the White House said nothing.', 'He met the Campus director.']);
    expect(r.places).toEqual([]);
  });
});
