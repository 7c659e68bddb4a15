/**
 * Resolves the phrases that parsers/anchored.ts marks, from the date the text ties them to —
 * never from publication:
 * - "were freed on September 24, 2021, four days after the Canadian federal polls": an
 *   "after"/"before" phrase set beside a date names an event that many days before/after it
 *   (the polls: 2021-09-20); the phrase takes in the event ("… after the Canadian federal polls").
 * - "He was arrested on March 3. Two days later …", "the next day", "the same day": counted from
 *   the latest date precise enough, in the same sentence or one of the three before it.
 * - "on the day", "to end the day" with no date before it at all: the day of publication.
 * A phrase with nothing to count from ("a day after GM filed") is dropped.
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, addMonths, type Ymd } from '../calendar.js';
import { anchorMarkOf, type AnchorMark } from '../parsers/anchored.js';
import { GRANULARITY_TAG_PREFIX, granularityOf, ymdOf, type Granularity } from '../value.js';

/** Only a comma, a parenthesis or a dash between the date and the phrase. */
const APPOSITIVE = /^\s*(?:,|\(|—|–|-{1,2})\s*$/;
/** The event an "after"/"before" phrase counts from: "the Canadian federal polls". */
const EVENT = /^\s+(?!\d)([^.,;:()\n"“”]{2,80}?)(?=\s*(?:[.,;:()\n"“”]|$))/;
/** A sentence end inside the text between the anchor and the phrase. */
const SENTENCE_END = /[.!?]["”’]?\s+(?=["“]?[A-Z])/g;
const MAX_TIE_DISTANCE = 600;
/** The date counted from is in the same sentence or one of the three before it. */
const MAX_SENTENCES_BETWEEN = 3;

const GRANULARITY_RANK: Record<Granularity, number> = { year: 0, month: 1, day: 2 };

function unitGranularity(m: AnchorMark): Granularity {
  return m.unit === 'year' ? 'year' : m.unit === 'month' ? 'month' : 'day';
}

function shift(date: Ymd, m: AnchorMark, sign: number): Ymd {
  const n = m.offset * sign;
  if (m.unit === 'day') return addDays(date, n);
  if (m.unit === 'week') return addDays(date, 7 * n);
  if (m.unit === 'month') return addMonths(date, n);
  return addMonths(date, 12 * n);
}

function tied(between: string): boolean {
  return between.length <= MAX_TIE_DISTANCE && (between.match(SENTENCE_END)?.length ?? 0) <= MAX_SENTENCES_BETWEEN;
}

function resolved(context: ParsingContext, r: ParsingResult, anchor: ParsingComponents, m: AnchorMark, sign: number): ParsingComponents | null {
  const g = unitGranularity(m);
  const anchorG = granularityOf(anchor);
  if (!anchorG || GRANULARITY_RANK[anchorG] < GRANULARITY_RANK[g]) return null;
  const d = shift(ymdOf(anchor), m, sign);
  const known = g === 'year' ? { year: d.year } : g === 'month' ? { year: d.year, month: d.month } : { year: d.year, month: d.month, day: d.day };
  return context.createParsingComponents(known).addTag(`${GRANULARITY_TAG_PREFIX}${g}`).addTag('news/anchored');
}

export const anchoredRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const m = anchorMarkOf(r.start);
      if (!m) {
        out.push(r);
        continue;
      }
      const prev = out.at(-1);
      const between = prev ? context.text.slice(prev.index + prev.text.length, r.index) : '';
      // Counting on from the text: the latest date precise enough ("the day" needs a day, "the next year" a year).
      const anchor = [...out].reverse().find((p) => {
        const g = granularityOf(p.start);
        return g !== null && GRANULARITY_RANK[g] >= GRANULARITY_RANK[unitGranularity(m)];
      });
      const anchorBetween = anchor ? context.text.slice(anchor.index + anchor.text.length, r.index) : '';
      const event = m.takesEvent ? EVENT.exec(context.text.slice(r.index + r.text.length)) : null;
      let start: ParsingComponents | null = null;
      if (event) {
        // The event lies `offset` before/after the date the phrase stands beside.
        if (prev && APPOSITIVE.test(between)) start = resolved(context, r, prev.start, m, -1);
        if (start) r.text += event[0];
      } else if (anchor && tied(anchorBetween)) {
        start = resolved(context, r, anchor.start, m, 1);
      } else if (!anchor && m.orPublication) {
        start = resolved(context, r, r.start.addTag(`${GRANULARITY_TAG_PREFIX}day`), m, 1);
      }
      if (!start) continue;
      r.start = start;
      out.push(r);
    }
    return out;
  },
};
