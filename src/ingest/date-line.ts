/**
 * A line (or a phrase) that is a full calendar date and nothing else: "June 13, 2005",
 * "2023-03-24", "13 June 2005", "03-02-2009" only when day and month cannot be confused.
 */
import * as chrono from 'chrono-node';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const WEEKDAY_PREFIX = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
/** "Published: June 13, 2005", "Posted on 2023-03-24", "Updated 13 June 2005", "First published Thu 22 Aug 1996". */
const LABEL_PREFIX =
  /^(?:first\s+published|published|posted|last\s+updated|updated|last\s+modified|modified|dated|date|issued|released)(?:\s+(?:on|at))?\s*[:\-–]?\s*(?=\S)/i;
/** A label that says the date is not the first publication. */
const UPDATE_LABEL = /^(?:last\s+updated|updated|last\s+modified|modified)\b/i;
/** A time before the date: "10:32 AM EST, Thu August 22, 1996", "14.05 GMT 22/08/1996". */
const TIME_PREFIX = /^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}\b)?\s*[,;|/·•-]?\s*/i;
/** An ISO date, with a time and zone or not: "2023-03-24", "2023-03-24T09:30:00Z", "1996-08-22 14:05 GMT". */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5})?$/;
const MAX_DATE_TEXT = 60;
/** A day of a month without a year: "March 3", "Sept. 24", "3 March". */
const MONTH_DAY = /^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)$/;
const TIME_SUFFIX = /\s*(?:[,;/|·•–-]|\bat\b)?\s*\d{1,2}(?:[:.]\d{2}(?::\d{2})?)?\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?$/i;

export function isoDate(value: string): string | null {
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? m[0] : null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Returns YYYY-MM-DD when the whole line is one full date, else null. A day without a year
 * ("March 3") is dated only when a reference (a publication date given by the user) supplies the year.
 */
export function parseDateLine(line: string, reference: string | null): string | null {
  return readDateLine(line, reference)?.date ?? null;
}

/** A date line's date and whether its label says it is an update ("Updated: ...") rather than the publication. */
export interface DateLine {
  date: string;
  updated: boolean;
}

/** Like parseDateLine, and tells an "Updated" line from a publication date. */
export function readDateLine(line: string, reference: string | null): DateLine | null {
  const trimmed = line.trim();
  const updated = UPDATE_LABEL.test(trimmed);
  const date = dateOf(closeUp(trimmed.replace(LABEL_PREFIX, '')).replace(TIME_PREFIX, '').replace(WEEKDAY_PREFIX, ''), reference);
  return date ? { date, updated } : null;
}

/** Tokenised text has spaces before punctuation ("Aug 22 , 1996"): close them up to read the date. */
function closeUp(text: string): string {
  return text.replace(/\s+([,.;:])/g, '$1');
}

function dateOf(text: string, reference: string | null): string | null {
  if (!text || text.length > MAX_DATE_TEXT) return null;
  const isoTime = ISO_DATE_TIME.exec(text);
  if (isoTime) return isoDate(isoTime[1]);
  const num = NUMERIC.exec(text);
  if (num) {
    const [a, b, y] = [Number(num[1]), Number(num[2]), Number(num[3])];
    if (a === b) return isoDate(`${y}-${pad(a)}-${pad(b)}`);
    if (a > 12 && b <= 12) return isoDate(`${y}-${pad(b)}-${pad(a)}`);
    if (b > 12 && a <= 12) return isoDate(`${y}-${pad(a)}-${pad(b)}`);
    return null; // 03-02-2009: day-first or month-first cannot be told apart
  }
  const results = chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1)));
  if (results.length !== 1) return null;
  const r = results[0];
  const rest = (text.slice(0, r.index) + text.slice(r.index + r.text.length)).replace(TIME_SUFFIX, '').trim();
  if (rest.replace(/[\s,.]/g, '') !== '') return null;
  if (!r.start.isCertain('month') || !r.start.isCertain('day')) return null;
  if (!r.start.isCertain('year'))
    return reference && MONTH_DAY.test(text.replace(/,$/, '')) ? yearFromReference(r.start.get('month')!, r.start.get('day')!, reference) : null;
  return isoDate(`${r.start.get('year')}-${pad(r.start.get('month')!)}-${pad(r.start.get('day')!)}`);
}

/**
 * A dateline's "March 3" takes its year from the publication date the user gave: the year that
 * puts it closest to that date ("December 30" with a reference of 2009-01-02 → 2008-12-30).
 */
export function yearFromReference(month: number, day: number, reference: string): string | null {
  const ref = isoDate(reference.slice(0, 10));
  if (!ref) return null;
  const refTime = Date.parse(ref);
  const year = Number(ref.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((y) => isoDate(`${y}-${pad(month)}-${pad(day)}`)).filter((d): d is string => d !== null);
  candidates.sort((a, b) => Math.abs(Date.parse(a) - refTime) - Math.abs(Date.parse(b) - refTime));
  return candidates[0] ?? null;
}
