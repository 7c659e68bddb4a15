// Sentences from GUM (Zeldes 2017): GUM_voyage_isfahan, GUM_voyage_york, GUM_voyage_coron
// (Wikivoyage, CC BY-SA 3.0), GUM_news_election and GUM_news_batman (Wikinews, CC BY 2.5),
// GUM_bio_enfant (Wikipedia, CC BY-SA 3.0); the negatives are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('kinds and beliefs are no organisations', () => {
  it('"a UNESCO World Heritage Site" is a kind of place, not a body', () => {
    const r = names([
      'The square is the largest historical public square in the world after Tiananmen Square in Beijing and it is a UNESCO World Heritage Site.',
    ]);
    expect(r.organizations).toEqual([]);
    expect(r.places).toEqual(['Beijing', 'Tiananmen Square']);
  });

  it('a company after "an" is still a company when its name says so', () => {
    const r = names(['She flew home on an Air Canada flight and read a New York Times article.']);
    expect(r.organizations).toEqual(['Air Canada', 'New York Times']);
  });

  it('a religion or a movement of belief is no organisation', () => {
    const r = names(["While L'Enfant was in New York City, he was initiated into Freemasonry.", 'He had converted to Islam as a young man.']);
    expect(r.organizations).toEqual([]);
  });
});

describe('natural features and districts are places', () => {
  it('a river, a cave and a municipality', () => {
    const r = names([
      'York was known as Eboracum by the Romans, who founded the fortress city on the River Ouse in the year 71.',
      "Players are dropped down a secret elevator in Bruce Wayne's manor, to the Bat Cave, to suit up.",
      'On September 12, 1992, Coron was finally reduced by the official creation of the Municipality of Culion.',
    ]);
    expect(r.places).toEqual(expect.arrayContaining(['Bat Cave', 'Municipality of Culion', 'River Ouse', 'York']));
    expect(r.organizations).toEqual([]);
  });

  it('a constituency named by a place and a compass point', () => {
    const r = names(['In the Kowloon East geographical constituency, pro-Beijing district councillor Wilson Or was elected with 51,516 votes.']);
    expect(r.places).toContain('Kowloon East');
    expect(r.organizations).toEqual([]);
  });
});
