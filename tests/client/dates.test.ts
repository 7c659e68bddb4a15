/** Dates as readers write them in the query and the From/To fields (chrono-node and a range refiner). */
import { describe, it, expect } from 'vitest';
import { findDates, readDate, naturalDates } from '../../src/client/dates/index.js';
import { SearchEngine } from '../../src/search/engine.js';
import { stateFromParams, paramsFromState } from '../../src/client/state.js';

describe('findDates', () => {
  it('reads days, months and ranges that name their year, where they are written', () => {
    expect(findDates('Steve Jobs 13 June 2005 resign')).toEqual([{ text: '13 June 2005', index: 11, from: '2005-06-13', to: '2005-06-13' }]);
    expect(findDates('June 2005')).toEqual([{ text: 'June 2005', index: 0, from: '2005-06', to: '2005-06' }]);
    expect(findDates('Sept. 24, 2021')).toEqual([{ text: 'Sept. 24, 2021', index: 0, from: '2021-09-24', to: '2021-09-24' }]);
    expect(findDates('between March and May 2009')).toEqual([{ text: 'between March and May 2009', index: 0, from: '2009-03', to: '2009-05' }]);
    expect(findDates('Jan 2008 - Mar 2008')[0]).toMatchObject({ from: '2008-01', to: '2008-03' });
  });

  it('leaves months, weekdays and relative words without a year as words', () => {
    expect(findDates('Theresa May')).toEqual([]);
    expect(findDates('USA Today on Friday')).toEqual([]);
    // The end comes before the start once given its year: two dates, not a range.
    expect(findDates('between May and March 2009').map((d) => d.text)).toEqual(['March 2009']);
  });
});

describe('readDate (From and To)', () => {
  it('reads ISO values, years, year ranges and dates as written', () => {
    expect(readDate('2005-06-13')).toEqual({ from: '2005-06-13', to: '2005-06-13' });
    expect(readDate(' 2005 ')).toEqual({ from: '2005', to: '2005' });
    expect(readDate('1990-1995')).toEqual({ from: '1990', to: '1995' });
    expect(readDate('June 2005')).toEqual({ from: '2005-06', to: '2005-06' });
    expect(readDate('Sept. 24, 2021')).toEqual({ from: '2021-09-24', to: '2021-09-24' });
  });

  it('refuses what is not one date', () => {
    expect(readDate('2021-02-30')).toBeNull();
    expect(readDate('2021-13')).toBeNull();
    expect(readDate('today')).toBeNull();
    expect(readDate('banana')).toBeNull();
    expect(readDate('June 2005 Kovrig')).toBeNull();
  });
});

describe('a From/To range as the engine reads it', () => {
  it('takes the start of From and the end of To, and explains unreadable and reversed ranges', () => {
    const june = SearchEngine.readRange({ q: '', from: 'June 2005', to: 'June 2005' }, naturalDates);
    expect(june.range).toEqual({ from: '2005-06', to: '2005-06' });
    expect(june.problems).toEqual([]);
    expect(june.to! - june.from!).toBe(29);
    const bad = SearchEngine.readRange({ q: '', from: 'Juen 20o5', to: '2009' }, naturalDates);
    expect(bad.range).toEqual({ to: '2009' });
    expect(bad.problems).toEqual(['From “Juen 20o5” is not a date I can read (try 13 June 2005, June 2005 or 2005): it was left out']);
    const reversed = SearchEngine.readRange({ q: '', from: 'May 2009', to: 'March 2009' }, naturalDates);
    expect(reversed.problems).toEqual(['From 2009-05 is after To 2009-03: swap them to search that range']);
    // Without the date library (before it has loaded) only ISO values are read.
    expect(SearchEngine.readRange({ q: '', from: 'June 2005', to: '2005-07' }).range).toEqual({ to: '2005-07' });
  });

  it('keeps the any-word switch in the address', () => {
    const req = stateFromParams(new URLSearchParams('q=a+b&any=1'));
    expect(req.any).toBe(true);
    expect(paramsFromState(req).toString()).toBe('q=a+b&any=1');
    expect(stateFromParams(new URLSearchParams('q=a+b&any=0')).any).toBeUndefined();
  });
});
