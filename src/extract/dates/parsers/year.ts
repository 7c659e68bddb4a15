/**
 * A year standing alone or inside a phrase: "in 2021", "the 2019 arrest", "since 1992",
 * "since '82". Counts, amounts and model numbers are not years: "$2019", "2,019", "2019 jobs",
 * "1999.5", "A-2019".
 */
import type { Parser } from 'chrono-node';
import { GRANULARITY_TAG_PREFIX } from '../value.js';

/** A four-digit year 1800–2099, or an apostrophe and two digits. */
const YEAR_PATTERN = /(?:\b(1[89]\d\d|20\d\d)|['’](\d\d))(?![\w%'’]|[.,:/]\d|\s?[-–]\s?\d)/;
/** What may not stand right before a year: currency, digits, a decimal point, a hyphen after a digit, "No.", "#". */
const NOT_AFTER = /(?:[$€£¥#\d.,/]|\d-|\bNo\.?\s?|\bnumber\s|\bflight\s|\bmodel\s|\broute\s)$/i;
/** What may not follow: a unit or a counted noun. */
const NOT_BEFORE =
  /^\s*(?:%|per\s?cent|percent|points?|pts|km|kilomet|mi\b|miles?|kg|kilo|tonnes?|tons?|feet|ft|metres?|meters?|units?|people|persons|jobs|workers|employees|staff|cars|vehicles|aircraft|planes|jets|shares|dealers|dealerships|stores|homes|passengers|seats|customers|members|troops|soldiers|votes|deaths|dollars|euros|pounds|yen|barrels|hours|minutes|days|weeks|months|years|times|of\s+(?:the|them|its|their))\b/i;
/** A two-digit year needs a word that introduces a time before it: "since '82", "in '99", "class of '69". */
const SHORT_YEAR_AFTER = /\b(?:since|in|of|from|to|until|till|by|before|after|early|late|mid|the|and|spring|summer|fall|autumn|winter|[A-Z]\w*)\s$/;

export function twoDigitYear(yy: number, referenceYear: number): number {
  return 2000 + yy <= referenceYear + 5 ? 2000 + yy : 1900 + yy;
}

export const yearParser: Parser = {
  pattern: () => YEAR_PATTERN,
  extract(context, match) {
    const before = context.text.slice(Math.max(0, match.index! - 12), match.index);
    const after = context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 30);
    if (NOT_AFTER.test(before) || NOT_BEFORE.test(after)) return null;
    let year: number;
    if (match[1]) year = Number(match[1]);
    else {
      if (!SHORT_YEAR_AFTER.test(before)) return null;
      year = twoDigitYear(Number(match[2]), context.reference.instant.getFullYear());
    }
    return context.createParsingComponents({ year }).addTag(`${GRANULARITY_TAG_PREFIX}year`).addTag('news/year');
  },
};
