// Kind of error: buildings, sites and roads typed as organisations or people. Most annotators
// (GUM, CoNLL) call museums, hotels, mosques, cemeteries, markets, roads and natural features places.
// GUM sentences: Zeldes 2017, CC BY 2.5 (Wikinews) / CC BY-SA 3.0 (Wikipedia, Wikivoyage).
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('buildings, sites and roads are places', () => {
  it('a hotel and a mosque are places (GUM news_stampede)', () => {
    const r = names(['Pilgrims staying at the Al-Ghaza Hotel walked to the Grand Mosque in Mecca.']);
    expect(r.places).toEqual(['Al-Ghaza Hotel', 'Grand Mosque', 'Mecca']);
    expect(r.organizations).toEqual([]);
  });

  it('a cemetery and a museum are places (GUM bio_galois, bio_hadid)', () => {
    const r = names(['He was buried in Montparnasse Cemetery.', 'She designed the Broad Art Museum in Michigan.']);
    expect(r.places).toEqual(['Broad Art Museum', 'Michigan', 'Montparnasse Cemetery']);
    expect(r.organizations).toEqual([]);
  });

  it('"Museum of X" and "Gulf of X" are places', () => {
    const r = names(['The Museum of Flight lent the plane, which was then flown over the Gulf of Mexico.']);
    expect(r.places).toEqual(['Gulf of Mexico', 'Museum of Flight']);
    expect(r.organizations).toEqual([]);
  });

  it('turnpikes and expressways are places, not people (GUM voyage_tulsa)', () => {
    const r = names(['Take the Turner Turnpike to Oklahoma City or the Cimarron Turnpike to Stillwater.']);
    expect(r.people).toEqual([]);
    expect(r.places).toEqual(expect.arrayContaining(['Cimarron Turnpike', 'Turner Turnpike']));
  });

  it('a surname that is also a place word stays a person', () => {
    const r = names(['Commentator Marc Lamont Hill said the boy had been treated unfairly.']);
    expect(r.people).toEqual(['Marc Lamont Hill']);
    expect(r.places).toEqual([]);
  });
});

describe('an unknown town named after "in" or "near"', () => {
  it('is a place, not an organisation (GUM voyage_fortlee)', () => {
    const r = names(['There are more shops in Edgewater, and a ferry leaves from a pier near Weehawken.', 'Edgewater has a large supermarket.']);
    expect(r.places).toEqual(['Edgewater', 'Weehawken']);
    expect(r.organizations).toEqual([]);
  });

  it('a field of study one works in is no place (GUM bio_nida)', () => {
    const r = names(['He earned his doctorate in Linguistics and later taught Methodology.', 'Linguistics was his life.']);
    expect(r.places).toEqual([]);
  });
});
