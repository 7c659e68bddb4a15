import { describe, expect, it } from 'vitest';
import { linkClaims, stem } from '../../src/archive/claims.js';
import type { Claim } from '../../src/types.js';

// Claims as the extractor reads them from the two seed articles (their exact texts).
const DELAY_000: Claim = {
  claimant: 'Global News',
  via: 'two national security sources',
  stance: 'alleges',
  subject: 'Han Dong',
  text: 'Dong had in 2021 advised a Chinese diplomat that it would be of interest to the Liberal Party if they delayed the release of Canadians Michael Kovrig and Michael Spavor, who were imprisoned in a Chinese jail at the time',
};
const DELAY_001: Claim = {
  claimant: 'Global News',
  via: 'anonymous national security sources',
  stance: 'alleges',
  subject: 'Han Dong',
  text: 'Dong advised China\'s consul-general in Toronto, Han Tao, in February 2021 that setting the "Two Michaels" free –Michael Kovrig and Michael Spavor – should be postponed as the release would benefit the federal Conservative Party of Canada, which is seen as unfriendly to Beijing',
};
const DENIAL_000: Claim = {
  claimant: 'Han Dong',
  stance: 'denies',
  subject: 'Han Dong',
  text: 'his conversation was about delaying the release of the “two Canadian Michaels.”',
};
const DENIAL_001: Claim = {
  claimant: 'Han Dong',
  stance: 'denies',
  subject: 'Han Dong',
  text: 'he did not advise Beijing to delay releasing the two from prison',
};
const MULRONEY: Claim = {
  claimant: 'David Mulroney',
  stance: 'states',
  text: 'Trudeau’s opposition to launching a full independent public inquiry into alleged interference in Canada’s elections by China only serves to embolden the communist regime',
};
const CHINA: Claim = { claimant: 'a spokesman from China', stance: 'denies', text: 'Beijing ever attempted to interfere in Canadian politics' };

const ARTICLES = [
  { id: '001', title: "MP Han Dong resigns from Trudeau's Liberal Party", published: '2023-03-24', claims: [DELAY_001, DENIAL_001, CHINA] },
  { id: '000', title: 'MP Han Dong resigns', published: '2023-03-23', claims: [DELAY_000, DENIAL_000, MULRONEY] },
];

describe('linkClaims', () => {
  const groups = linkClaims(ARTICLES);

  it('links the allegation both articles carry, worded from the earliest article', () => {
    const delay = groups.find((g) => g.stance === 'alleges')!;
    expect(delay.id).toBe('global-news-alleges-dong-2021-advised-chinese');
    expect(delay.claimant).toBe('Global News');
    expect(delay.subject).toBe('Han Dong');
    expect(delay.text).toBe(DELAY_000.text);
    expect(delay.carriedBy.map((c) => c.articleId)).toEqual(['000', '001']);
  });

  it('links the denial to the allegation it answers', () => {
    const delay = groups.find((g) => g.stance === 'alleges')!;
    const denial = groups.find((g) => g.claimant === 'Han Dong' && g.stance === 'denies')!;
    expect(denial.carriedBy.map((c) => c.articleId)).toEqual(['000', '001']);
    expect(delay.deniedBy?.map((c) => c.claim.text)).toEqual([DENIAL_000.text, DENIAL_001.text]);
    expect(denial.answers).toEqual([delay.id]);
  });

  it('keeps claims of other claimants apart, and a denial about something else unlinked', () => {
    expect(groups.map((g) => g.claimant)).toEqual(['Global News', 'Han Dong', 'a spokesman from China', 'David Mulroney']);
    const china = groups.find((g) => g.claimant === 'a spokesman from China')!;
    expect(china.answers).toBeUndefined();
    expect(groups.find((g) => g.claimant === 'David Mulroney')!.deniedBy).toBeUndefined();
  });

  it('gives the same ids whatever the order of the articles', () => {
    expect(linkClaims([...ARTICLES].reverse()).map((g) => g.id)).toEqual(groups.map((g) => g.id));
  });

  it('does not group two different allegations of the same outlet', () => {
    const other: Claim = {
      claimant: 'Global News',
      via: 'the sources from CSIS',
      stance: 'alleges',
      text: 'the Chinese Communist Party (CCP) was in favor of having the Liberals win the 2021 federal election',
    };
    const g = linkClaims([{ id: '000', title: 't', published: '2023-03-23', claims: [DELAY_000, other] }]);
    expect(g.map((x) => x.carriedBy.length)).toEqual([1, 1]);
  });

  it('stems inflections to one form', () => {
    expect(['delaying', 'delayed', 'delays', 'delay'].map(stem)).toEqual(['delay', 'delay', 'delay', 'delay']);
  });
});
