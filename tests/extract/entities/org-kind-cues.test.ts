// Sentences from GUM (Zeldes 2017): GUM_news_warhol, GUM_interview_mcguire and GUM_news_korea
// (Wikinews, CC BY 2.5) and GUM_bio_chao (Wikipedia, CC BY-SA 3.0), some shortened; the others
// are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('the noun of a kind of body around a name', () => {
  it('a band listed after "such bands as"', () => {
    const r = names(['The music in the background was from such bands as The Velvet Underground.']);
    expect(r.organizations).toEqual(['Velvet Underground']);
  });

  it('a founder after the name of what was founded', () => {
    const r = names(['Interview with LibriVox founder Hugh McGuire.', 'The LibriVox catalog lists thousands of books.']);
    expect(r.organizations).toEqual(['LibriVox']);
    expect(r.people).toEqual(['Hugh McGuire']);
  });

  it('a news agency and a charity named by the noun beside them', () => {
    const r = names(['According to Yonhap news agency, the army was put on alert.', 'Donations went to the charity Kiva Relief after the storm.']);
    expect(r.organizations).toEqual(['Kiva Relief', 'Yonhap']);
  });

  it('no body: a journal or magazine title, a person after "like", a place after "including"', () => {
    const r = names([
      "A special issue of the society's journal Language was dedicated to him in 1966.",
      'Bands like these toured with singers like Anna Berg in cities including Oslo.',
    ]);
    expect(r.organizations).toEqual([]);
    expect(r.people).toEqual(['Anna Berg']);
  });
});
