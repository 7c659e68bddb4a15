/** Sources that are not people: documents, records, polls, campaigns, groups. Wire-style sentences are our own. */
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../quotes/helpers.js';
import { claimed } from './helpers.js';

describe('documents, polls and groups as sources', () => {
  it('"The agency\'s logs indicate that ..."', () => {
    const c = claimsOf("The agency's logs indicate that the alarm was switched off twice that night.");
    expect(claimed(c)).toEqual([["agency's logs", 'document', 'indicate', 'reports', 'the alarm was switched off twice that night']]);
  });

  it('"The report noted that ..."', () => {
    const c = claimsOf('The report noted that inspections had fallen by half since 2019.');
    expect(claimed(c)).toEqual([['report', 'document', 'noted', 'states', 'inspections had fallen by half since 2019']]);
  });

  it('"according to a survey by two newspapers"', () => {
    const c = claimsOf("The governor's approval has dropped to 38 percent, according to a survey by two newspapers.");
    expect(claimed(c)).toEqual([['survey by two newspapers', 'poll', 'according to', 'states', "The governor's approval has dropped to 38 percent"]]);
  });

  it('"filings released Monday show ..." without "that"', () => {
    const c = claimsOf('Filings released Monday show the campaign spent more than it raised in March.');
    expect(claimed(c)).toEqual([['Filings released Monday', 'document', 'show', 'reports', 'the campaign spent more than it raised in March']]);
  });

  it('"a recent poll found ..." after another attribution in the sentence (GUM, CC BY 2.5)', () => {
    const c = claimsOf(
      'The New Zealand government intends to hold two referendums to reach a verdict on the flag, although a recent poll found only a quarter of citizens favoured changing the flag.',
      { organizations: ['New Zealand'] },
    );
    expect(claimed(c)).toEqual([
      ['The New Zealand government', 'organisation', 'intends', 'plans', 'to hold two referendums to reach a verdict on the flag'],
      ['recent poll', 'poll', 'found', 'reports', 'only a quarter of citizens favoured changing the flag'],
    ]);
  });

  it('"Recent reports have revealed that ..." is the reports, not a name (GUM, CC BY 2.5)', () => {
    const c = claimsOf('Recent reports have revealed that a defector was first persuaded to travel back to a management building.');
    expect(claimed(c)).toEqual([
      ['Recent reports', 'document', 'revealed', 'reports', 'a defector was first persuaded to travel back to a management building'],
    ]);
  });

  it('"His campaign announced that ..."', () => {
    const c = claimsOf('His campaign announced that it would stop running television ads in the state.');
    expect(claimed(c)).toEqual([['His campaign', 'organisation', 'announced', 'announces', 'it would stop running television ads in the state']]);
  });

  it('"Sixty percent of voters say ..." is a group', () => {
    const c = claimsOf('Sixty percent of voters say the economy is the most important issue.');
    expect(claimed(c)).toEqual([['Sixty percent of voters', 'group', 'say', 'states', 'the economy is the most important issue']]);
  });

  it('a document named by its owner resolves to the owner (seed style)', () => {
    const c = claimsOf('A Global News report stated that the money was moved through a proxy.', { organizations: ['Global News'] });
    expect(claimed(c)).toEqual([['Global News', 'organisation', 'stated', 'states', 'the money was moved through a proxy']]);
  });
});
