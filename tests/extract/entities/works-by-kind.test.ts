// Sentences from GUM (Zeldes 2017): GUM_bio_padalecki, GUM_bio_bernoulli and GUM_bio_goode (Wikipedia,
// CC BY-SA 3.0), GUM_interview_cocktail (Wikinews, CC BY 2.5), some shortened; the others are
// written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('titles of works written after the noun of their kind', () => {
  it('a television series and two films are no organisations or places', () => {
    const r = names([
      'He grew up in Texas and rose to fame after appearing on the television series Gilmore Girls as well as the films New York Minute and House of Wax.',
    ]);
    expect(r.organizations).toEqual([]);
    expect(r.places).toEqual(['Texas']);
  });

  it('a book and a newspaper column', () => {
    const r = names([
      "Johann Bernoulli plagiarized some key ideas from Daniel's book Hydrodynamica in his own book Hydraulica.",
      "The beverage was inspired by a neologism coined in advice columnist Dan Savage's column Savage Love.",
    ]);
    expect(r.organizations).toEqual([]);
    expect(r.places).toEqual([]);
    expect(r.people).toEqual(expect.arrayContaining(['Dan Savage', 'Johann Bernoulli']));
  });

  it('a name written after a work noun and also elsewhere keeps its kind', () => {
    const r = names(['The novel Microsoft was published in 2010.', 'Microsoft said its profits rose in the third quarter.']);
    expect(r.organizations).toEqual(['Microsoft']);
  });

  it('a company after a noun that is also a verb is still a company', () => {
    const r = names(['Polls show Ford ahead of its rivals, and the games Nintendo released sold well.']);
    expect(r.organizations).toContain('Nintendo');
  });
});
