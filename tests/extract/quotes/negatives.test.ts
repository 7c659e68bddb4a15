// Sentences marked MEANTIME come from the MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
import { describe, expect, it } from 'vitest';
import { claimsOf, quotesOf } from './helpers.js';

const SEED = { people: ['Han Dong', 'Justin Trudeau', 'Michael Kovrig', 'Michael Spavor', 'David Johnston'], organizations: ['Global News', 'Huawei'] };

describe('not quotes of a speaker', () => {
  it('a scare-quoted name after "or the" is no quote', () => {
    const q = quotesOf(
      'Michael Kovrig and Michael Spavor, or the “two Canadian Michaels,” for months were detained by the Chinese government in what most regarded as a retaliatory measure for Canada’s arrest of Huawei’s Wanzhou.',
      SEED,
    );
    expect(q).toEqual([]);
  });

  it('the same name in quotation marks inside a denial is still no quote of the one denying', () => {
    const q = quotesOf(
      'Michael Kovrig and Michael Spavor, or the “two Canadian Michaels,” for months were detained by the Chinese government.\n\n' +
        'In an email to Global News, Dong admitted that he had a discussion with Consul General Han, however, he denied that his conversation was about delaying the release of the “two Canadian Michaels.”',
      SEED,
    );
    expect(q.filter((x) => x.speaker)).toEqual([]);
  });

  it('a quoted title with no speech verb is no quote', () => {
    const q = quotesOf(
      'Instead of a full public inquiry, as MPs from all opposition parties had requested, Trudeau appointed an “independent special rapporteur” to look into the allegations.',
      SEED,
    );
    expect(q).toEqual([]);
  });

  it('a one-word scare quote is no quote', () => {
    const q = quotesOf('However, the “independent” rapporteur is former Governor General David Johnston, a known longtime family friend of Trudeau.', SEED);
    expect(q).toEqual([]);
  });

  it('a quoted name in title case inside a report is no quote', () => {
    const q = quotesOf(
      'Citing anonymous national security sources, Global News reported that Dong advised China\'s consul-general in Toronto, Han Tao, in February 2021 that setting the "Two Michaels" free should be postponed.',
      SEED,
    );
    expect(q).toEqual([]);
  });

  it('a phrase after a passive "is claimed to be" is not a quote of the subject (MEANTIME)', () => {
    const q = quotesOf('The iPhone is claimed to be "a revolutionary mobile phone" as stated on the Apple website.', { organizations: ['Apple'] });
    expect(q.filter((x) => x.speaker === 'The iPhone')).toEqual([]);
  });
});

describe('not claims', () => {
  it('an appointment is no claim', () => {
    expect(
      claimsOf(
        'Instead of a full public inquiry, as MPs from all opposition parties had requested, Trudeau appointed an “independent special rapporteur” to look into the allegations.',
        SEED,
      ),
    ).toEqual([]);
  });

  it('"announced" with a noun phrase is an event, not a statement (MEANTIME)', () => {
    expect(
      claimsOf(
        'Within one month of the iPod nano and iTunes phone special event, Apple Computer announced today another special event to be held on October 12.',
        { organizations: ['Apple Computer'] },
      ),
    ).toEqual([]);
  });

  it("verbs inside a quotation are the speaker's words, not claims of the article", () => {
    const c = claimsOf('“I raised the status of Michael Spavor and Michael Kovrig and called for their immediate release,” Dong told the news outlet.', SEED);
    expect(c).toEqual([]);
  });

  it('an unattributed statement of fact is no claim (MEANTIME)', () => {
    expect(claimsOf('Congressional lawmakers rejected the proposal in October.', {})).toEqual([]);
  });

  it('"reports" as a noun is no verb of a claim', () => {
    expect(
      claimsOf(
        'Tensions between China and Canada have been running at all-time highs since the 2019 arrest of Meng Wanzhou, the CFO for Chinese tech company Huawei.',
        SEED,
      ),
    ).toEqual([]);
    expect(
      claimsOf(
        'The current controversy came as the nation grapples with wider accusations that China attempted to interfere in the last two federal elections.',
        SEED,
      ),
    ).toEqual([]);
  });
});
