// Sentences from GUM (Zeldes 2017): GUM_bio_jerome, GUM_bio_theodorus and GUM_bio_bernoulli (Wikipedia,
// CC BY-SA 3.0), shortened; the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('a given name and the place one comes from', () => {
  it('"Apollinaris of Laodicea" is one person', () => {
    const r = names(['He plunged deeply into the Bible, under the impulse of Apollinaris of Laodicea, then teaching in Antioch.']);
    expect(r.people).toEqual(['Apollinaris of Laodicea']);
    expect(r.places).toEqual(['Antioch']);
  });

  it('"Bonosus of Sardica", then "Bonosus": one person, the given name alone an alias', () => {
    const r = names(['He had gone to Rome with his friend Bonosus of Sardica (who may or may not have been the same Bonosus).']);
    expect(r.people).toEqual(['Bonosus of Sardica']);
    expect(r.raw.people[0].aliases).toEqual(['Bonosus']);
  });

  it('the place alone stays a place, not the surname of the person named for it', () => {
    const r = names(['Icon of St. Theodorus of Tabennese.', 'A brother stayed with Pachomius in Tabennese while traveling.']);
    expect(r.places).toContain('Tabennese');
    expect(r.people).not.toContain('Tabennese');
  });

  it('English heads, compounds of English words and titles make no byname', () => {
    const r = names(['The Gulf of Aden lies east.', 'The Frontpage of Hydrodynamica is shown.', 'The Emir of Qatar spoke.']);
    expect(r.people).toEqual([]);
  });
});
