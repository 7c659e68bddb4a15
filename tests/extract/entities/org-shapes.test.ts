// Sentences from GUM (Zeldes 2017): GUM_bio_marbles, GUM_bio_holt, GUM_bio_nida and GUM_bio_goode
// (Wikipedia, CC BY-SA 3.0), some shortened; the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { endsInOrgPlural, isTeamName } from '../../../src/extract/entities/org-shapes.js';
import { names } from './helpers.js';

describe('teams: a town and a plural nickname', () => {
  it("a baseball club named after a saint's town is an organisation, not a place", () => {
    const r = names(['Holt received a championship ring when the Red Sox won the World Series over the St. Louis Cardinals in six games.']);
    expect(r.organizations).toContain('St. Louis Cardinals');
    expect(r.places).not.toContain('St. Louis Cardinals');
  });

  it('a club named after its city, with its league level before it', () => {
    const r = names(['Holt opened 2012 with Altoona and later joined Triple-A Indianapolis Indians.']);
    expect(r.places).not.toContain('Triple-A Indianapolis Indians');
    expect(isTeamName(['Triple-A', 'Indianapolis', 'Indians'])).toBe(true);
    expect(isTeamName(['Chicago', 'Bears'])).toBe(true);
  });

  it('no team: a known place, a place noun, a town ending in s, a newspaper', () => {
    expect(isTeamName(['Virgin', 'Islands'])).toBe(false);
    expect(isTeamName(['Las', 'Vegas'])).toBe(false);
    expect(isTeamName(['New', 'York', 'Times'])).toBe(false);
    expect(isTeamName(['Chicago', 'Heights'])).toBe(false);
    expect(isTeamName(['Boston'])).toBe(false);
  });
});

describe('names ending in a plural common noun', () => {
  it('a website company, a comics publisher and a society of translators', () => {
    const r = names([
      'That year, Marbles started her career with Barstool Sports, where she wrote for their female-oriented site.',
      "Goode starred in the superhero film Watchmen (2009), based on DC Comics' limited series of the same name.",
      'Nida became a founding charter member of Wycliffe Bible Translators, a related organization to the Summer Institute of Linguistics.',
    ]);
    expect(r.organizations).toEqual(expect.arrayContaining(['Barstool Sports', 'DC Comics', 'Wycliffe Bible Translators']));
    expect(r.places).toEqual([]);
  });

  it('a tour operator written in a travel guide', () => {
    expect(names(['Package tours are also available from Travel Heels in the harbour town.']).organizations).toEqual(['Travel Heels']);
  });

  it('no organisation: people, topics, descriptions, demonyms, place nouns and events', () => {
    expect(endsInOrgPlural(['Mary', 'Peters'])).toBe(false);
    expect(endsInOrgPlural(['Mathematical', 'Exercises'])).toBe(false);
    expect(endsInOrgPlural(['Second', 'Languages'])).toBe(false);
    expect(endsInOrgPlural(['Bosnian', 'Serbs'])).toBe(false);
    expect(endsInOrgPlural(['Englewood', 'Cliffs'])).toBe(false);
    expect(endsInOrgPlural(['Olympic', 'Games'])).toBe(false);
    expect(endsInOrgPlural(['Golan', 'Heights'])).toBe(false);
    expect(endsInOrgPlural(['Bank', 'of', 'Ideas'])).toBe(false);
    const r = names(['The film was directed by Tom Rogers and produced by Anna Sanders in Palm Springs.']);
    expect(r.organizations).toEqual([]);
    expect(r.people).toEqual(['Anna Sanders', 'Tom Rogers']);
  });
});
