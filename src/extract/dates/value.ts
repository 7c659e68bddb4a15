/**
 * A chrono result → ISO value at its true granularity: "2021", "2021-02", "2021-09-24".
 * A parser or refiner that knows better says so with a `news/granularity/<g>` tag.
 */
import type { ParsedComponents } from 'chrono-node';
import { isoDay, isoMonth, type Ymd } from './calendar.js';

export type Granularity = 'year' | 'month' | 'day';

export const GRANULARITY_TAG_PREFIX = 'news/granularity/';
const GRANULARITY_TAG = /^news\/granularity\/(year|month|day)$/;

export function granularityOf(c: ParsedComponents): Granularity | null {
  for (const tag of c.tags()) {
    const m = GRANULARITY_TAG.exec(tag);
    if (m) return m[1] as Granularity;
  }
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return null;
}

export function ymdOf(c: ParsedComponents): Ymd {
  return { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! };
}

export function isoAt(date: Ymd, g: Granularity): string {
  if (g === 'year') return String(date.year);
  if (g === 'month') return isoMonth(date);
  return isoDay(date);
}

/** ISO value of one side of a result, or null when it names no calendar date (a time of day alone). */
export function isoValue(c: ParsedComponents): string | null {
  const g = granularityOf(c);
  return g ? isoAt(ymdOf(c), g) : null;
}
