/** Attributed positions, plans and beliefs, with a stance. Wire-style sentences are our own; MEANTIME ones say so. */
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../quotes/helpers.js';
import { claimed } from './helpers.js';

describe('positions, plans and beliefs', () => {
  it('"plans to ..." keeps the infinitive (MEANTIME, CC BY 4.0)', () => {
    const c = claimsOf('As part of the restructure, GM plans to cut 30,000 jobs and close 12 facilities by 2008.', { organizations: ['GM'] });
    expect(claimed(c)).toEqual([['GM', 'organisation', 'plans', 'plans', 'to cut 30,000 jobs and close 12 facilities by 2008']]);
  });

  it('"is planning to ..." (MEANTIME, CC BY 4.0)', () => {
    const c = claimsOf('Apple Computer is planning to sell full-length feature films for download via the online iTunes Music Store.', {
      organizations: ['Apple Computer'],
    });
    expect(claimed(c)).toEqual([
      ['Apple Computer', 'organisation', 'planning', 'plans', 'to sell full-length feature films for download via the online iTunes Music Store'],
    ]);
  });

  it('"believes that ..." (MEANTIME, CC BY 4.0)', () => {
    const c = claimsOf('Apple CEO Steve Jobs believes that this may have a large impact on the film industry.', { people: ['Steve Jobs'] });
    expect(claimed(c)).toEqual([['Steve Jobs', 'person', 'believes', 'believes', 'this may have a large impact on the film industry']]);
  });

  it('"expects ..." with an object and infinitive', () => {
    const c = claimsOf('The company expects revenue to grow by 5 percent next year.');
    expect(claimed(c)).toEqual([['The company', 'organisation', 'expects', 'believes', 'revenue to grow by 5 percent next year']]);
  });

  it('"criticized ..." a position', () => {
    const c = claimsOf("The senator criticized the administration's handling of the border.");
    expect(claimed(c)).toEqual([['The senator', 'person', 'criticized', 'criticises', "the administration's handling of the border"]]);
  });

  it('"promised ..." a plan (MEANTIME, CC BY 4.0)', () => {
    const c = claimsOf('Cisco has promised a compatible release before the end of the month.', { organizations: ['Cisco'] });
    expect(claimed(c)).toEqual([['Cisco', 'organisation', 'promised', 'plans', 'a compatible release before the end of the month']]);
  });

  it('"denied that ..."', () => {
    const c = claimsOf('The mayor denied that she had known about the payments.');
    expect(claimed(c)).toEqual([['The mayor', 'person', 'denied', 'denies', 'she had known about the payments']]);
  });

  it('"claims to have ..." keeps the infinitive (MEANTIME, CC BY 4.0)', () => {
    const c = claimsOf("AppleInsider claims to have seen a wireless device similar to Apple's Airport Express.", { organizations: ['AppleInsider'] });
    expect(claimed(c)).toEqual([['AppleInsider', 'organisation', 'claims', 'alleges', "to have seen a wireless device similar to Apple's Airport Express"]]);
  });
});
