/**
 * chrono-node set up for news: chrono's casual English, plus the parsers and refiners of this
 * folder. Parsers go first so that, on a tie of length, theirs is the reading kept.
 */
import * as chrono from 'chrono-node';
import { yearParser } from './parsers/year.js';
import { yearRangeParser } from './parsers/year-range.js';
import { weekendParser } from './parsers/weekend.js';
import { weekParser } from './parsers/week.js';
import { anchoredOffsetParser, anchoredSameDayParser, anchoredSequenceParser } from './parsers/anchored.js';
import { relativeYearMonthParser } from './parsers/relative-year-month.js';
import { partOfCurrentPeriodParser } from './parsers/part-of-current-period.js';
import { notADateFilter } from './refiners/not-a-date.js';
import { pastTenseRefiner } from './refiners/past-tense.js';
import { periodEdgeRefiner } from './refiners/period-edge.js';
import { anchoredRefiner } from './refiners/anchored.js';
import { tidyTextRefiner } from './refiners/tidy-text.js';

/** chrono refiners replaced here: the bare-number filter drops every year; end-of-period moves "the end of 2009" to a day. */
const REPLACED_REFINERS = new Set(['UnlikelyFormatFilter', 'ENEndOfPeriodRefiner', 'ENMergeRelativeAfterDateRefiner']);
/**
 * chrono parsers left out: "within 30 days", "in the S&P" (a unit "s") read durations as dates;
 * ENMergeRelativeAfterDateRefiner reads "11 December -- four years" as an offset.
 */
const REMOVED_PARSERS = new Set(['ENTimeUnitWithinFormatParser']);

export function createNewsChrono(): chrono.Chrono {
  const custom = chrono.casual.clone();
  custom.parsers = custom.parsers.filter((p) => !REMOVED_PARSERS.has(p.constructor.name));
  custom.parsers.unshift(
    yearRangeParser,
    weekendParser,
    weekParser,
    relativeYearMonthParser,
    partOfCurrentPeriodParser,
    anchoredOffsetParser,
    anchoredSequenceParser,
    anchoredSameDayParser,
  );
  custom.parsers.push(yearParser);
  custom.refiners = custom.refiners.filter((r) => !REPLACED_REFINERS.has(r.constructor.name));
  custom.refiners.push(notADateFilter, pastTenseRefiner, periodEdgeRefiner, anchoredRefiner, tidyTextRefiner);
  return custom;
}

export const newsChrono = createNewsChrono();
