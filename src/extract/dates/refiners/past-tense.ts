/**
 * News is written in the past tense relative to its publication date: a weekday, a month
 * without a year ("In February") or a day without a year ("February 17") names the one on or
 * before publication, unless the clause speaks of the future ("is set to begin on Wednesday",
 * "will be available on June 17"); "last"/"next" in front decide by themselves.
 * chrono's own default is the closest one, before or after.
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, compare, weekdayOf, type Ymd } from '../calendar.js';
import { isFutureAt } from '../tense.js';

/** A modifier before or after a weekday: "last Tuesday", "on next Friday", "Tuesday of last week". */
const WEEKDAY_MODIFIER = /^(?:[,(]\s*)?(?:on\s+)?(last|past|next|this)\b|\b(last|next|this)\s+week$/i;
/** "last September", "next October", "this June" — chrono leaves the word out of its text. */
const MONTH_MODIFIER_BEFORE = /\b(last|next|this|past)\s+$/i;

type Direction = 'past' | 'future';

export function referenceDay(context: ParsingContext): Ymd {
  const r = context.reference.instant;
  return { year: r.getFullYear(), month: r.getMonth() + 1, day: r.getDate() };
}

function setDay(c: ParsingComponents, d: Ymd): void {
  c.imply('year', d.year);
  c.imply('month', d.month);
  c.imply('day', d.day);
}

/** The weekday on or before (after) the reference; the reference itself when it is that day. */
export function resolveWeekday(ref: Ymd, weekday: number, direction: Direction, strict: boolean): Ymd {
  const diff = weekday - weekdayOf(ref);
  if (direction === 'past') {
    const back = ((-diff % 7) + 7) % 7 || (strict ? 7 : 0);
    return addDays(ref, -back);
  }
  const ahead = ((diff % 7) + 7) % 7 || (strict ? 7 : 0);
  return addDays(ref, ahead);
}

/** The year of a month (and day) on or before the reference, or on or after it. */
export function resolveYear(ref: Ymd, month: number, day: number | null, direction: Direction, strict = false): number {
  const c = day === null ? month - ref.month : compare({ year: ref.year, month, day }, ref);
  if (direction === 'past') return c > 0 || (strict && c === 0) ? ref.year - 1 : ref.year;
  return c < 0 || (strict && c === 0) ? ref.year + 1 : ref.year;
}

function directionOf(context: ParsingContext, r: ParsingResult, modifier: string | undefined): Direction {
  if (modifier === 'last' || modifier === 'past') return 'past';
  if (modifier === 'next') return 'future';
  return isFutureAt(context.text, r.index, r.index + r.text.length) ? 'future' : 'past';
}

function refineWeekday(context: ParsingContext, r: ParsingResult, ref: Ymd): void {
  const m = WEEKDAY_MODIFIER.exec(r.text.trim());
  const modifier = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (m?.[2]) return; // "Tuesday of last week": chrono counts the week itself
  const direction = directionOf(context, r, modifier);
  const strict = modifier === 'last' || modifier === 'past' || modifier === 'next';
  const day = resolveWeekday(ref, r.start.get('weekday')!, direction, strict);
  const before = { year: r.start.get('year')!, month: r.start.get('month')!, day: r.start.get('day')! };
  setDay(r.start, day);
  if (r.end && !r.end.isCertain('day')) {
    const shift = Math.round((Date.UTC(day.year, day.month - 1, day.day) - Date.UTC(before.year, before.month - 1, before.day)) / 86400000);
    const end = addDays({ year: r.end.get('year')!, month: r.end.get('month')!, day: r.end.get('day')! }, shift);
    setDay(r.end, compare(end, day) < 0 ? addDays(end, 7) : end);
  }
}

function refineUnknownYear(context: ParsingContext, r: ParsingResult, ref: Ymd): void {
  const s = r.start;
  const modifier = MONTH_MODIFIER_BEFORE.exec(context.text.slice(Math.max(0, r.index - 8), r.index))?.[1]?.toLowerCase();
  const direction = directionOf(context, r, modifier);
  const strict = modifier === 'last' || modifier === 'past' || modifier === 'next';
  const day = s.isCertain('day') ? s.get('day')! : null;
  const year = resolveYear(ref, s.get('month')!, day, direction, strict);
  s.imply('year', year);
  if (r.end && !r.end.isCertain('year')) {
    r.end.imply('year', year);
    const startDay: Ymd = { year, month: s.get('month')!, day: s.get('day') ?? 1 };
    const endDay: Ymd = { year, month: r.end.get('month')!, day: r.end.get('day') ?? 1 };
    if (compare(endDay, startDay) < 0) r.end.imply('year', year + 1);
  }
}

export const pastTenseRefiner: Refiner = {
  refine(context, results) {
    const ref = referenceDay(context);
    for (const r of results) {
      const s = r.start;
      if ([...s.tags()].some((t) => t.startsWith('news/'))) continue;
      if (s.isCertain('weekday') && !s.isCertain('day') && !s.isCertain('month')) refineWeekday(context, r, ref);
      else if (s.isCertain('month') && !s.isCertain('year')) refineUnknownYear(context, r, ref);
    }
    return results;
  },
};
