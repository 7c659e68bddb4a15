/**
 * An unknown single word is an organisation only when it acts as a body, never for being named
 * twice. Sentences from GUM (CC BY 2.5 / CC BY 4.0 / CC BY-SA 3.0, Zeldes 2017), named by document.
 */
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('coined single-word names', () => {
  it('takes a coined word that a source is told by or cited from as an organisation', () => {
    // GUM_interview_ants (042), GUM_interview_wikihow (050).
    const r = names([
      'The biologist now discusses his work with colleagues, and he tells Wikinews about ants.',
      'We get over 14 million unique visitors per month, which makes us the 135th most popular site according to Quantcast.',
    ]);
    expect(r.organizations).toEqual(['Quantcast', 'Wikinews']);
  });

  it('takes a word with a cue of its own ("X founder") as an organisation', () => {
    // GUM_interview_librivox (052).
    const r = names(['This is an interview with LibriVox founder Hugh McGuire.', 'Nobody knew what LibriVox would become.']);
    expect(r.organizations).toEqual(['LibriVox']);
  });

  it('takes a coined word before its staff, or first in a sentence beside a company, as an organisation', () => {
    // GUM_interview_antarctica (047), GUM_news_expo (065).
    const r = names([
      'There is a return trip planned for 2015, with both biologists and ANDRILL geologists.',
      'Ubisoft, Microsoft, and PlayStation VR all had large areas set up for their games.',
    ]);
    expect(r.organizations).toEqual(['Andrill', 'Microsoft', 'Ubisoft']);
  });

  it('takes no known word first in a sentence beside a company for an organisation', () => {
    const r = names(['Bread, Microsoft and the weather were all he talked about.']);
    expect(r.organizations).toEqual(['Microsoft']);
  });

  it('makes no organisation of cited authors named again and again', () => {
    // GUM_academic_theropod (015).
    const r = names([
      'The present study was inspired by Carrano & Biewener [7] but our results differed markedly from theirs.',
      'Our tails were lighter than the 20% body mass used by Carrano and Biewener.',
      'Their weight differed from that of the experimental subjects of Carrano and Biewener.',
    ]);
    expect(r.organizations).toEqual([]);
  });

  it('makes no organisation of a surname, a village or a term named twice', () => {
    // GUM_academic_economics (003), GUM_bio_jerome (029), GUM_academic_mutation (012).
    const r = names([
      'The two main notions are transaction costs and institutions, analyzed by Coase and North, respectively.',
      'For its part, North defined the institutions as the rules of the game.',
      'He was born at Stridon, a village near Emona. Stridon was destroyed by the Goths.',
      'These areas of interest are called Geofences. Geofences are drawn on the map.',
    ]);
    expect(r.organizations).toEqual([]);
  });

  it('does not take a known surname told something as an organisation', () => {
    const r = names(['The minister told Clarke that the plan would go ahead.', 'Clarke said nothing more.']);
    expect(r.organizations).toEqual([]);
  });
});
