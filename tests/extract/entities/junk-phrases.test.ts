// Sentences from GUM (Zeldes 2017): GUM_bio_holt, GUM_bio_gordon, GUM_bio_bernoulli (Wikipedia,
// CC BY-SA 3.0), GUM_news_warhol and GUM_interview_anemone (Wikinews, CC BY 2.5), shortened; the
// others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe("phrases no person's name can be, whatever a given name inside them says", () => {
  it('a team "of" its league is no person', () => {
    const r = names(['Brock Wyatt Holt is an American professional baseball outfielder for the Boston Red Sox of Major League Baseball (MLB).']);
    expect(r.people).toEqual(['Brock Wyatt Holt']);
  });

  it('a museum named for two donors is no person', () => {
    const r = names(['There is an Edward Steichen exhibit at the Mary & Leigh Block Museum of Art at Northwestern University.']);
    expect(r.people).toEqual(['Edward Steichen']);
  });

  it('a common word before "of" heads no person\'s name ("History of Peter", "One of Gordon\'s")', () => {
    const r = names([
      'His kinsman Alexander Gordon of Auchintoul was the author of "The History of Peter the Great".',
      "One of Gordon's greatest achievements was securing permission from the Tsars.",
    ]);
    expect(r.people).toEqual(['Alexander Gordon']);
  });

  it('"the Ross Ice Shelf": an ice shelf is a place', () => {
    const r = names(['This map shows the location of the Ross Ice Shelf in the Antarctic.']);
    expect(r.people).toEqual([]);
    expect(r.places).toEqual(['Antarctic', 'Ross Ice Shelf']);
  });

  it('a given name that is a word of places stays a person\'s ("Brook Taylor")', () => {
    const r = names(["He studied the solutions given by Brook Taylor and by Jean le Rond d'Alembert."]);
    expect(r.people).toEqual(['Brook Taylor']);
  });

  it('"Wikinews interviews Marymegan Daly": the one interviewed is a person', () => {
    const r = names(['Wikinews interviews Marymegan Daly on unusual new sea anemone.']);
    expect(r.people).toEqual(['Marymegan Daly']);
  });
});
