// Some sentences: MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('people names', () => {
  it('finds the subject of a news report with a title before the name (LifeSiteNews, 2023-03-23)', () => {
    const r = names([
      'Canadian MP Han Dong resigned from the Liberal Party last night only hours after a news report broke alleging that he had asked a Chinese diplomat in February 2021 to delay the release of two Canadians held captive by the Communist Chinese regime.',
      'After the story broke, Dong late Wednesday told the House of Commons that he would be stepping away from Prime Minister Justin Trudeau’s Liberal Party, and would be now sitting as an independent MP.',
    ]);
    expect(r.people).toEqual(['Han Dong', 'Justin Trudeau']);
  });

  it('keeps two people joined by "and" apart (LifeSiteNews)', () => {
    const r = names([
      'Yesterday afternoon, Global News broke a story reporting that two national security sources told them that Dong had in 2021 advised a Chinese diplomat that it would be of interest to the Liberal Party if they delayed the release of Canadians Michael Kovrig and Michael Spavor, who were imprisoned in a Chinese jail at the time.',
    ]);
    expect(r.people).toEqual(['Michael Kovrig', 'Michael Spavor']);
  });

  it('reads a name set off by commas after a title (MEANTIME 010)', () => {
    const r = names(['Ryanair CEO, Michael O\'Leary, justified his choice of Boeing by saying, "The Boeing 737-800 has the best technical reliability."']);
    expect(r.people).toEqual(["Michael O'Leary"]);
  });

  it('finds a name in a headline and the body (MEANTIME 120)', () => {
    const r = names(
      ['General Motors (GM) has named Mary Barra as its new chief executive officer, the first woman to run a major US automaker.'],
      'Mary Barra appointed as General Motors chief',
    );
    expect(r.people).toEqual(['Mary Barra']);
  });

  it('reads a role given without an article after the name (MEANTIME 049)', () => {
    const r = names([
      'Jusman Syafii Djamal, minister of transport for Indonesia, has recommended that local airlines should not purchase aircraft from European manufacturers, such as Airbus.',
    ]);
    expect(r.people).toEqual(['Jusman Syafii Djamal']);
    expect(r.raw.people[0].role).toBe('minister of transport for Indonesia');
  });

  it('keeps "King" in a name and reads "X, the Chief Executive Officer of Y" (MEANTIME 113, 093)', () => {
    expect(
      names(['The statement caused a sharp decrease of Apple share prices in foreign markets, while US markets were closed in honor of Martin Luther King.'])
        .people,
    ).toEqual(['Martin Luther King']);
    const r = names([
      'In a New York press conference at 16:15 UTC, June 1st, Fritz Henderson, the Chief Executive Officer of General Motors, which filed for bankruptcy, outlined a plan.',
    ]);
    expect(r.people).toEqual(['Fritz Henderson']);
    expect(r.organizations).toEqual(['General Motors']);
  });
});

// Sentences from GUM (Zeldes 2017), Wikinews under CC BY 2.5 (GUM_interview_paralympics, GUM_news_warhol);
// the others written for these tests.
describe('a person written right after a body', () => {
  it('a body, then a first name and surname with no title: two names (GUM_interview_paralympics)', () => {
    const r = names([
      'Wikinews interviewed Assistant Professor in Sport Studies at Washington State University Simon Ličen about attitudes in United States towards the Paralympics.',
    ]);
    expect(r.people).toEqual(['Simon Ličen']);
    expect(r.organizations).toEqual(['Washington State University', 'Wikinews']);
  });

  it('"X of Y": an unknown full name, then the body (GUM_news_warhol)', () => {
    const r = names(['The exhibit includes Polaroids of publishers Jann Wenner of Rolling Stone Magazine and musician Nick Rhodes of Duran Duran.']);
    expect(r.people).toEqual(expect.arrayContaining(['Jann Wenner', 'Nick Rhodes']));
    expect(r.organizations).toEqual(expect.arrayContaining(['Rolling Stone Magazine']));
  });

  it('a body followed by more of its name is no person', () => {
    const r = names(['The United Nations Security Council Counter Terrorism Committee met on Monday.']);
    expect(r.people).toEqual([]);
  });
});
