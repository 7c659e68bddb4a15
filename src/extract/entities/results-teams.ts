/**
 * Results lists of cycling, motor racing and other team sports name the rider's or driver's team
 * after his country: "1. Erik Zabel ( Germany ) Telekom 5:12:33", "3. Jean Alesi ( France )
 * Benetton". The name right after a bracketed country of a ranked or timed line is a team, an
 * organisation, never a person.
 */
import { isLexPlace } from './lexicon.js';

/** A name, then its country in brackets, right before: "Zabel ( Germany ) ". */
const COUNTRY_IN_BRACKETS_BEFORE = /[\p{L}.]\s*\(\s*(\p{Lu}[\p{L} .]{0,30}?)\s*\)\s*$/u;
/** A results line: a rank first ("1.", "12 -") or a time, a gap or a score after the team. */
const RANKED_LINE = /^\s*\d{1,3}\s*[.)-]?\s/;
const RESULT_AFTER_TEAM = /^\s*(?:\d|same\s+time\b|s\.t\.|at\b|[+]|$)/;

/** Is the name, with the text `before` and `after` it on its `line`, the team of the competitor before it? */
export function isTeamAfterCountry(before: string, after: string, line: string): boolean {
  const country = COUNTRY_IN_BRACKETS_BEFORE.exec(before);
  if (!country || !isLexPlace(country[1])) return false;
  return RANKED_LINE.test(line) || RESULT_AFTER_TEAM.test(after);
}
