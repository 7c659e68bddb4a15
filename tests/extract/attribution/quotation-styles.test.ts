/**
 * Styles of quotation: straight, doubled apostrophes (text exported from newspaper systems),
 * backticks, guillemets, British single marks, a quotation running over paragraphs, partial quotes
 * inside reported speech. Wire-style sentences are our own; MEANTIME sentences say so (CC BY 4.0).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, quotesOf } from '../quotes/helpers.js';
import { claimed, quoted } from './helpers.js';

describe('quotation styles', () => {
  it("reads ''two apostrophes'' as quotation marks, with an honorific before the name", () => {
    const q = quotesOf("''We will not back down on the budget,'' Mr. Ortiz said Tuesday.", { people: ['Carlos Ortiz'] });
    expect(quoted(q)).toEqual([['Carlos Ortiz', 'We will not back down on the budget']]);
  });

  it('reads ``backticks`` opening and two apostrophes closing, with a long apposition after the name', () => {
    const q = quotesOf("``It is a disgrace,'' said Maria Lopez, a budget expert and professor of economics at the state university.", {
      people: ['Maria Lopez'],
    });
    expect(quoted(q)).toEqual([['Maria Lopez', 'It is a disgrace']]);
  });

  it('reads « guillemets » with spaces inside', () => {
    const q = quotesOf('The minister was firm. He added: « We stand by every figure in the budget. »', { people: ['Jean Moreau'] });
    expect(quoted(q)).toEqual([[null, 'We stand by every figure in the budget.']]);
  });

  it("reads British 'single marks' and takes the name from the apposition", () => {
    const q = quotesOf("'We will fight this decision in the courts,' the union's general secretary, Mary Lopez, said.", { people: ['Mary Lopez'] });
    expect(quoted(q)).toEqual([['Mary Lopez', 'We will fight this decision in the courts']]);
  });

  it('does not take a plural possessive for a closing single mark', () => {
    const q = quotesOf("The workers' union said it would strike, and the chairman called the offer 'an insult to every member'.", { people: ['Tom Reed'] });
    expect(quoted(q)).toEqual([['the chairman', 'an insult to every member']]);
  });

  it('gives a quotation that opens the paragraph after "X stated," its speaker (GUM, CC BY 2.5)', () => {
    const q = quotesOf('Rathbun stated,\n\n"Daniel was picked up by an investigator in a black car with blacked out windows."', { people: ['Mark Rathbun'] });
    expect(quoted(q)).toEqual([['Mark Rathbun', 'Daniel was picked up by an investigator in a black car with blacked out windows.']]);
  });

  it('keeps a quotation running on into the next paragraph with its speaker', () => {
    const q = quotesOf(
      '"The deficit is larger than the council was told," Ortiz said. "Every department will have to cut.\n\n"We have no other choice this year."',
      { people: ['Carlos Ortiz'] },
    );
    expect(quoted(q)).toEqual([
      ['Carlos Ortiz', 'The deficit is larger than the council was told'],
      ['Carlos Ortiz', 'Every department will have to cut.'],
      ['Carlos Ortiz', 'We have no other choice this year.'],
    ]);
  });

  it('reads partial quotes inside reported speech as a mixed claim', () => {
    const c = claimsOf('Ortiz said "perhaps" the vote "deserves a second look."', { people: ['Carlos Ortiz'] });
    expect(claimed(c)).toEqual([['Carlos Ortiz', 'person', 'said', 'states', '"perhaps" the vote "deserves a second look."']]);
  });

  it('attributes a quotation followed by "- Name" on its own (GUM, CC BY 2.5)', () => {
    const q = quotesOf('"So far, it\'s the Internet: 1, Scientology: 0. But it\'s a long game." - Matthew Ingram', { people: ['Matthew Ingram'] });
    expect(quoted(q)).toEqual([['Matthew Ingram', "So far, it's the Internet: 1, Scientology: 0. But it's a long game."]]);
  });

  it('attributes "X justified his choice by saying, ..." to X (MEANTIME, CC BY 4.0)', () => {
    const q = quotesOf('Ryanair CEO, Michael O\'Leary, justified his choice of Boeing by saying, "The Boeing 737-800 has the best technical reliability."', {
      people: ["Michael O'Leary"],
      organizations: ['Ryanair', 'Boeing'],
    });
    expect(quoted(q)).toEqual([["Michael O'Leary", 'The Boeing 737-800 has the best technical reliability.']]);
  });
});
