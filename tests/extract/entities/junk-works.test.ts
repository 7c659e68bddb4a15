// Sentences from GUM (Zeldes 2017): GUM_interview_brotherhood and GUM_news_election (Wikinews,
// CC BY 2.5), GUM_bio_marbles and GUM_bio_fillmore (Wikipedia, CC BY-SA 3.0), GUM_bio_galois
// (Wikipedia, CC BY-SA 3.0), some shortened; the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('shows, lectures and collections named after people are no people', () => {
  it('a magic show named after a magician', () => {
    const r = names([
      'After I was inducted as International President in Phoenix in July, I have been to the Jeff McBride Experience in Eureka Springs, Arkansas, and Magic Live in Las Vegas.',
    ]);
    expect(r.people).toEqual([]);
  });

  it('a podcast named after its hosts', () => {
    const r = names(['Marbles does a weekly podcast with her boyfriend Julien Solomita called "The Jenna Julien Podcast".']);
    expect(r.people).toEqual(['Julien Solomita']);
  });

  it('lectures named after a place', () => {
    const r = names([
      'Charles J. Fillmore was an American linguist.',
      "Around the same time, Fillmore's Santa Cruz Lectures on Deixis, delivered in 1971 and published in 1975, contributed to establishing the field of linguistic pragmatics.",
    ]);
    expect(r.people).toEqual(['Charles J. Fillmore']);
  });

  it('a person named Story or Collins is still a person (the tail must end a title, not a surname)', () => {
    const r = names(['Justice Joseph Story wrote the opinion, and Judge Anne Collins agreed.']);
    expect(r.people).toEqual(['Anne Collins', 'Joseph Story']);
  });
});

describe('letters, stances and syllables', () => {
  it('initials alone name no one', () => {
    const r = names(['Newspaper clippings give a description of his opponent, identified by the initials "L. D.", and of the duel.']);
    expect(r.people).toEqual([]);
  });

  it('a camp before a name is no part of it, and a romanised given name keeps its syllables', () => {
    const r = names([
      "Pan-democrat Lam Cheuk-ting from the Democratic Party and localist group Youngspiration's Baggio Leung were successfully elected newcomers.",
      'In the New Territories East geographical constituency, Raymond Chan of People Power, and Leung Kwok-hung of LSD were successfully elected.',
    ]);
    expect(r.people).toEqual(['Baggio Leung', 'Lam Cheuk-ting', 'Leung Kwok-hung', 'Raymond Chan']);
  });
});
