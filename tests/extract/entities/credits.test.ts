// Captions from GUM (Zeldes 2017): GUM_interview_herrick and GUM_news_warhol (Wikinews, CC BY 2.5),
// shortened or adapted; the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('credits of pictures and videos', () => {
  it('"Image: ShakataGaNai": a user name of one word in a credit is the photographer', () => {
    const r = names(['The wiki camp of 2008. Image: ShakataGaNai.']);
    expect(r.people).toEqual(['ShakataGaNai']);
  });

  it('"Video: Miharris & Acphillips": two photographers, not one firm', () => {
    const r = names(['An exhibit of Polaroids at the University of Southern Indiana. Video: Miharris & Acphillips.']);
    expect(r.people).toEqual(['Acphillips', 'Miharris']);
    expect(r.organizations).toEqual(['University of Southern Indiana']);
  });

  it('"Photo: R Saravanan": an initial without its full stop', () => {
    const r = names(['The launch pad at dawn. Photo: R Saravanan.']);
    expect(r.people).toEqual(['R Saravanan']);
  });

  it('a body or an acronym credited stays a body; "et al." makes no photographer', () => {
    const r = names(['The probe before launch. Image: NASA.', 'A map of the shelf. Image: Daily et al.', 'The minister in 2015. Image: Home Office.']);
    expect(r.people).toEqual([]);
    expect(r.organizations).toContain('NASA');
  });

  it('a name after "Image" with no colon is no credit', () => {
    const r = names(['Image Comics published the series in 1994.']);
    expect(r.people).toEqual([]);
  });
});
