/**
 * Dates as readers write them, in the query and in the From/To fields: "13 June 2005",
 * "June 2005", "2005", "Sept. 24, 2021", "between March and May 2009", "2005-06-13". Read with
 * chrono-node's English parsers (the extractor's date library) and one refiner of this folder;
 * each date becomes an ISO value at the granularity written (2005, 2005-06, 2005-06-13), and a
 * range its two ends.
 *
 * In a query only dates that name their year count: "May" alone is a name as often as a month,
 * and "today" is a word of "USA Today".
 */
import { casual } from 'chrono-node/en';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { yearlessRangeRefiner } from './yearless-range-refiner.js';
import { readIsoDate, NAMES_A_YEAR, type DateSpan, type DateReader } from '../../search/date-reader.js';

export type { DateSpan, DateReader };

const queryChrono = casual.clone();
queryChrono.refiners.push(yearlessRangeRefiner);

/** Fixed reference: a date without a year is never taken in the current one. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(c: ParsedComponents): string | null {
  const y = c.get('year');
  if (y === null || !c.isCertain('month')) return y !== null && c.isCertain('year') ? String(y) : null;
  const ym = `${y}-${pad(c.get('month')!)}`;
  return c.isCertain('day') ? `${ym}-${pad(c.get('day')!)}` : ym;
}

function spanOf(r: ParsedResult): DateSpan | null {
  const from = isoOf(r.start);
  if (!from) return null;
  const to = r.end ? isoOf(r.end) : from;
  return to ? { text: r.text, index: r.index, from, to } : null;
}

/** The dates written in a query, each naming its year, in order. */
export function findDates(text: string): DateSpan[] {
  return queryChrono
    .parse(text, REFERENCE)
    .map(spanOf)
    .filter((d): d is DateSpan => d !== null && NAMES_A_YEAR.test(d.text));
}

/** A From or To field read as one date or range; null when it is not one. */
export function readDate(text: string): { from: string; to: string } | null {
  const t = text.trim();
  const iso = readIsoDate(t);
  if (iso || /^[\d\s–—-]+$/.test(t)) return iso;
  const found = queryChrono.parse(t, REFERENCE).map(spanOf);
  const only = found.length === 1 ? found[0] : null;
  return only && NAMES_A_YEAR.test(only.text) && only.text.length >= t.replace(/[.,\s]+$/, '').length - 1 ? { from: only.from, to: only.to } : null;
}

/** The reader of dates as written. */
export const naturalDates: DateReader = { findDates, readDate };
