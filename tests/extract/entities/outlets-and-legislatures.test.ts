// Sentences from GUM (Zeldes 2017): GUM_bio_goode, GUM_bio_padalecki (Wikipedia, CC BY-SA 3.0),
// GUM_interview_onion (Wikinews, CC BY 2.5) and GUM_court_equality (CC BY 4.0), some shortened or
// reworded; the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { isLegislature } from '../../../src/extract/entities/org-shapes.js';
import { names } from './helpers.js';

describe('broadcasters and outlets by their products and staff', () => {
  it('a network before its drama or series, an outlet before its reporter', () => {
    const r = names([
      'He played Finley Polmar in the CBS legal drama The Good Wife.',
      'That same year, Padalecki was cast as Sam Winchester on the WB series, Supernatural.',
      'This exclusive interview features first-hand journalism by a Wikinews reporter.',
    ]);
    expect(r.organizations).toEqual(['CBS', 'WB', 'Wikinews']);
  });

  it("a channel's series after its possessive", () => {
    const r = names(["He currently stars in Sky One's fantasy-romance series, A Discovery of Witches."]);
    expect(r.organizations).toEqual(['Sky One']);
    expect(r.people).toEqual([]);
  });

  it('no outlet: a person who told reporters, an acronym before a common noun', () => {
    const r = names([
      'Jusman Djamal, the minister, told reporters that Djamal would resign.',
      'The UV radiation was measured twice.',
      'It owns the title of the longest-running North American sci-fi series in history.',
    ]);
    expect(r.organizations).toEqual([]);
    expect(r.people).toEqual(['Jusman Djamal']);
  });
});

describe('legislatures named by one word', () => {
  it('the Senate and Parliament inside a sentence', () => {
    const r = names([
      "Jensen Ackles and Misha Collins supported Beto O'Rourke for the 2018 Senate election in Texas.",
      "So it is for Parliament to decide, and Parliament's perceptions may evolve over a period of time.",
    ]);
    expect(r.organizations).toEqual(['Parliament', 'Senate']);
  });

  it('only the words of legislatures, alone', () => {
    expect(isLegislature(['Knesset'])).toBe(true);
    expect(isLegislature(['Assembly'])).toBe(false);
    expect(isLegislature(['Senate', 'House'])).toBe(false);
  });
});
