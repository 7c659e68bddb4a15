// Sentences marked MEANTIME come from the MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../quotes/helpers.js';
import type { Claim } from '../../../src/types.js';

const SEED = {
  people: ['Han Dong', 'Justin Trudeau', 'Michael Kovrig', 'Michael Spavor', 'Jagmeet Singh', 'Pierre Poilievre'],
  organizations: ['Global News', 'Globe and Mail', 'Canadian Security Intelligence Service', 'CSIS', 'Liberal Party', 'Chinese Communist Party'],
};

function brief(claims: Claim[]) {
  return claims.map(({ claimant, via, stance, subject, text }) => ({ claimant, via, stance, subject, text }));
}

describe('claims by stance', () => {
  it('alleges: a report resting on unnamed sources, with the sources as via', () => {
    const c = claimsOf(
      'Yesterday afternoon, Global News broke a story reporting that two national security sources told them that Dong had in 2021 advised a Chinese diplomat that it would be of interest to the Liberal Party if they delayed the release of Canadians Michael Kovrig and Michael Spavor, who were imprisoned in a Chinese jail at the time.',
      SEED,
    );
    expect(brief(c)).toEqual([
      {
        claimant: 'Global News',
        via: 'two national security sources',
        stance: 'alleges',
        subject: 'Han Dong',
        text: 'Dong had in 2021 advised a Chinese diplomat that it would be of interest to the Liberal Party if they delayed the release of Canadians Michael Kovrig and Michael Spavor, who were imprisoned in a Chinese jail at the time',
      },
    ]);
    expect(c[0].sentence).toMatch(/^Yesterday afternoon, Global News broke a story/);
  });

  it('alleges: "Citing anonymous national security sources, Global News reported that ..."', () => {
    const c = claimsOf(
      "Citing anonymous national security sources, Global News reported that Dong advised China's consul-general in Toronto in February 2021 that setting the Michaels free should be postponed.",
      SEED,
    );
    expect(brief(c)).toEqual([
      {
        claimant: 'Global News',
        via: 'anonymous national security sources',
        stance: 'alleges',
        subject: 'Han Dong',
        text: "Dong advised China's consul-general in Toronto in February 2021 that setting the Michaels free should be postponed",
      },
    ]);
  });

  it('admits and denies in one sentence: two claims, the pronoun resolved to the speaker', () => {
    const c = claimsOf(
      'In an email to Global News, Dong admitted that he had a discussion with Consul General Han, however, he denied that his conversation was about delaying the release of the “two Canadian Michaels.”',
      { ...SEED, people: [...SEED.people, 'Han'] },
    );
    expect(brief(c)).toEqual([
      { claimant: 'Han Dong', via: undefined, stance: 'admits', subject: 'Han Dong', text: 'he had a discussion with Consul General Han' },
      {
        claimant: 'Han Dong',
        via: undefined,
        stance: 'denies',
        subject: 'Han Dong',
        text: 'his conversation was about delaying the release of the “two Canadian Michaels.”',
      },
    ]);
  });

  it('denies: an unnamed spokesman kept as written', () => {
    const c = claimsOf('Meanwhile, a spokesman from China denied that Beijing ever attempted to interfere in Canadian politics.');
    expect(brief(c)).toEqual([
      {
        claimant: 'a spokesman from China',
        via: undefined,
        stance: 'denies',
        subject: undefined,
        text: 'Beijing ever attempted to interfere in Canadian politics',
      },
    ]);
  });

  it('denies: the accused says he did not do it', () => {
    const c = claimsOf(
      "Citing anonymous national security sources, Global News reported that Dong advised China's consul-general in Toronto in February 2021 that the release should be postponed. " +
        'Dong emailed the media outlet, saying he did not advise Beijing to delay releasing the two from prison.',
      SEED,
    );
    expect(brief(c)[1]).toEqual({
      claimant: 'Han Dong',
      via: undefined,
      stance: 'denies',
      subject: 'Han Dong',
      text: 'he did not advise Beijing to delay releasing the two from prison',
    });
  });

  it('calls-for: the object of "called for"', () => {
    const c = claimsOf(
      'NDP Leader Jagmeet Singh, meanwhile, called for Dong to be removed from the Liberal caucus pending an investigation of the "extremely serious allegations."',
      SEED,
    );
    expect(brief(c)).toEqual([
      {
        claimant: 'Jagmeet Singh',
        via: undefined,
        stance: 'calls-for',
        subject: 'Han Dong',
        text: 'Dong to be removed from the Liberal caucus pending an investigation of the "extremely serious allegations."',
      },
    ]);
  });

  it('reports: a paper citing documents, the documents as via', () => {
    const c = claimsOf(
      'On February 17 when the Globe and Mail, citing CSIS documents, reported that “an orchestrated machine was operating in Canada with two primary aims.”',
      SEED,
    );
    expect(brief(c)).toEqual([
      {
        claimant: 'Globe and Mail',
        via: 'CSIS documents',
        stance: 'reports',
        subject: undefined,
        text: 'an orchestrated machine was operating in Canada with two primary aims.',
      },
    ]);
  });

  it('reports: "according to reports by A and B" gives one claim per outlet', () => {
    const c = claimsOf(
      'According to a series of reports in recent months by Global News and the Globe and Mail, which were based on anonymous national security sources and leaked classified documents, Beijing interfered in the elections by putting pressure on its consulates in Canada to support certain candidates.',
      SEED,
    );
    expect(c.map((x) => [x.claimant, x.stance, x.text])).toEqual([
      ['Global News', 'reports', 'Beijing interfered in the elections by putting pressure on its consulates in Canada to support certain candidates'],
      ['Globe and Mail', 'reports', 'Beijing interfered in the elections by putting pressure on its consulates in Canada to support certain candidates'],
    ]);
  });

  it('states: an office told the outlet what it did not know', () => {
    const c = claimsOf(
      'Trudeau’s office, in its own comment, told the news outlet that they did not know there was a conversation taking place between Dong and the Chinese diplomat.',
      SEED,
    );
    expect(c.map((x) => [x.claimant, x.stance, x.text])).toEqual([
      ['Trudeau’s office', 'states', 'they did not know there was a conversation taking place between Dong and the Chinese diplomat'],
    ]);
  });

  it('alleges: "it was alleged by sources that ..."', () => {
    const c = claimsOf('Furthermore, it was alleged by sources that Dong is a willing partner in China’s election meddling network operating in Canada.', SEED);
    expect(c.map((x) => [x.claimant, x.stance, x.subject, x.text])).toEqual([
      ['sources', 'alleges', 'Han Dong', 'Dong is a willing partner in China’s election meddling network operating in Canada'],
    ]);
  });

  it('alleges: "was alleged by security officials as being" inside a report', () => {
    const c = claimsOf(
      'The Global News report also revealed that Dong was alleged by security officials as being one of no less than 11 Toronto-area candidates who had clandestine support from CCP officials in the 2019 election.',
      SEED,
    );
    expect(brief(c)).toEqual([
      {
        claimant: 'Global News',
        via: 'security officials',
        stance: 'alleges',
        subject: 'Han Dong',
        text: 'Dong being one of no less than 11 Toronto-area candidates who had clandestine support from CCP officials in the 2019 election',
      },
    ]);
  });

  it('states: "X said ..." without "that" (MEANTIME)', () => {
    const c = claimsOf("Days after Sen. McCain's remarks, the Air Force said the tanker replacement contract would be revived as an open bid.", {
      organizations: ['Air Force'],
      people: ['John McCain'],
    });
    expect(c.map((x) => [x.claimant, x.stance, x.text])).toEqual([['Air Force', 'states', 'the tanker replacement contract would be revived as an open bid']]);
  });

  it('states: "told reporters that" with the pronoun of the next sentence (MEANTIME)', () => {
    const c = claimsOf(
      'Djamal told reporters that he felt the best option was the lifting of the ban.\n\nHe has also confirmed that no Indonesian officers will be sent to Europe to assist with the situation.',
      { people: ['Jusman Syafii Djamal'] },
    );
    expect(c.map((x) => [x.claimant, x.stance, x.text])).toEqual([
      ['Jusman Syafii Djamal', 'states', 'he felt the best option was the lifting of the ban'],
      ['Jusman Syafii Djamal', 'states', 'no Indonesian officers will be sent to Europe to assist with the situation'],
    ]);
  });

  it('states: "X says ..." for an organisation (MEANTIME)', () => {
    const c = claimsOf('Air India says the new fuel-efficient airliner will save US$300 million in fuel a year.', { organizations: ['Air India'] });
    expect(c.map((x) => [x.claimant, x.stance, x.text])).toEqual([
      ['Air India', 'states', 'the new fuel-efficient airliner will save US$300 million in fuel a year'],
    ]);
  });

  it('states: an appositive name between commas is the claimant (MEANTIME)', () => {
    const c = claimsOf('A third US car manufacturer, Ford Motor Company, has said that it can make it through this year without any government aid.', {
      organizations: ['Ford Motor Company'],
    });
    expect(c.map((x) => [x.claimant, x.stance, x.text])).toEqual([
      ['Ford Motor Company', 'states', 'it can make it through this year without any government aid'],
    ]);
  });

  it('states: the source after the content, "..., according to X." (MEANTIME)', () => {
    const c = claimsOf(
      'At the moment songs are sold for #0.79 per song and #7.99 per album which after the price cut will on average be reduced to #0.74 and #7.48 to match the EU prices of $0.99 and $9.99, according to Times Online.',
      { organizations: ['Times Online'] },
    );
    expect(c.map((x) => [x.claimant, x.stance])).toEqual([['Times Online', 'states']]);
    expect(c[0].text).toBe(
      'At the moment songs are sold for #0.79 per song and #7.99 per album which after the price cut will on average be reduced to #0.74 and #7.48 to match the EU prices of $0.99 and $9.99',
    );
  });

  it('states: "..., according to X." then ", he says," inside the next statement (MEANTIME)', () => {
    const c = claimsOf(
      'The issue has been resolved, according to Airbus spokesman Jaime Perez-Guerra.\n\n' +
        'Apparently, the glitch led the pilots to disengage an engine, allowing its blades to turn freely.\n\n' +
        'Since then, he says, the plane has flown for nearly thirty hours and is exceeding expectations.',
      { organizations: ['Airbus'], people: ['Jaime Perez-Guerra'] },
    );
    expect(c.map((x) => [x.claimant, x.stance, x.text])).toEqual([
      ['Jaime Perez-Guerra', 'states', 'The issue has been resolved'],
      ['Jaime Perez-Guerra', 'states', 'Since then the plane has flown for nearly thirty hours and is exceeding expectations'],
    ]);
  });
});
