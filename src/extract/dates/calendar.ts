/** Plain calendar arithmetic on year/month/day, free of time zones. */

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function ymd(year: number, month: number, day: number): Ymd {
  const d = new Date(Date.UTC(year, month - 1, day));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: Ymd, days: number): Ymd {
  return ymd(date.year, date.month, date.day + days);
}

/** Adds months, keeping the day inside the target month (Jan 31 + 1 month → Feb 28). */
export function addMonths(date: Ymd, months: number): Ymd {
  const first = ymd(date.year, date.month + months, 1);
  const last = ymd(first.year, first.month + 1, 0).day;
  return { ...first, day: Math.min(date.day, last) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: Ymd): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function compare(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoDay(date: Ymd): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function isoMonth(date: Pick<Ymd, 'year' | 'month'>): string {
  return `${date.year}-${pad(date.month)}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDay(value: string): Ymd | null {
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const date = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  return isoDay(date) === value ? date : null;
}
