// A compass word capitalised before a known place names a region (src/extract/entities/place-words.ts,
// mentions.ts). Quoted: GUM (Zeldes 2017), GUM_interview_libertarian (Wikinews, CC BY 2.5), shortened;
// the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('"Eastern Europe", "Western Australia": the compass word is part of the name', () => {
  it('a region of a continent (GUM_interview_libertarian)', () => {
    const r = names(['When Bush proposed the missile defense systems in Eastern Europe, Poland and Czechoslovakia, it angered Russia.']);
    expect(r.places).toEqual(['Czechoslovakia', 'Eastern Europe', 'Poland', 'Russia']);
  });

  it('a state named by a compass word, listed with others', () => {
    const r = names(['Sales fell in Tasmania, Western Australia and Queensland last year.']);
    expect(r.places).toEqual(['Queensland', 'Tasmania', 'Western Australia']);
  });
});

describe('other words before a place are still left out', () => {
  it('a creed or camp before a country', () => {
    const r = names(['Communist China and Germany signed the accord.']);
    expect(r.places).toEqual(['China', 'Germany']);
  });

  it('a compass word in lower case is no part of the name', () => {
    const r = names(['The storm hit northern France and Belgium.']);
    expect(r.places).toEqual(['Belgium', 'France']);
  });
});
