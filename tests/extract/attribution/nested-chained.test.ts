/** Nested and chained attributions: "according to X, Y believes", "X reported that sources told them". */
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../quotes/helpers.js';
import { claimed } from './helpers.js';

describe('nested and chained attributions', () => {
  it('"According to ABC News, Basya also believes ..." is Basya\'s, through ABC News (GUM, CC BY 2.5)', () => {
    const c = claimsOf('According to ABC News, Basya also believes the asylum seekers found in the water may have left the boat on purpose.', {
      people: ['Fuad Basya'],
      organizations: ['ABC News'],
    });
    expect(claimed(c)).toEqual([['Fuad Basya', 'person', 'believes', 'believes', 'the asylum seekers found in the water may have left the boat on purpose']]);
    expect(c[0].via).toBe('ABC News');
  });

  it('"X reported that sources told them that ..." is an allegation by X through the sources', () => {
    const c = claimsOf('The newspaper reported that two senior officials told them that the contract had been signed in secret.', {});
    expect(claimed(c)).toEqual([['The newspaper', 'organisation', 'reported', 'alleges', 'the contract had been signed in secret']]);
    expect(c[0].via).toBe('two senior officials');
  });

  it('"told reporters that he felt ..." keeps what was said, not the belief alone (MEANTIME, CC BY 4.0)', () => {
    const c = claimsOf('Djamal told reporters that he felt the best option was the lifting of the ban.', { people: ['Jusman Syafii Djamal'] });
    expect(claimed(c)).toEqual([['Jusman Syafii Djamal', 'person', 'told', 'states', 'he felt the best option was the lifting of the ban']]);
  });

  it('"Citing privacy rules, ..." is no source', () => {
    const c = claimsOf('Citing privacy rules, Afghan Ambassador Hamdullah Mohib says there were concerns they would attempt to remain.', {
      people: ['Hamdullah Mohib'],
    });
    expect(claimed(c)).toEqual([['Hamdullah Mohib', 'person', 'says', 'states', 'there were concerns they would attempt to remain']]);
  });
});
