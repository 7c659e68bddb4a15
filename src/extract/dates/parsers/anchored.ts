/**
 * Phrases that count from another date the text names, not from publication:
 * "four days after", "a week later", "two years earlier", "the day before", "the next day",
 * "the following year", "the same day". The parser only marks them (unit and signed offset);
 * refiners/anchored.ts finds the date they count from, or drops them.
 */
import type { Parser, ParsingComponents } from 'chrono-node';

export type AnchorUnit = 'day' | 'week' | 'month' | 'year';

export interface AnchorMark {
  unit: AnchorUnit;
  offset: number;
  /** "after"/"before" may be followed by the event they count from: "four days after the polls". */
  takesEvent: boolean;
  /** "on the day", with no date before it to count from, is the day of publication. */
  orPublication?: boolean;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const NUMBER = `(?:${Object.keys(NUMBER_WORDS).join('|')}|\\d{1,3})`;

/** "four days after", "a week later", "the day before", "two years earlier" — not "later than". */
const OFFSET_PATTERN = new RegExp(
  `\\b(?:(${NUMBER})\\s+(day|week|month|year)s?|the\\s+(day|week|month|year))\\s+(later|after|afterwards?|before|earlier)\\b(?!\\s+than\\b)`,
  'i',
);
/** "the next day", "the following year", "the previous month", "the same day". */
const SEQUENCE_PATTERN = /\bthe\s+(next|following|previous|preceding|prior|same)\s+(day|month|year)\b(?!['’])/i;

/** "on the day", "for the day", "later in the day": the day last mentioned ("shares fell 3% on the day"). */
const SAME_DAY_PATTERN =
  /\b(?:(?:on|for|during|over|(?:late|early|earlier|later)\s+in|at\s+the\s+(?:start|end|close)\s+of)(?:\s+the\s+most\s+of)?|(?:end|ending|ended|close|closing|closed|start|starting|started|finish|finishing|finished)(?:ed)?)\s+the\s+day\b(?!['’]|\s+(?:(?:before|after)\s+(?!\w+ing\b)|of|when|that|which|in\s+which|he|she|it|they|we|I)\b)/i;

const MARK_TAG = /^news\/anchor\/(day|week|month|year)\/(-?\d+)\/(event|follow)(\/or-publication)?$/;

function mark(context: Parameters<Parser['extract']>[0], m: AnchorMark): ParsingComponents {
  // A date-only placeholder (the reference day), so that chrono never merges it with a neighbour as a time of day.
  const r = context.reference.instant;
  return context
    .createParsingComponents({ year: r.getFullYear(), month: r.getMonth() + 1, day: r.getDate() })
    .addTag(`news/anchor/${m.unit}/${m.offset}/${m.takesEvent ? 'event' : 'follow'}${m.orPublication ? '/or-publication' : ''}`);
}

export function anchorMarkOf(c: { tags(): Set<string> }): AnchorMark | null {
  for (const tag of c.tags()) {
    const m = MARK_TAG.exec(tag);
    if (m) return { unit: m[1] as AnchorUnit, offset: Number(m[2]), takesEvent: m[3] === 'event', orPublication: !!m[4] };
  }
  return null;
}

function count(word: string | undefined): number {
  if (!word) return 1;
  const w = word.toLowerCase();
  return NUMBER_WORDS[w] ?? Number(w);
}

export const anchoredOffsetParser: Parser = {
  pattern: () => OFFSET_PATTERN,
  extract(context, match) {
    const unit = (match[2] ?? match[3]).toLowerCase() as AnchorUnit;
    const keyword = match[4].toLowerCase();
    const sign = keyword === 'before' || keyword === 'earlier' ? -1 : 1;
    return mark(context, { unit, offset: sign * count(match[1]), takesEvent: keyword === 'after' || keyword === 'before' });
  },
};

const SEQUENCE_OFFSET: Record<string, number> = { next: 1, following: 1, previous: -1, preceding: -1, prior: -1, same: 0 };

export const anchoredSequenceParser: Parser = {
  pattern: () => SEQUENCE_PATTERN,
  extract(context, match) {
    return mark(context, { unit: match[2].toLowerCase() as AnchorUnit, offset: SEQUENCE_OFFSET[match[1].toLowerCase()], takesEvent: false });
  },
};

export const anchoredSameDayParser: Parser = {
  pattern: () => SAME_DAY_PATTERN,
  extract: (context) => mark(context, { unit: 'day', offset: 0, takesEvent: false, orPublication: true }),
};
