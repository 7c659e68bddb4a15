/**
 * "between March and May 2009", "March to May 2009", "3 March – 5 May 2009": chrono reads two
 * dates, the first without its year. This refiner joins them into one range whose start takes
 * the end's year, as a reader means it. A range whose start would come after its end is left as
 * two dates.
 */
import type { Refiner, ParsingContext, ParsingResult } from 'chrono-node';

/** What may stand between the two ends of a range. */
const RANGE_JOINER = /^\s*(?:and|to|until|through|till|-|–|—)\s*$/i;
/** A word before the first end that belongs to the range. */
const RANGE_OPENER = /\b(?:between|from)\s+$/i;

function joinable(text: string, a: ParsingResult, b: ParsingResult): boolean {
  if (a.end || b.end) return false;
  if (a.start.isCertain('year') || !b.start.isCertain('year')) return false;
  return RANGE_JOINER.test(text.slice(a.index + a.text.length, b.index));
}

export const yearlessRangeRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const text = context.text;
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i];
      const b = results[i + 1];
      if (!b || !joinable(text, a, b)) {
        out.push(a);
        continue;
      }
      const start = a.start.clone();
      start.assign('year', b.start.get('year')!);
      if (start.date().getTime() > b.start.date().getTime()) {
        out.push(a);
        continue;
      }
      const opener = RANGE_OPENER.exec(text.slice(0, a.index));
      const from = opener ? opener.index : a.index;
      a.index = from;
      a.text = text.slice(from, b.index + b.text.length);
      a.start = start;
      a.end = b.start;
      out.push(a);
      i++;
    }
    return out;
  },
};
