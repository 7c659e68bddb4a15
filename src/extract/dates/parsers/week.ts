/**
 * "last week", "this week", "next week", "earlier this week": Monday to Sunday of that week.
 * "the past two weeks" is a duration and is left alone.
 */
import type { Parser } from 'chrono-node';
import { addDays, weekdayOf } from '../calendar.js';
import { GRANULARITY_TAG_PREFIX } from '../value.js';

const WEEK_PATTERN = /\b(?:(?:earlier|later)\s+)?(last|this|next)\s+week\b(?![-'’]|\s+of\b)/i;

const OFFSET: Record<string, number> = { last: -7, this: 0, next: 7 };

export const weekParser: Parser = {
  pattern: () => WEEK_PATTERN,
  extract(context, match) {
    const r = context.reference.instant;
    const ref = { year: r.getFullYear(), month: r.getMonth() + 1, day: r.getDate() };
    const monday = addDays(ref, -((weekdayOf(ref) + 6) % 7) + OFFSET[match[1].toLowerCase()]);
    const sunday = addDays(monday, 6);
    const tag = `${GRANULARITY_TAG_PREFIX}day`;
    const start = context.createParsingComponents({ year: monday.year, month: monday.month, day: monday.day }).addTag(tag).addTag('news/week');
    const end = context.createParsingComponents({ year: sunday.year, month: sunday.month, day: sunday.day }).addTag(tag);
    return context.createParsingResult(match.index!, match[0], start, end);
  },
};
