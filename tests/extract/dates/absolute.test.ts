import { describe, it } from 'vitest';
import { expectDate } from './helpers.js';

// MEANTIME sentences: MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.

describe('absolute dates', () => {
  it('month, day and year', () => {
    expectDate(
      'Both Michaels were eventually freed on September 24, 2021, four days after the Canadian federal polls.',
      '2023-03-24',
      'September 24, 2021',
      '2021-09-24',
    );
    expectDate('The Dow closed at 7,555.63 on October 9, 2002.', '2009-02-20', 'October 9, 2002', '2002-10-09');
  });

  it('day before month', () => {
    expectDate('The search for the wreck was suspended on 11 December because of bad weather.', '2010-01-25', 'on 11 December', '2009-12-11');
  });

  it('month and year', () => {
    expectDate('He had asked a Chinese diplomat in February 2021 to delay the release of two Canadians.', '2023-03-23', 'February 2021', '2021-02');
  });

  it('numeric dates', () => {
    expectDate('The date of the unveiling, 7/8/07, was chosen because the number eight is lucky in Chinese culture.', '2007-07-09', '7/8/07', '2007-07-08');
  });

  it('an absolute date does not depend on publication', () => {
    expectDate('The iPhone 3.0 software will be available on June 17, 2009.', null, 'June 17, 2009', '2009-06-17');
  });
});
