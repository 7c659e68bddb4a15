// Lines of a reading list from GUM (Zeldes 2017), GUM_interview_mcguire, a Wikinews interview under
// CC BY 2.5; the negatives are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('names written surname first ("Marx, Karl")', () => {
  it('a reading list names each author by surname, and the given names are no second person', () => {
    const r = names([
      'Marx, Karl and Engels, Friedrich. The Communist Manifesto (solo)',
      "Twain, Mark. A Connecticut Yankee in King Arthur's Court (solo)",
      'Macaulay, Thomas Babington.',
    ]);
    // King Arthur, named in the title of a book, is a person of the gold too.
    expect(r.people).toEqual(['Arthur', 'Engels', 'Macaulay', 'Marx', 'Twain']);
  });

  it('a title before a name set off by commas is no surname', () => {
    const r = names(["The bank's CEO, Ken Lewis, said in a statement that the deal was done."]);
    expect(r.people).toEqual(['Ken Lewis']);
  });

  it('places listed with commas are no inverted names, even when one is also a given name', () => {
    const r = names(['The airline flies to Georgia, Virginia and Carolina from its hub.']);
    expect(r.people).toEqual([]);
  });

  it('a given name followed by a verb is a new subject, not the end of an entry', () => {
    const r = names(['After the talks in Amman, Abdullah visited the border crossing.']);
    expect(r.people).toEqual(['Abdullah']);
  });
});
