import { describe, it } from 'vitest';
import { expectDate } from './helpers.js';

// Sentences from the seed articles (published Thursday 2023-03-23 and Friday 2023-03-24) and,
// where marked, from the MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.

const SEED_000 = '2023-03-23';

describe('relative dates count back from publication', () => {
  it('last night / yesterday afternoon / late Wednesday → the day before', () => {
    expectDate('Canadian MP Han Dong resigned from the Liberal Party last night only hours after a news report broke.', SEED_000, 'last night', '2023-03-22');
    expectDate(
      'Yesterday afternoon, Global News broke a story reporting that two national security sources told them.',
      SEED_000,
      'Yesterday afternoon',
      '2023-03-22',
    );
    expectDate(
      'After the story broke, Dong late Wednesday told the House of Commons that he would be stepping away.',
      SEED_000,
      'late Wednesday',
      '2023-03-22',
    );
  });

  it('an unqualified weekday is the one before publication', () => {
    expectDate(
      'Interestingly, this comes after the NDP joined the Trudeau Liberals on Tuesday in the House of Commons to vote against a CPC motion that would have compelled a broad investigation.',
      SEED_000,
      'on Tuesday',
      '2023-03-21',
    );
  });

  it('the weekday of publication is the day itself (MEANTIME)', () => {
    expectDate(
      'Apple Computer CEO Steve Jobs gave the opening keynote on Monday at the Worldwide Developers Conference.',
      '2005-06-06',
      'on Monday',
      '2005-06-06',
    );
  });

  it('a weekday in a clause about the future is the next one (MEANTIME)', () => {
    expectDate('The trial is set to begin on Wednesday in the Royal Courts of Justice, located in central London.', '2006-03-28', 'on Wednesday', '2006-03-29');
    expectDate('Russian markets to remain closed until Friday', '2008-09-18', 'Friday', '2008-09-19');
  });

  it('"Over the weekend" is the weekend before a Thursday', () => {
    expectDate(
      'Over the weekend, the CSIS official who has been steadily leaking confidential information to the media said exposing interference must be done.',
      SEED_000,
      'Over the weekend',
      '2023-03-18',
      '2023-03-19',
    );
  });

  it('a month without a year is the one before publication', () => {
    expectDate(
      'In February, Trudeau defended Dong after allegations arose that he had benefited from alleged Chinese election interference.',
      SEED_000,
      'February',
      '2023-02',
    );
    expectDate(
      'Trudeau said back in February when he defended Dong following a report that the MP might have been compromised.',
      '2023-03-24',
      'February',
      '2023-02',
    );
    expectDate('In November the company lost money on every car it sold.', SEED_000, 'November', '2022-11');
  });

  it('a month in a clause about the future is the next one (MEANTIME)', () => {
    expectDate('The transaction should be completed in October.', '2009-06-05', 'October', '2009-10');
  });

  it('a day without a year follows the tense (MEANTIME)', () => {
    expectDate(
      'On February 17 when the Globe and Mail, citing CSIS documents, reported that an orchestrated machine was operating in Canada.',
      SEED_000,
      'February 17',
      '2023-02-17',
    );
    expectDate('Apple Computer announced today another special event to be held on October 12.', '2005-10-04', 'October 12', '2005-10-12');
  });

  it('this month, this year, last week, today', () => {
    expectDate('This month, he appointed an independent special rapporteur to look into the reports.', '2023-03-24', 'This month', '2023-03');
    expectDate('The airline said it expects to take delivery of the aircraft this year.', '2007-12-20', 'this year', '2007');
    expectDate('Boeing said last week that it would deliver the first aircraft in 2008.', '2004-11-24', 'last week', '2004-11-15', '2004-11-21');
    expectDate('Today, there will be a vote in the House of Commons in the afternoon.', SEED_000, 'Today', '2023-03-23');
  });

  it('late, early and the end of a period keep its granularity', () => {
    expectDate('Ford expects to return to profitability by the end of this year.', '2006-01-23', 'the end of this year', '2006');
    expectDate('The company was formed in late 2006 after a merger.', '2007-09-08', 'late 2006', '2006');
    expectDate(
      "Dealerships whose franchises won't be renewed after October of next year will receive a letter.",
      '2009-05-15',
      'October of next year',
      '2010-10',
    );
  });
});
