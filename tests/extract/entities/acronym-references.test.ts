/**
 * Letters that are no body: an acronym before a number cites a page or a form, a roman numeral
 * numbers an article, letters between commas after a name are post-nominal, a legal form alone
 * names nothing; and a place named with "and" heads a court's name. Sentences from GUM court
 * hearings (CC BY 4.0) and GUM_news_homeopathy (Wikinews, CC BY 2.5), Zeldes 2017.
 */
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('letters that name no body', () => {
  it('takes no acronym before a page number, and no roman numeral, for an organisation', () => {
    // GUM_court_loan (038).
    const r = names(["The states' bare disagreement with this policy is not the sort of concrete injury that Article III demands.", 'This appears at JA 261.']);
    expect(r.organizations).toEqual([]);
  });

  it('still takes an acronym that acts as a body, with a number elsewhere in the sentence', () => {
    const r = names(['The case was sent to the FBI in 2019, and the FBI said it had 12 agents on it.']);
    expect(r.organizations).toEqual(['FBI']);
  });

  it('takes no post-nominal letters between commas for an organisation', () => {
    // GUM_news_homeopathy (068).
    const r = names(["Speaking in the parents' defense, Tom Molomby, SC, said that they should be declared not guilty."]);
    expect(r.organizations).toEqual([]);
    expect(r.people).toEqual(['Tom Molomby']);
  });

  it('takes no legal form alone for an organisation', () => {
    // GUM_court_lottery (039).
    const r = names([
      'For the appellant, Atlantic Lottery Corporation, Inc.: Julie Rosenthal and Mike Eizenga.',
      'Atlantic Lottery Corporation, Inc. appealed the ruling.',
    ]);
    expect(r.organizations).toEqual(['Atlantic Lottery Corporation']);
  });

  it('keeps a place named with "and" whole before a court\'s name', () => {
    // GUM_court_lottery (039).
    const r = names(['And therefore what the Newfoundland and Labrador Court of Appeal did is nothing out of the ordinary.']);
    expect(r.organizations).toEqual(['Newfoundland and Labrador Court of Appeal']);
  });
});
