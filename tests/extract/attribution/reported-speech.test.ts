/** Reported speech with ordinary verbs. Wire-style sentences are our own; MEANTIME/GUM sentences say so. */
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../quotes/helpers.js';
import { claimed } from './helpers.js';

describe('reported speech', () => {
  it('"Mr. X said ..." is the person X, never "Mr"', () => {
    const c = claimsOf('Mr. Ortiz said the budget would pass by a narrow margin.', { people: ['Carlos Ortiz'] });
    expect(claimed(c)).toEqual([['Carlos Ortiz', 'person', 'said', 'states', 'the budget would pass by a narrow margin']]);
  });

  it('", analysts said," interposed in the content', () => {
    const c = claimsOf('The tax cut, analysts said, would mostly benefit the wealthiest households.');
    expect(claimed(c)).toEqual([['analysts', 'group', 'said', 'states', 'The tax cut would mostly benefit the wealthiest households']]);
  });

  it('"..., economists told me this week." closing the sentence', () => {
    const c = claimsOf('Prices will keep rising through the summer, economists told me this week.');
    expect(claimed(c)).toEqual([['economists', 'group', 'told me', 'states', 'Prices will keep rising through the summer']]);
  });

  it('"retail analysts say ..." with a bare clause', () => {
    const c = claimsOf('Retail analysts say holiday sales could fall for the first time in a decade.');
    expect(claimed(c)).toEqual([['Retail analysts', 'group', 'say', 'states', 'holiday sales could fall for the first time in a decade']]);
  });

  it('a subject with a long apposition before "argued that"', () => {
    const c = claimsOf('Ms. Lopez, a budget expert and professor of economics at the state university, argued that the plan would widen the deficit.', {
      people: ['Maria Lopez'],
    });
    expect(claimed(c)).toEqual([['Maria Lopez', 'person', 'argued', 'states', 'the plan would widen the deficit']]);
  });

  it('"X says that ..." for an organisation (MEANTIME, CC BY 4.0)', () => {
    const c = claimsOf("Singapore Airlines says that it will be compensated by Airbus for the additional delay in delivery of its new superjumbo A380's.", {
      organizations: ['Singapore Airlines', 'Airbus'],
    });
    expect(claimed(c)).toEqual([
      [
        'Singapore Airlines',
        'organisation',
        'says',
        'states',
        "it will be compensated by Airbus for the additional delay in delivery of its new superjumbo A380's",
      ],
    ]);
  });

  it('"X states that ..." in the present (MEANTIME, CC BY 4.0)', () => {
    const c = claimsOf('Cisco states that it has received the trademark in 2000.', { organizations: ['Cisco'] });
    expect(claimed(c)).toEqual([['Cisco', 'organisation', 'states', 'states', 'it has received the trademark in 2000']]);
  });
});
