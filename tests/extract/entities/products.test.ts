// Sentences: MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('products, versions and events are not people or organisations', () => {
  it('a name followed by a model number is a product (MEANTIME 046)', () => {
    const r = names(['The plane is built with four Rolls-Royce Trent 900 engines.']);
    expect(r.people).toEqual([]);
    expect(r.organizations).toEqual([]);
  });

  it('software named after "client", "browser", "code name" is no organisation (MEANTIME 008)', () => {
    const r = names([
      'Apple reports that Tiger, the code name for this release, includes over 200 new features and new versions of application software such as e-mail client Mail, web browser Safari, and multi-person audio/video/text messaging client iChat.',
    ]);
    expect(r.organizations).toEqual([]);
    expect(r.people).toEqual([]);
  });

  it('letters glued to a number are a model, not a name (MEANTIME 057, 108)', () => {
    expect(names(['Apple launches 3G iPhone']).organizations).toEqual([]);
    const r = names(["Even though it now uses Apple's faster A4 processor, iPhone 4 has a claimed seven hours of 3G talk time."]);
    expect(r.organizations).toEqual(['Apple']);
  });

  it('a letter alone is not a name (MEANTIME 032)', () => {
    const r = names([
      "Mulally says that Ford's decision to name all their cars with the letter F was a lackluster move, and makes their names easily forgettable.",
    ]);
    expect(r.organizations).toEqual(['Ford']);
    expect(r.people).toEqual([]);
  });

  it('an event is not a place (MEANTIME 003)', () => {
    const r = names(['The deliveries are scheduled to be in time for the 2008 Beijing Olympic Games.']);
    expect(r.places).toEqual([]);
    expect(r.organizations).toEqual([]);
  });

  it('a product named after its maker is not a person (MEANTIME 017)', () => {
    const r = names(['The St. Louis plant is one of two plants that manufactures the Ford Explorer, whose sales had a 29% decline in 2005.']);
    expect(r.people).toEqual([]);
    expect(r.places).toEqual(['St. Louis']);
  });
});

// Sentences from GUM (Zeldes 2017): Wikipedia biographies under CC BY-SA 3.0 (GUM_bio_gordon,
// GUM_bio_hadid, GUM_bio_holt); the others written for these tests.
describe('works, events, prizes and laws are not organisations', () => {
  it('prizes, series and battles are nothing (GUM_bio_hadid, GUM_bio_holt, GUM_bio_gordon)', () => {
    const r = names([
      'She was the first woman to receive the Pritzker Architecture Prize, in 2004.',
      'Holt received his first championship ring when the Red Sox won the World Series over the Cardinals.',
      'At the Battle of Chudnov in 1660, Gordon was wounded.',
    ]);
    expect(r.organizations).toEqual(['Red Sox']);
    expect(r.places).toEqual([]);
  });

  it('wars, laws and games with numerals are nothing; the bodies beside them stay', () => {
    const r = names([
      'After World War II the Environmental Protection Agency enforced the Clean Air Act.',
      'The Super Bowl and the Summer Paralympics drew record audiences; the Nobel Prize went to a chemist.',
    ]);
    expect(r.organizations).toEqual(['Environmental Protection Agency']);
    expect(r.people).toEqual([]);
  });
});
