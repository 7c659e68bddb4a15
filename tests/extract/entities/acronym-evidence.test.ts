// Sentences from GUM (Zeldes 2017), academic papers under CC BY 4.0 (GUM_academic_salinity,
// GUM_academic_lighting); MEANTIME (Minard et al. 2016), Wikinews, CC BY 4.0; the seeds; others
// written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('an acronym is an organisation only with evidence', () => {
  it('technical acronyms are nothing; agencies with an organisation-like expansion are organisations (GUM_academic_salinity)', () => {
    const r = names([
      'In the past decade, with the successful launch of the soil moisture and ocean salinity (SMOS) satellite by the European Space Agency (ESA) [3], global sea surface salinity (SSS) observations from space have become possible.',
      'Based on many experiments, the L-band is evidenced as the optimal frequency for remote sensing of SSS, which has been adopted by SMOS.',
    ]);
    expect(r.organizations).toEqual(['European Space Agency']);
    expect(r.raw.organizations[0].aliases).toEqual(['ESA']);
  });

  it('a unit of light or a format is no organisation (GUM_academic_lighting)', () => {
    const r = names([
      'In addition to the harmful effects of mercury is that it emits Ultraviolet (UV) Radiation.',
      'The UV output was measured twice, and the pages are written in HTML 5, the newest markup language.',
    ]);
    expect(r.organizations).toEqual([]);
    expect(r.people).toEqual([]);
  });

  it('an acronym that acts is an organisation: "the NDP joined" (seed 000), "contractor EADS wants" (MEANTIME 104)', () => {
    expect(names(['Interestingly, this comes after the NDP joined the Trudeau Liberals on Tuesday in the House of Commons.']).organizations).toEqual(
      expect.arrayContaining(['NDP']),
    );
    expect(
      names(['However, additional costs were involved, and European aerospace contractor EADS wants this cost to be shouldered by the seven customer nations.'])
        .organizations,
    ).toEqual(['EADS']);
  });

  it('acronyms that speak, own or employ are organisations', () => {
    const r = names(['NASA said the launch would slip to May.', 'The telescope is run by the ESO, and she joined CERN in 2004.', "IBM's shares rose."]);
    expect(r.organizations).toEqual(['CERN', 'ESO', 'IBM', 'NASA']);
  });

  it('an age needs a comma before it ("Smith, 45,"), a version number is none ("HTML 5,")', () => {
    expect(names(['Police said John Smith, 45, was arrested on Friday.']).people).toEqual(['John Smith']);
    expect(names(['The site is written in HTML 5, which older browsers cannot read.']).people).toEqual([]);
  });
});
