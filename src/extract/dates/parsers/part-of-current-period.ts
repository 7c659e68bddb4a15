/**
 * "the beginning of the year", "the end of the month", "the rest of the year": a part of the
 * year or month of publication, at the granularity of that year or month.
 */
import type { Parser } from 'chrono-node';

const PART_OF_CURRENT_PERIOD_PATTERN =
  /\b(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|rest|first\s+half|second\s+half)\s+of\s+the\s+(year|month)\b(?!\s+(?:before|after|of|when|in\s+which)\b)/i;

export const partOfCurrentPeriodParser: Parser = {
  pattern: () => PART_OF_CURRENT_PERIOD_PATTERN,
  extract(context, match) {
    const r = context.reference.instant;
    return match[1].toLowerCase() === 'year'
      ? context.createParsingComponents({ year: r.getFullYear() })
      : context.createParsingComponents({ year: r.getFullYear(), month: r.getMonth() + 1 });
  },
};
