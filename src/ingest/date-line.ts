/**
 * A line (or a phrase) that is a full calendar date and nothing else: "June 13, 2005",
 * "2023-03-24", "13 June 2005", "03-02-2009" only when day and month cannot be confused.
 */
import * as chrono from 'chrono-node';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const WEEKDAY_PREFIX = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
/** "Published: June 13, 2005", "Posted on 2023-03-24", "Updated 13 June 2005". */
const LABEL_PREFIX = /^(?:published|posted|updated|last\s+updated|date)(?:\s+on)?\s*[:\-–]?\s+/i;
/** A day of a month without a year: "March 3", "Sept. 24", "3 March". */
const MONTH_DAY = /^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)$/;
const TIME_SUFFIX = /\s*(?:[,;]|\bat\b)?\s*\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s*[A-Z]{2,4})?$/;

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
  const text = line.trim().replace(LABEL_PREFIX, '').replace(WEEKDAY_PREFIX, '');
  if (!text || text.length > 40) return null;
  const iso = isoDate(text.slice(0, 10)) && /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.Z+-]*)?$/.test(text) ? text.slice(0, 10) : null;
  if (iso) return iso;
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
  if (!r.start.isCertain('year')) return reference && MONTH_DAY.test(text.replace(/,$/, '')) ? yearFromReference(r.start.get('month')!, r.start.get('day')!, reference) : null;
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
  const candidates = [year - 1, year, year + 1]
    .map((y) => isoDate(`${y}-${pad(month)}-${pad(day)}`))
    .filter((d): d is string => d !== null);
  candidates.sort((a, b) => Math.abs(Date.parse(a) - refTime) - Math.abs(Date.parse(b) - refTime));
  return candidates[0] ?? null;
}
