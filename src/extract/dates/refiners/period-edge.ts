/**
 * "late Wednesday", "early June", "mid-2011", "the end of this year", "the beginning of 2009":
 * the phrase takes in its edge word and keeps the granularity of the period it names
 * (chrono's ENEndOfPeriodRefiner, which turns "the end of this year" into December 31, is left out).
 */
import type { Refiner } from 'chrono-node';
import { granularityOf } from '../value.js';

/** Before any date: "early", "late", "mid-". */
const EDGE_WORD_BEFORE = /\b(?:early|late|mid|mid-|middle)[\s-]?$/i;
/** Before a month or a year: "the end of", "the start of the", "the first half of". */
const EDGE_OF_BEFORE = /\b(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|turn|first\s+half|second\s+half|first\s+part|rest)\s+of\s+(?:the\s+)?$/i;

export const periodEdgeRefiner: Refiner = {
  refine(context, results) {
    for (const r of results) {
      const before = context.text.slice(Math.max(0, r.index - 40), r.index);
      const g = granularityOf(r.start);
      const m = (g !== 'day' ? EDGE_OF_BEFORE.exec(before) : null) ?? EDGE_WORD_BEFORE.exec(before);
      if (!m) continue;
      r.index -= m[0].length;
      r.text = m[0] + r.text;
    }
    return results;
  },
};
