/**
 * "Over the weekend", "this weekend", "last weekend", "next weekend": the Saturday and Sunday
 * before publication, unless the clause speaks of the future. Published on a weekend, "this
 * weekend" is that one.
 */
import type { Parser } from 'chrono-node';
import { addDays, weekdayOf, type Ymd } from '../calendar.js';
import { isFutureAt } from '../tense.js';
import { GRANULARITY_TAG_PREFIX } from '../value.js';

const WEEKEND_PATTERN = /\b(?:(?:over|during|at|on|for)\s+)?(the|this|last|past|next|coming)\s+weekend\b(?!['’]s)/i;

export function weekendSaturday(ref: Ymd, modifier: string, future: boolean): Ymd {
  const wd = weekdayOf(ref);
  const thisSaturday = wd === 6 ? ref : wd === 0 ? addDays(ref, -1) : addDays(ref, 6 - wd); // the coming one, or the current one on a weekend
  const onWeekend = wd === 6 || wd === 0;
  if (modifier === 'next' || modifier === 'coming') return onWeekend ? addDays(thisSaturday, 7) : thisSaturday;
  if (modifier === 'last' || modifier === 'past') return addDays(thisSaturday, -7);
  if (onWeekend) return thisSaturday;
  return future ? thisSaturday : addDays(thisSaturday, -7);
}

export const weekendParser: Parser = {
  pattern: () => WEEKEND_PATTERN,
  extract(context, match) {
    const r = context.reference.instant;
    const ref = { year: r.getFullYear(), month: r.getMonth() + 1, day: r.getDate() };
    const future = isFutureAt(context.text, match.index!, match.index! + match[0].length);
    const sat = weekendSaturday(ref, match[1].toLowerCase(), future);
    const sun = addDays(sat, 1);
    const tag = `${GRANULARITY_TAG_PREFIX}day`;
    const start = context.createParsingComponents({ year: sat.year, month: sat.month, day: sat.day }).addTag(tag).addTag('news/weekend');
    const end = context.createParsingComponents({ year: sun.year, month: sun.month, day: sun.day }).addTag(tag);
    return context.createParsingResult(match.index!, match[0], start, end);
  },
};
