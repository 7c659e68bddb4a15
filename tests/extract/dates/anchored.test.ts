import { describe, it } from 'vitest';
import { expectDate, expectNoDate } from './helpers.js';

// MEANTIME sentences: MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.

describe('dates counted from another date of the text', () => {
  it('"four days after" beside a date names an event four days before it', () => {
    const text =
      'Both Michaels were detained in China for more than 1,000 days on spying charges and were eventually freed on September 24, 2021, four days after the Canadian federal polls.';
    expectDate(text, '2023-03-24', 'four days after the Canadian federal polls', '2021-09-20');
  });

  it('"two days before" beside a date names an event two days after it', () => {
    const text = 'The new phone will come pre-loaded with the iPhone 3.0 software, which will be available on June 17, two days before the phone launches.';
    expectDate(text, '2009-06-09', 'two days before the phone launches', '2009-06-19');
  });

  it('"later" and "the next day" count from the date mentioned last', () => {
    expectDate('Kovrig was moved to a prison on March 3. Two days later he was charged.', '2023-03-24', 'Two days later', '2023-03-05');
    expectDate('The motion failed on Tuesday. The next day, Dong resigned from caucus.', '2023-03-23', 'The next day', '2023-03-22');
  });

  it('"on the day" is the day the story is about', () => {
    expectDate(
      'Stock indexes worldwide rose on Friday. The Dow Jones Industrial Average gained 155.91 points, or 1.67%, to end the day at 9505.96.',
      '2009-08-21',
      'end the day',
      '2009-08-21',
    );
  });

  it('an offset with nothing to count from is dropped, never counted from publication', () => {
    expectNoDate('Dong resigned four days after the report was published.', '2023-03-24', 'four days after');
    expectNoDate('GM filed for bankruptcy a day after its bondholders rejected the offer.', '2009-05-15', 'a day after');
  });
});
