/**
 * A nationality before a state's body describes it; the body's name is the rest, kept as an
 * alias. Sentences from GUM_news_greek (080) and GUM_voyage_cuba (085) (Wikinews CC BY 2.5,
 * Wikivoyage CC BY-SA 3.0; Zeldes 2017), and our own.
 */
import { describe, expect, it } from 'vitest';
import { withoutNationality } from '../../../src/extract/entities/demonym-bodies.js';
import { names } from './helpers.js';

const split = (s: string) => withoutNationality(s.split(' '));

describe('bodies led by a nationality', () => {
  it('names the body without the nationality before it', () => {
    expect(
      ['Greek Ministry of Culture', 'Cuban Consulate', 'Italian Supreme Court of Cassation', 'Japanese Foreign Ministry', 'Russian Navy'].map(split),
    ).toEqual(['Ministry of Culture', 'Consulate', 'Supreme Court of Cassation', 'Foreign Ministry', 'Navy']);
  });

  it('leaves names whose nationality is their own alone', () => {
    expect(['British Airways', 'Italian Episcopal Conference', 'Greek Orthodox Church', 'American Federal', 'Ministry of Culture'].map(split)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("keeps the body's own name as an alias of the organisation", () => {
    const r = names(['Prior to the ruling, the religion was banned from conducting public worship at archeological sites by the Greek Ministry of Culture.']);
    expect(r.raw.organizations.map((o) => [o.name, ...o.aliases])).toEqual([['Greek Ministry of Culture', 'Ministry of Culture']]);
  });
});
