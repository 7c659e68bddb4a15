/**
 * How dates in a query and in From/To are read. The browser starts with the ISO reader (no date
 * library: most queries hold no date) and loads the natural-language one (chrono-node, about
 * 15 KB gzipped, assets/dates.js) only when a query or field holds a year.
 */
import { boundDay } from './date-range.js';

/** A date or range found: the text as written, where it is, and its ends at their granularity. */
export interface DateSpan {
  text: string;
  index: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  from: string;
  to: string;
}

export interface DateReader {
  /** The dates written in a query, each naming its year, in order. */
  findDates(text: string): DateSpan[];
  /** A From or To field read as one date or range; null when it is not one. */
  readDate(text: string): { from: string; to: string } | null;
}

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const YEAR_RANGE = /^(\d{4})\s*(?:-|–|—|to|until|through)\s*(\d{4})$/i;
/** A four-digit number: the sign that a text may hold a date worth the date library. */
export const NAMES_A_YEAR = /\b\d{4}\b/;

/** ISO values (2005, 2005-06, 2005-06-13) and year ranges (1990-1995); null otherwise. */
export function readIsoDate(text: string): { from: string; to: string } | null {
  const t = text.trim();
  if (ISO_DATE.test(t)) return boundDay(t, false) === null ? null : { from: t, to: t };
  const years = YEAR_RANGE.exec(t);
  return years ? { from: years[1], to: years[2] } : null;
}

/** The reader without a date library: ISO in From/To; ISO dates in a query are compacted by query.ts. */
export const isoDates: DateReader = { findDates: () => [], readDate: readIsoDate };
