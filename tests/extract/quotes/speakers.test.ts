// Sentences marked MEANTIME come from the MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
import { describe, expect, it } from 'vitest';
import { quotesOf, said } from './helpers.js';

describe('speaker resolution', () => {
  it('resolves "He" to the person who spoke in the sentence before, not to a possessive', () => {
    const q = quotesOf(
      'Former Canadian ambassador to China, David Mulroney, told LifeSiteNews recently that Trudeau’s opposition to launching a full independent public inquiry into alleged interference in Canada’s elections by China only serves to embolden the communist regime.\n\n' +
        'He said Trudeau’s inaction “ignores the seriousness of foreign interference of any extent and makes a mockery of the government’s responsibility to protect the democratic rights of every Canadian.”',
      { people: ['David Mulroney', 'Justin Trudeau'], organizations: ['LifeSiteNews'] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['David Mulroney']);
  });

  it('finds the full name in the article when the names list lacks it ("Dong" → "Han Dong")', () => {
    const q = quotesOf(
      'Canadian MP Han Dong resigned from the Liberal Party last night.\n\n' +
        '“I raised the status of Michael Spavor and Michael Kovrig and called for their immediate release,” Dong told the news outlet.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Han Dong']);
  });

  it('strips titles: "NDP Leader Jagmeet Singh" → "Jagmeet Singh"', () => {
    const q = quotesOf(
      'NDP Leader Jagmeet Singh, meanwhile, called for Dong to be removed from the Liberal caucus pending an investigation of the "extremely serious allegations."',
      { people: ['Jagmeet Singh', 'Han Dong'], organizations: ['NDP'] },
    );
    expect(said(q)).toEqual([['Jagmeet Singh', 'extremely serious allegations.']]);
  });

  it('reads an organisation through the paper that cites documents', () => {
    const q = quotesOf(
      'On February 17 when the Globe and Mail, citing CSIS documents, reported that “an orchestrated machine was operating in Canada with two primary aims: to ensure that a minority Liberal government was returned in 2021, and that certain Conservative candidates identified by China were defeated.”',
      { organizations: ['Globe and Mail', 'CSIS'] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Globe and Mail']);
  });

  it('takes the name after a role written in lower case (MEANTIME)', () => {
    const q = quotesOf(
      'Speaking for Apple Corps, manager Neil Aspinall said, "with great respect to the trial judge, we consider he has reached the wrong conclusion."',
      {
        organizations: ['Apple Corps'],
      },
    );
    expect(said(q)).toEqual([['Neil Aspinall', 'with great respect to the trial judge, we consider he has reached the wrong conclusion.']]);
  });

  it('takes the name after a long title (MEANTIME)', () => {
    const q = quotesOf(
      'Assistant Secretary of the Air Force for Acquisition Marvin Sambur defended the Air Force\'s exclusive consideration of Boeing, saying, "This was not a competitive bid process. The Air Force was ordered by Congress to work with Boeing on the new tanker program."',
      { organizations: ['Air Force', 'Boeing', 'Congress'] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Marvin Sambur']);
  });

  it('keeps an unnamed source as written (MEANTIME)', () => {
    const q = quotesOf(
      '"We expect this to be a very short, 30-to-60-day bankruptcy process, during which the company will function normally," a top administration official said.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['a top administration official']);
  });

  it('takes the name after "said <description>," (MEANTIME)', () => {
    const q = quotesOf(
      '"It\'s hard to say if it\'s enough... but the stock is reacting nicely, which is further verification that this is a favorable restructuring move and a much-needed one at Chrysler," said chief investment officer at Solaris Asset Management, Tim Ghriskey.',
      { organizations: ['Chrysler', 'Solaris Asset Management'] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Tim Ghriskey']);
  });
});
