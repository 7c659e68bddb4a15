import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/dates/index.js';
import { expectNoDate } from './helpers.js';

// MEANTIME sentences: MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.

describe('not dates', () => {
  it.each([
    ['counts', 'Dong was one of no less than 11 Toronto-area candidates who had clandestine support from CCP officials.'],
    ['days counted', 'Both Michaels were detained in China for more than 1,000 days on spying charges.'],
    ['amounts', 'Northrop Grumman won a $23 billion contract, and Ford offered US$78 million for the plant.'],
    ['model numbers', 'Ryanair exercised options on five Boeing 737 aircraft.'],
    ['durations', 'Kovrig and Spavor for months were detained; opposition parties have been for weeks demanding an inquiry.'],
    ['counted durations', 'The index fell 20 percent over the past three years and will recover within 30 days.'],
    ['times of day alone', 'The A380 landed at 6:40 p.m. and the markets opened at 7.'],
    ['now', 'Dong would be now sitting as an independent MP.'],
    ['a year-sized number in a name', 'The Russell 2000 Index of smaller companies dropped by four percent.'],
    ['a year-sized count', 'GM will cut 2000 jobs and close 1800 dealerships.'],
    ['index levels', 'The Nasdaq reached 2020.90 points after gaining 1.59%.'],
    ['a named day', 'US stock markets tumble on Black Monday anniversary'],
    ['words that are abbreviations', 'She sat down with the Sun reporter to march on.'],
  ])('%s', (_label, sentence) => {
    expectNoDate(sentence, '2023-03-23');
  });

  it('no weekday or weekend after publication in past-tense sentences', () => {
    const text =
      'After the story broke, Dong late Wednesday told the House of Commons that he would be stepping away. ' +
      'Over the weekend, the CSIS official said exposing interference must be done to protect the future of the process. ' +
      'This comes after the NDP joined the Trudeau Liberals on Tuesday to vote against a motion that would have compelled an investigation.';
    const found = findDates(text, '2023-03-23');
    expect(found.map((d) => d.value)).toEqual(['2023-03-22', '2023-03-18', '2023-03-21']);
  });

  it('no relative date without a publication date', () => {
    expectNoDate('Dong resigned from the Liberal Party last night, a day after the report on Tuesday.', null);
  });
});
