// Sentences from GUM (Zeldes 2017): GUM_news_greek (Wikinews, CC BY 2.5), GUM_bio_jerome (Wikipedia,
// CC BY-SA 3.0), GUM_interview_shalev and GUM_interview_peace (Wikinews, CC BY 2.5), shortened; the
// others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('gods, and names given as examples of a kind of people', () => {
  it('"the ancient gods, such as Zeus, Hera, ...": every name of the list is a person', () => {
    const r = names(['Today, about 100,000 Greeks worship the ancient gods, such as Zeus, Hera, Poseidon, Aphrodite, and Athena.']);
    expect(r.people).toEqual(['Aphrodite', 'Athena', 'Hera', 'Poseidon', 'Zeus']);
    expect(r.places).toEqual([]);
  });

  it('"writers like Dostoyevsky and Tolstoy": names listed after a kind of people and "like"', () => {
    const r = names(['As a student he read writers like Dostoyevsky and Tolstoy.']);
    expect(r.people).toEqual(['Dostoyevsky', 'Tolstoy']);
  });

  it('examples of places or companies are no people', () => {
    const r = names(['They visited cities such as Ghent and Bruges.', 'Companies like Acme and Globex gave money.']);
    expect(r.people).toEqual([]);
    expect(r.places).toEqual(['Bruges', 'Ghent']);
  });

  it('a known place listed after a kind of people keeps its kind, and the person beside it stays one', () => {
    const r = names(['Leaders such as Angela Merkel and France pushed for the deal.']);
    expect(r.people).toEqual(['Angela Merkel']);
    expect(r.places).toEqual(['France']);
  });

  it('"devote himself to God", "almost like God": God named inside a sentence is a person', () => {
    const r = names(['He had a vision that led him to lay aside his secular studies and devote himself to God.', "It's almost like God to some extent."]);
    expect(r.people).toEqual(['God']);
  });

  it('"God, I don\'t know!", "God knows", "the Son of God": an oath, or a word of a longer name, names no one', () => {
    const r = names(["God, I don't know!", 'God knows what they will do.', 'He called himself the Son of God.']);
    expect(r.people).toEqual([]);
  });
});
