// Sentences from GUM (Zeldes 2017): GUM_academic_salinity (CC BY 4.0), GUM_bio_chao (Wikipedia,
// CC BY-SA 3.0) and GUM_news_taxes (Wikinews, CC BY 2.5), some shortened; the others are written
// for these tests.
import { describe, expect, it } from 'vitest';
import { andJoinsBodyName } from '../../../src/extract/entities/and-names.js';
import { names } from './helpers.js';

describe('"and" inside the name of a body', () => {
  it('an acronym that spells the initials of the whole name', () => {
    const r = names(['The mission was launched by the National Aeronautics and Space Administration (NASA) in 2015.']);
    expect(r.organizations).toEqual(['National Aeronautics and Space Administration']);
    expect(r.raw.organizations[0].aliases).toEqual(['NASA']);
  });

  it('a body whose field is two words joined by "and"', () => {
    const r = names([
      'He conducted linguistic fieldwork for the Institute of History and Philology of Academia Sinica from 1928 onwards.',
      'The Union of Rationalist Atheists and Agnostics (UAAR) has launched a petition.',
    ]);
    expect(r.organizations).toEqual(['Institute of History and Philology of Academia Sinica', 'Union of Rationalist Atheists and Agnostics']);
  });

  it('"and" between two names stays a list', () => {
    const r = names(['She studied at the University of Oxford and Cambridge, then worked for Ford and General Motors.']);
    expect(r.organizations).toEqual(expect.arrayContaining(['Ford', 'General Motors']));
    expect(r.organizations.some((o) => o.includes(' and '))).toBe(false);
    expect(andJoinsBodyName(['Bank', 'of', 'America'], 'Wells', 'Fargo', 'Wells Fargo said')).toBe(false);
    expect(andJoinsBodyName(['Ford'], 'General', 'Motors', 'General Motors (GM)')).toBe(false);
  });
});
