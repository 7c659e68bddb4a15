/**
 * Drops what chrono finds that is not a calendar date: a time of day alone ("at 7",
 * "at 6:40 p.m."), "now", durations ("within 30 days", "the past nine days"), bare numbers that
 * are not years, abbreviations that are words ("Sun", "sat", "march"), invalid dates.
 * It stands in for chrono's UnlikelyFormatFilter, which also drops every bare year.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { anchorMarkOf } from '../parsers/anchored.js';
import { granularityOf } from '../value.js';

const COUNT = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple(?:\\s+of)?|a\\s+few|many)';
const UNIT = '(?:minute|hour|day|night|week|month|quarter|year|decade)s?';
/** "within 30 days", "in three years", "for two weeks", "over the next six months". */
const DURATION = new RegExp(`^(?:within|in|for|during|over|after)\\s+(?:the\\s+)?(?:next\\s+|past\\s+|last\\s+|coming\\s+)?${COUNT}\\s+${UNIT}\\b`, 'i');
/** "past nine days", "the last two years", "next 3 months". */
const COUNTED_PERIOD = new RegExp(`^(?:the\\s+)?(?:past|last|next|coming|previous)\\s+${COUNT}\\s+${UNIT}\\b`, 'i');
const NOW = /^(?:right\s+)?now$/i;
/** Named days are not the weekday before publication: "Black Monday", "Good Friday", "Super Tuesday". */
const NAMED_DAY_BEFORE = /\b(?:Black|Cyber|Good|Holy|Super|Ash|Easter|Palm|Shrove|Maundy|Bloody|Blue|Giving|Fat|Mad)\s+$/;
/** chrono counts "three days later", "a week before" from the reference when nothing follows: that is for refiners/anchored.ts. */
const UNANCHORED_OFFSET = /\b(?:later|after|afterwards?|before|earlier)$/i;
/** A year inside a name: "Russell 2000 Index", "Windows 2000 Server". */
const YEAR_IN_NAME_BEFORE =
  /\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|In|On|By|Since|Until|From|The|Of|And|For|At)\b)[A-Z][\w&.-]*\s$/;
const YEAR_IN_NAME_AFTER = /^\s[A-Z][a-z]/;
/** A month or weekday written out in full (with "Sept." and "Tues." allowed). */
const FULL_NAME =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend)\b/i;
const CAPITALISED_NAME =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

function isNameOnly(r: ParsingResult): boolean {
  const s = r.start;
  return !s.isCertain('year') && !s.isCertain('day') && (s.isCertain('month') || s.isCertain('weekday'));
}

export function isDate(r: ParsingResult, text: string): boolean {
  if (anchorMarkOf(r.start)) return true;
  if (!r.start.isValidDate() || (r.end && !r.end.isValidDate())) return false;
  if (granularityOf(r.start) === null) return false;
  const phrase = r.text.trim();
  const before = text.slice(Math.max(0, r.index - 30), r.index);
  const after = text.slice(r.index + r.text.length, r.index + r.text.length + 3);
  const tags = r.start.tags();
  if (UNANCHORED_OFFSET.test(phrase) && ![...tags].some((t) => t.startsWith('news/'))) return false;
  if (isNameOnly(r) && r.start.isCertain('weekday') && NAMED_DAY_BEFORE.test(before)) return false;
  if (tags.has('news/year') && !r.end && YEAR_IN_NAME_BEFORE.test(before) && YEAR_IN_NAME_AFTER.test(after)) return false;
  if (/^[\d\s.]+$/.test(phrase) && !tags.has('news/year')) return false;
  if (tags.has('casualReference/now') || NOW.test(phrase)) return false;
  if (DURATION.test(phrase) || COUNTED_PERIOD.test(phrase)) return false;
  if (isNameOnly(r) && !(FULL_NAME.test(phrase) && (CAPITALISED_NAME.test(phrase) || /weekend/i.test(phrase)))) return false;
  return true;
}

export const notADateFilter: Refiner = {
  refine: (context, results) => results.filter((r) => isDate(r, context.text)),
};
