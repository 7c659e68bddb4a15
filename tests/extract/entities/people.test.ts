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
});
