/**
 * A month in a year named relative to publication: "October of next year", "March last year",
 * "June this year". chrono reads the month alone and leaves the year to a guess.
 */
import type { Parser } from 'chrono-node';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const RELATIVE_YEAR_MONTH_PATTERN = new RegExp(`\\b(${MONTHS.join('|')})\\s+(?:of\\s+)?(next|last|this)\\s+year\\b`, 'i');
const YEAR_OFFSET: Record<string, number> = { next: 1, last: -1, this: 0 };

export const relativeYearMonthParser: Parser = {
  pattern: () => RELATIVE_YEAR_MONTH_PATTERN,
  extract(context, match) {
    if (!/^[A-Z]/.test(match[1])) return null;
    const year = context.reference.instant.getFullYear() + YEAR_OFFSET[match[2].toLowerCase()];
    return context.createParsingComponents({ year, month: MONTHS.indexOf(match[1].toLowerCase()) + 1 });
  },
};
