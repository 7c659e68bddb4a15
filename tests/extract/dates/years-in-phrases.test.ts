import { describe, it } from 'vitest';
import { expectDate } from './helpers.js';

// MEANTIME sentences: MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.

describe('years inside phrases', () => {
  it('a year before a noun', () => {
    expectDate('Tensions have been running at all-time highs since the 2019 arrest of Meng Wanzhou.', '2023-03-23', '2019', '2019');
    expectDate('The CCP was in favor of having the Liberals win the 2021 federal election.', '2023-03-23', '2021', '2021');
  });

  it('a year after a preposition', () => {
    expectDate('All three were released in 2021 to their homelands.', '2023-03-23', '2021', '2021');
    expectDate('General Motors posted its first annual loss since 1992.', '2006-01-27', '1992', '1992');
  });

  it('a year with an apostrophe', () => {
    expectDate("Asian stock markets slide; Nikkei at lowest level since '82", '2008-10-27', "'82", '1982');
  });

  it('a year with an edge word', () => {
    expectDate('Mac OS X Lion is to be released in mid-2011.', '2010-10-23', 'mid-2011', '2011');
  });
});
