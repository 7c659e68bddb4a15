/**
 * Date ranges over days since 1970: the first or last day of a YYYY / YYYY-MM / YYYY-MM-DD value,
 * and the compact date tokens (2021, 202109, 20210924) that cover a range exactly. Lunr has no
 * ranges: a range is looked up as these tokens.
 */
import { isoToDay, dayToIso } from './format.js';

/** Open ends of a mentioned-date range: 1900-01-01 and 2099-12-31. */
export const MENTION_FLOOR = -25567;
export const MENTION_CEILING = 47481;

const ISO_PART = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** First or last day of a YYYY / YYYY-MM / YYYY-MM-DD value, as days since 1970; null if malformed. */
export function boundDay(value: string, end: boolean): number | null {
  const m = ISO_PART.exec(value.trim());
  if (!m) return null;
  const y = +m[1];
  if (m[2] && (+m[2] < 1 || +m[2] > 12)) return null;
  if (m[3]) {
    const day = isoToDay(`${m[1]}-${m[2]}-${m[3]}`);
    return dayToIso(day) === `${m[1]}-${m[2]}-${m[3]}` ? day : null; // 2021-02-30 is no day
  }
  if (m[2]) {
    const mo = +m[2];
    if (!end) return isoToDay(`${m[1]}-${m[2]}-01`);
    return Math.round(Date.UTC(y, mo, 0) / 86_400_000);
  }
  return end ? isoToDay(`${m[1]}-12-31`) : isoToDay(`${m[1]}-01-01`);
}

/** The fewest compact date tokens (2021, 202109, 20210924) whose dates together are exactly the days from..to. */
export function coveringTokens(from: number, to: number): string[] {
  const out: string[] = [];
  let day = from;
  while (day <= to) {
    const d = new Date(day * 86_400_000);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth();
    const iso = dayToIso(day).replace(/-/g, '');
    const yearEnd = Math.round(Date.UTC(y, 11, 31) / 86_400_000);
    const monthEnd = Math.round(Date.UTC(y, m + 1, 0) / 86_400_000);
    if (m === 0 && d.getUTCDate() === 1 && yearEnd <= to) {
      out.push(String(y));
      day = yearEnd + 1;
    } else if (d.getUTCDate() === 1 && monthEnd <= to) {
      out.push(iso.slice(0, 6));
      day = monthEnd + 1;
    } else {
      out.push(iso);
      day += 1;
    }
  }
  return out;
}
