// Sentences from GUM (Zeldes 2017): GUM_bio_hadid (Wikipedia, CC BY-SA 3.0) and GUM_news_defector
// (Wikinews, CC BY 2.5); the negative is written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('newspapers and magazines are organisations', () => {
  it('"The Guardian of London": the newspaper, then its city', () => {
    const r = names([
      'She was described by The Guardian of London as the \'Queen of the curve\', who "liberated architectural geometry, giving it a whole new expressive identity."',
    ]);
    expect(r.organizations).toEqual(['Guardian']);
    expect(r.places).toEqual(['London']);
  });

  it('a weekly told something is a magazine, not a person', () => {
    const r = names([
      "Steve Whitmore, a representative for the LA Sheriff's office, told LA Weekly in a statement that the case involving Montalvo was being dealt with as charges relating to grand theft.",
      'Whitmore stated to LA Weekly that the alleged crime involved five hard drives each of $ 200 in value.',
    ]);
    expect(r.organizations).toEqual(['LA Weekly']);
    expect(r.people).toEqual(['Steve Whitmore']);
  });

  it('a journal named for its country keeps its "of"', () => {
    const r = names(['The study was published in the Medical Journal of Australia on Monday.']);
    expect(r.organizations).toEqual(['Medical Journal of Australia']);
  });
});

describe('an outlet named only at the start of its sentences', () => {
  it('a coined name that speaks with and interviews people is an organisation (GUM_interview_brotherhood, Wikinews, CC BY 2.5)', () => {
    const r = names(['Wikinews spoke with William Evans, president of the International Brotherhood of Magicians, about the current state of magic.']);
    expect(r.organizations).toEqual(['International Brotherhood of Magicians', 'Wikinews']);
    expect(r.people).toEqual(['William Evans']);
  });

  it('a surname that says something is not made an organisation', () => {
    const r = names(['Jafari said the school had called the police.']);
    expect(r.organizations).toEqual([]);
  });
});
