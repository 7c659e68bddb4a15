/**
 * A title with its year in brackets names a work, not an organisation, unless the text shows a
 * body. Sentences from GUM_bio_byron (018) and GUM_bio_fillmore (022), Wikipedia, CC BY-SA 3.0
 * (Zeldes 2017), and our own.
 */
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('works with their year', () => {
  it('takes no title with its year for an organisation', () => {
    const r = names([
      'His nostalgic poems about his Harrow friendships, Childish Recollections (1806), express a prescient "consciousness of sexual differences".',
      'This theory eventually evolved into a broader cognitive linguistic theory called Frame Semantics (1976).',
    ]);
    expect(r.organizations).toEqual([]);
  });

  it('keeps a body named with a year when its name says it is one', () => {
    const r = names(['The figures come from the Rowntree Foundation (2019).']);
    expect(r.organizations).toEqual(['Rowntree Foundation']);
  });
});
