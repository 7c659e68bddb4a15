import { describe, expect, it } from 'vitest';
import { parseDateLine, yearFromReference } from '../../src/ingest/date-line.js';

describe('parseDateLine: a line that is one full date', () => {
  it.each([
    ['June 13, 2005', '2005-06-13'],
    ['March 03, 2010', '2010-03-03'],
    ['13 June 2005', '2005-06-13'],
    ['Monday, June 13, 2005', '2005-06-13'],
    ['2023-03-24', '2023-03-24'],
    ['2023-03-24T09:30:00Z', '2023-03-24'],
    ['Published: June 13, 2005', '2005-06-13'],
    ['Posted on 2023-03-24', '2023-03-24'],
    ['June 13, 2005 at 6:40 p.m.', '2005-06-13'],
  ])('%s → %s', (line, iso) => {
    expect(parseDateLine(line, null)).toBe(iso);
  });

  it('reads a numeric date only when day and month cannot be confused', () => {
    expect(parseDateLine('13-02-2009', null)).toBe('2009-02-13');
    expect(parseDateLine('02/13/2009', null)).toBe('2009-02-13');
    expect(parseDateLine('03-03-2009', null)).toBe('2009-03-03');
    expect(parseDateLine('03-02-2009', null)).toBeNull();
  });

  it('is not a date line when the line says more than a date', () => {
    expect(parseDateLine('Stocks fell on June 13, 2005 after the report', null)).toBeNull();
    expect(parseDateLine('MP Han Dong resigns from Liberal caucus', null)).toBeNull();
    expect(parseDateLine('2023-02-30', null)).toBeNull();
  });

  it('dates "March 3" only with a reference that gives the year', () => {
    expect(parseDateLine('March 3', null)).toBeNull();
    expect(parseDateLine('March 3', '2009-03-05')).toBe('2009-03-03');
    expect(parseDateLine('Dec. 30', '2009-01-02')).toBe('2008-12-30');
  });
});

describe('yearFromReference', () => {
  it('takes the year that puts the day closest to the reference', () => {
    expect(yearFromReference(12, 30, '2009-01-02')).toBe('2008-12-30');
    expect(yearFromReference(1, 2, '2008-12-30')).toBe('2009-01-02');
    expect(yearFromReference(6, 13, '2005-06-14')).toBe('2005-06-13');
    expect(yearFromReference(2, 29, '2009-03-01')).toBe('2008-02-29');
  });
});
