/**
 * Competitors in results and scorers' lists, each with the country or club they play for in
 * brackets: "3. Bruny Surin ( Canada ) 10.07", "3 - Gianluca Vialli ( Chelsea ) , Fabrizio
 * Ravanelli ( Middlesbrough )", "Jean Alesi ( France ) Benetton". On a line of results (ranked,
 * or with two numbers or more) a name of two words or more before such brackets is a person's.
 */
import { isLexPlace } from './lexicon.js';

/** A name in brackets right after the competitor: country, club or team, one to three capitalised words ("( Czech Republic )", "( U.S. )"). */
const SIDE_IN_BRACKETS_AFTER = /^\s*\(\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})\s*\)/u;
/** An abbreviation in capitals ("CFL", "IRIS"). */
const CAPITALS = /^\p{Lu}[\p{Lu}-]+$/u;
/** An article opening the words in brackets. */
const ARTICLE = /^(?:The|A|An)\s/;
/** A ranked line ("1.", "12 -", "3 -") or a line with two numbers or more (times, scores, goals). */
const RANKED_LINE = /^\s*\d{1,3}\s*[.)-]?\s/;
const NUMBER = /(?<![\p{L}\d])\d[\d:.,-]*(?![\p{L}\d])/gu;

/** A name with a capitalised name in brackets after it, anywhere on the line ("Jean Alesi ( France )"). */
const NAME_WITH_SIDE = /\p{L}\s*\(\s*\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}\s*\)/u;

/** Does the line name someone with a side in brackets? Such a line lists competitors: it is no headline. */
export function namesSides(line: string): boolean {
  return NAME_WITH_SIDE.test(line);
}

/** Is the line one of results: ranked, or holding two numbers or more? */
export function isResultsLine(line: string): boolean {
  return RANKED_LINE.test(line) || (line.match(NUMBER) ?? []).length >= 2;
}

/** After the brackets, up to the end of the line: only a team's name, times and scores, no lower-case word ("Benetton", "1:46:21.134"). */
const ONLY_RESULTS_AFTER = /^[^\p{Ll}]*$/u;

/**
 * Does the text `after` a name give, in brackets, the side of a competitor on a results line?
 * (A rank cut off by the sentence splitter leaves "Jean Alesi ( France ) Benetton": a line
 * with nothing in lower case after its brackets is one too.)
 */
export function isCompetitorWithSide(after: string, line: string): boolean {
  const side = SIDE_IN_BRACKETS_AFTER.exec(after);
  if (!side || abbreviates(side[1])) return false;
  return isResultsLine(line) || ONLY_RESULTS_AFTER.test(after.slice(side[0].length));
}

/**
 * "Compact Fluorescent Light ( CFL )", "Dynamic Equivalence ( D-E )": capitals in brackets are an
 * abbreviation unless they name a known place ("( USA )"); "( The Royal Palace )" is another name of the thing.
 */
function abbreviates(side: string): boolean {
  return (CAPITALS.test(side) && !isLexPlace(side)) || ARTICLE.test(side + ' ');
}
