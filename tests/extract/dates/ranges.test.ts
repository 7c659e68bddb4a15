import { describe, it } from 'vitest';
import { expectDate } from './helpers.js';

// MEANTIME sentences: MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.

describe('ranges keep both ends', () => {
  it('between one year and another', () => {
    expectDate('Sales of the model doubled between 2019 and 2021.', '2023-03-24', 'between 2019 and 2021', '2019', '2021');
  });

  it('from one year to another', () => {
    expectDate('Aer Lingus will take delivery of the aircraft from 2009 to 2011.', '2007-06-09', 'from 2009 to 2011', '2009', '2011');
  });

  it('days of one month', () => {
    expectDate('The hearings ran from March 3 to 5 in Ottawa.', '2023-03-24', 'March 3 to 5', '2023-03-03', '2023-03-05');
  });
});
