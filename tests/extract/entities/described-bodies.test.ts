/**
 * An acronym in brackets after a body described in lower case is that body; a study or a survey
 * named in capitals is no organisation, the body that runs one is. Sentences from
 * GUM_academic_librarians (010, CC BY 4.0), GUM_news_iodine (071, Wikinews, CC BY 2.5) and
 * GUM_academic_lighting (011, CC BY 4.0), Zeldes 2017, and our own.
 */
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('bodies described in lower case, studies and surveys', () => {
  it('takes the acronym after "the consortium of ..." for an organisation', () => {
    const r = names(['The directors of the libraries participating in the consortium of Dutch academic libraries (UKB) also expressed the wish.']);
    expect(r.organizations).toEqual(['UKB']);
  });

  it('takes no acronym after a lower-case description of a thing', () => {
    const r = names(['The satellite measures soil moisture and ocean salinity (SMOS) from orbit.']);
    expect(r.organizations).toEqual([]);
  });

  it('takes no study or survey for an organisation', () => {
    const r = names([
      'The results of the Australian National Iodine Nutrition Study revealed that children are borderline iodine deficient.',
      'Based on the results of the 2011 Household Energy Consumption Survey, electricity remains the most common source of energy.',
    ]);
    expect(r.organizations).toEqual([]);
  });

  it('keeps a body whose name ends in "Study"', () => {
    const r = names(['The Institute for Advanced Study announced the award on Monday.']);
    expect(r.organizations).toEqual(['Institute for Advanced Study']);
  });
});
