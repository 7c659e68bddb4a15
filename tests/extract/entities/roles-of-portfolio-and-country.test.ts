// Sentences from GUM (Zeldes 2017): GUM_news_imu and GUM_news_worldcup (Wikinews, CC BY 2.5),
// shortened; the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('roles that end in a portfolio or a country', () => {
  it('"Minister of Education Stefania Giannini": the portfolio ends the title, the person follows', () => {
    const r = names(['Minister of Education Stefania Giannini said a "more general reflection" is needed.']);
    expect(r.people).toEqual(['Stefania Giannini']);
    expect(r.raw.people[0].role).toBe('Minister of Education');
  });

  it('a body after "Minister of" stays a body when no name follows', () => {
    const r = names(['The Ministry of Health Services Canada said so.']);
    expect(r.people).toEqual([]);
  });

  it('"Hernan Dario Gomez, Panama coach,": a country then a role noun is a role, not the region of a place', () => {
    const r = names(['After the match, Hernan Dario Gomez, Panama coach, said, "I think we have learned a lot from today."']);
    expect(r.people).toEqual(['Hernan Dario Gomez']);
    expect(r.raw.people[0].role).toBe('Panama coach');
    expect(r.places).toEqual(['Panama']);
  });

  it('a place with its region is still one ("Austin, Texas with ...")', () => {
    const r = names(['The couple resides in Austin, Texas with their three children.']);
    expect(r.places).toEqual(['Austin', 'Texas']);
  });
});
