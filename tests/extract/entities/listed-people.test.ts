// Sentences from GUM (Zeldes 2017): GUM_news_warhol and GUM_news_worldcup (Wikinews, CC BY 2.5),
// GUM_voyage_guadeloupe (Wikivoyage, CC BY-SA 3.0), shortened; the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('names listed among people', () => {
  it('the last of a list of photographers is one too ("and Helmut Newton")', () => {
    const r = names(['Warhol used the camera, as did Ansel Adams, Chuck Close, Walker Evans, Robert Mapplethorpe, and Helmut Newton.']);
    expect(r.people).toEqual(['Ansel Adams', 'Chuck Close', 'Helmut Newton', 'Robert Mapplethorpe', 'Walker Evans', 'Warhol']);
  });

  it('a given name that is an English word ("Dries Mertens")', () => {
    const r = names(['Belgium started the game with Romelu Lukaku, Yannick Carrasco, and Dries Mertens making early attempts.']);
    expect(r.people).toEqual(['Dries Mertens', 'Romelu Lukaku', 'Yannick Carrasco']);
  });

  it('English words alone, or a name opened by an article, are no person listed among people', () => {
    const r = names(['The winners were Lee Cheuk-yan, People Power and Les Saintes Alliance in the vote.']);
    expect(r.people).toEqual(['Lee Cheuk-yan']);
  });

  it('a name listed with places too is no person', () => {
    const r = names(['The prize went to Ansel Adams, Dries Mertens and Paris.']);
    expect(r.people).not.toContain('Dries Mertens');
  });
});
