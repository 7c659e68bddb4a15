/**
 * A span of years keeps both ends: "between 2019 and 2021", "from 2009 to 2011",
 * "2009-2011", "the 2008-09 season".
 */
import type { Parser } from 'chrono-node';
import { GRANULARITY_TAG_PREFIX } from '../value.js';

const YEAR = '(1[89]\\d\\d|20\\d\\d)';
const YEAR_RANGE_PATTERN = new RegExp(
  `\\b(?:between\\s+${YEAR}\\s+and\\s+${YEAR}|from\\s+${YEAR}\\s+(?:to|until|till|through)\\s+${YEAR}|${YEAR}\\s?[-–]\\s?(\\d{4}|\\d\\d))(?![\\w%]|[.,]\\d)`,
  'i',
);

export const yearRangeParser: Parser = {
  pattern: () => YEAR_RANGE_PATTERN,
  extract(context, match) {
    const from = Number(match[1] ?? match[3] ?? match[5]);
    const toText = match[2] ?? match[4] ?? match[6];
    let to = Number(toText);
    if (toText.length === 2) to = Math.floor(from / 100) * 100 + to;
    if (to <= from || to - from > 50) return null;
    const tag = `${GRANULARITY_TAG_PREFIX}year`;
    const start = context.createParsingComponents({ year: from }).addTag(tag).addTag('news/year');
    const end = context.createParsingComponents({ year: to }).addTag(tag).addTag('news/year');
    return context.createParsingResult(match.index!, match[0], start, end);
  },
};
