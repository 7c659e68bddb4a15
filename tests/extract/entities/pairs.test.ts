// Sentences from GUM (Zeldes 2017): GUM_voyage_phoenix, from Wikivoyage under CC BY-SA 3.0, shortened;
// the headline and sentences of MEANTIME 001 (Wikinews, CC BY 4.0), shortened; the firm names are
// written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('"A & B": two names or one firm', () => {
  it('two towns the guide also names alone are two places, not one organisation', () => {
    const r = names([
      'Over time it has merged with the neighboring cities of Scottsdale, Tempe, Glendale, Peoria, Chandler, and Gilbert to form the Greater Phoenix Metropolitan Area.',
      'Take the light rail (east to Tempe & Mesa and to Midtown) via downtown in the other direction.',
    ]);
    expect(r.organizations).toEqual([]);
    expect(r.places).toEqual(expect.arrayContaining(['Glendale', 'Greater Phoenix Metropolitan Area', 'Mesa', 'Peoria', 'Tempe']));
    expect(r.places).not.toContain('Tempe & Mesa');
  });

  it('a firm whose halves never stand alone stays whole', () => {
    const r = names(['Procter & Gamble said on Tuesday that it would cut 2,000 jobs.', 'Shares of Procter & Gamble fell 3 percent.']);
    expect(r.organizations).toEqual(['Procter & Gamble']);
  });

  it('a firm named after one founder stays whole even when the founder is named too', () => {
    const r = names(['Johnson & Johnson recalled the product in March.', 'Robert Wood Johnson founded the company in 1886.']);
    expect(r.organizations).toEqual(['Johnson & Johnson']);
  });

  it('a headline joining two bodies with a hyphen names both (MEANTIME 001)', () => {
    const r = names(
      [
        'Emails exchanged among United States Air Force officials regarding a USD$23 billion dollar deal with aircraft manufacturer Boeing have been entered into the public record.',
        'Such accusations are now being made against senior Air Force officials for choosing Boeing.',
      ],
      'Internal emails expose Boeing-Air Force contract discussions',
    );
    expect(r.organizations).not.toContain('Boeing-Air Force');
    expect(r.organizations).toEqual(expect.arrayContaining(['Boeing']));
  });

  it('a hyphenated firm whose second half does not stand alone stays whole', () => {
    const r = names(['The engines were made by Rolls-Royce, the British company.', 'Analysts at Rolls said little.']);
    expect(r.organizations).toContain('Rolls-Royce');
  });
});
