import { describe, expect, it } from 'vitest';
import { names, doc } from './helpers.js';
import { extractEntities } from '../../../src/extract/entities/index.js';
import { ingest } from '../../../src/ingest/index.js';

describe('places', () => {
  it('finds countries and cities, not the demonyms (LifeSiteNews)', () => {
    const r = names(['Tensions between China and Canada have been running at all-time highs since the 2019 arrest of a Chinese executive in Vancouver.']);
    expect(r.places).toEqual(['Canada', 'China', 'Vancouver']);
  });

  it('normalises the dateline OTTAWA → Ottawa and keeps the outlet as an organisation (LifeSiteNews)', () => {
    const text = 'date 2023-03-23 Summary line.\n\nOTTAWA (LifeSiteNews) –– Canadian MP Han Dong resigned from the Liberal Party last night.\n';
    const r = extractEntities(ingest('000.txt', Buffer.from(text)));
    expect(r.places.map((p) => p.name)).toContain('Ottawa');
    expect(r.organizations.map((o) => o.name)).toContain('LifeSiteNews');
  });

  it('names the country of a wire-service dateline too, with the dateline as evidence (written for this test)', () => {
    const text =
      'SOCCER - JAPAN WIN OPENER .\n\nAL-AIN , United Arab Emirates 1996-12-06\n\nJapan began the defence of their Asian Cup title with a 2-1 win against Syria on Friday .\n';
    const r = extractEntities(ingest('000.txt', Buffer.from(text)));
    expect(r.places.map((p) => p.name)).toEqual(['Al-Ain', 'United Arab Emirates', 'Japan', 'Syria']);
    expect(r.places[1].sentences).toEqual(['AL-AIN , United Arab Emirates 1996-12-06']);
  });

  it('an abbreviated state after the city is not made a place of its own', () => {
    const text = 'Apple shows a new phone\n\nCUPERTINO, Calif. (AP) — Apple showed a new phone on Tuesday.\n';
    const r = extractEntities(ingest('000.txt', Buffer.from(text)));
    expect(r.places.map((p) => p.name)).toEqual(['Cupertino']);
  });

  it('a name before a place noun in lower case is a place: "the Moscone West center" (MEANTIME 116)', () => {
    // MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
    const r = names([
      "At the company's own Worldwide Developers Conference (WWDC) keynote at the Moscone West center in San Francisco, Apple CEO Steve Jobs introduced the next generation of software products from Apple.",
    ]);
    expect(r.places).toEqual(['Moscone West', 'San Francisco']);
    expect(r.organizations).not.toContain('Moscone West');
  });

  it('links a city to "city, state" (MEANTIME 013)', () => {
    // MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
    const r = names(['Apple Computer held a special event at the California Theater in San Jose, California today.']);
    const sj = r.raw.places.find((p) => p.name === 'San Jose')!;
    expect(sj.aliases).toContain('San Jose, California');
    expect(r.places).toContain('California');
  });

  it('reads "the United States" and "US" as one place', () => {
    const r = extractEntities(doc(['Car sales in the United States fell 37 percent in November.', 'US automakers asked Congress for a loan.']));
    const us = r.places.find((p) => p.name === 'United States')!;
    expect(us.aliases).toContain('US');
    expect(r.places).toHaveLength(1);
  });

  it('reads "City, State" and "St. X" places (MEANTIME 058, 017)', () => {
    // MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
    const r = names(['This imperils the Northrop Grumman and EADS North America plan to assemble the planes in Mobile, Alabama.']);
    expect(r.places).toEqual(['Alabama', 'Mobile']);
    expect(r.raw.places.find((p) => p.name === 'Mobile')!.aliases).toEqual(['Mobile, Alabama']);
    const s = names(['To accomplish this 30,000 jobs will be cut.', 'By the end of this year, the Atlanta and St. Louis plants will be closed.']);
    expect(s.places).toEqual(['Atlanta', 'St. Louis']);
    expect(s.organizations).toEqual([]);
  });

  it('joins "X airport" to "X Airport" (MEANTIME 043)', () => {
    // MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
    const r = names([
      'The Airbus A380 superjumbo of Thai Airways International was damaged at Suvarnabhumi Airport in Bangkok, Thailand.',
      'It also demonstrates continuing problems at Suvarnabhumi airport, which has suffered various incidents since it opened last September.',
    ]);
    expect(r.places).toEqual(['Bangkok', 'Suvarnabhumi Airport', 'Thailand']);
  });
});

// Sentences from GUM (Zeldes 2017), Wikivoyage under CC BY-SA 3.0 (GUM_voyage_phoenix, GUM_voyage_isfahan).
describe('unknown towns by their neighbours and place nouns', () => {
  it('names listed with places are places, not organisations (GUM_voyage_phoenix)', () => {
    const r = names([
      'The neighboring cities of Scottsdale, Tempe, Glendale, Peoria, Chandler, and Gilbert form one metro area.',
      'Glendale and Peoria have stadiums.',
    ]);
    expect(r.organizations).toEqual([]);
    expect(r.places).toEqual(expect.arrayContaining(['Glendale', 'Peoria', 'Scottsdale', 'Tempe']));
  });

  it('"the capital of X" makes X a place (GUM_voyage_isfahan)', () => {
    const r = names([
      'An ancient town and capital of Persia from 1598 to 1722, it was long one of the largest cities.',
      'The shah forced the Armenians to move to Persia.',
    ]);
    expect(r.places).toEqual(['Persia']);
    expect(r.organizations).toEqual([]);
  });

  it('a company listed with companies stays one', () => {
    const r = names(['Sales at Ford, Chrysler and Toyota fell, and Chrysler cut jobs.', 'Chrysler said more cuts would come.']);
    expect(r.organizations).toEqual(expect.arrayContaining(['Chrysler']));
    expect(r.places).toEqual([]);
  });
});

// MEANTIME (Minard et al. 2016), Wikinews, CC BY 4.0 (058); GUM_news_ozone (Wikinews, CC BY 2.5).
describe('the country written before its body', () => {
  it('"the U.S. Air Force", "The U.S. Department of Agriculture": the body and the country (MEANTIME 058, GUM_news_ozone)', () => {
    const r = names([
      'The Government Accountability Office called for a re-run of the bidding for the U.S. Air Force tanker contract.',
      'The U.S. Department of Agriculture notes that ozone harms crops.',
    ]);
    expect(r.places).toEqual(['U.S.']);
    expect(r.organizations).toEqual(expect.arrayContaining(['U.S. Air Force', 'U.S. Department of Agriculture']));
  });

  it('a country before a word that is no body is no separate name', () => {
    expect(names(['He wrote about US foreign policy for years.']).organizations).toEqual([]);
  });
});

// GUM (Zeldes 2017), Wikivoyage under CC BY-SA 3.0 (GUM_voyage_coron).
describe('places the lexicon tags as peoples', () => {
  it('"Philippines" is a place, "Filipinos" a people (GUM_voyage_coron)', () => {
    expect(names(['Coron is in the province of Palawan, Philippines on Busuanga Island.']).places).toEqual(expect.arrayContaining(['Philippines']));
    expect(names(['Many Filipinos and Swedes live there, near the Alps.']).places).toEqual(['Alps']);
  });
});
