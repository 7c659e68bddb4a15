/**
 * Citations of authors in running text: "(Klingberg et al., 2002)", "Dye & Bavelier, 2010",
 * "Smith and Jones (1999)", "according to Levinson (1983)", "de Certeau's (1984)". A name cited
 * with a year is a person, the author; "X & Y" before a year is two authors, not a firm.
 */

/** A year of publication ("1983", "2010a"). */
const YEAR = String.raw`(?:1[5-9]|20)\d{2}[a-z]?(?![\d])`;
/** More authors after the first: ", Lindqvist, Nutley, & Klingberg", " and Jones", " & Bavelier". */
const MORE_AUTHORS = String.raw`(?:\s*(?:,\s*(?:&\s*|and\s+)?|\s+(?:&|and)\s+)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)*`;
const ET_AL = String.raw`(?:\s+et\s+al\.?)?`;

/** "X et al.": always a citation of authors. */
const ET_AL_AFTER = /^\s+et\s+al\b/;
/** "X (1983)", "X's (1984, p. 23)", "X and Y (1999)", "X et al. (2005)": a year in parentheses after the authors. */
const PAREN_YEAR_AFTER = new RegExp(String.raw`^(?:['’]s)?${ET_AL}${MORE_AUTHORS}${ET_AL}\s*\(\s*${YEAR}\s*[,;)]`, 'u');
/** "X, 2010" or "X & Y 2011" inside a parenthesis: the year after the authors. */
const YEAR_AFTER = new RegExp(String.raw`^${ET_AL}${MORE_AUTHORS}${ET_AL}(?:,\s*|\s+)${YEAR}\s*[,;)]`, 'u');
/** "X and Y 1997", "X & Y 2011": a pair of authors and a year, without parentheses. */
const PAIR_YEAR_AFTER = new RegExp(String.raw`^\s*(?:&|and)\s+\p{Lu}[\p{L}'’-]+,?\s+${YEAR}\b`, 'u');

/** "(Moretti, 2013)", "(Thorell et al., 2009;": a parenthesised citation, the mark of a scholarly text. */
const PAREN_CITATION = new RegExp(String.raw`\(\s*(?:e\.g\.,?\s*|see\s+)?\p{Lu}[\p{L}'’-]+${ET_AL}${MORE_AUTHORS}${ET_AL},?\s+${YEAR}\s*[;,)]`, 'u');

/**
 * Does the text cite as scholars do ("et al.", "(Moretti, 2013)")? Only there is "Levinson (1983)"
 * an author: in a biography "Belle (2013)" is a film.
 */
export function citesScholarly(text: string): boolean {
  return / et al\b/.test(text) || PAREN_CITATION.test(text);
}

/** "Polio and Gass 1997": the second author of a pair, then the year. */
const PAIR_BEFORE = /\p{Lu}[\p{L}'’-]+,?\s+(?:&|and)\s+$/u;
const YEAR_NEXT = new RegExp(String.raw`^${ET_AL},?\s*\(?\s*${YEAR}\b`, 'u');

/**
 * "2017; Chambers", "2017; Morgan-Short, Heil, ": the next citation of a list, after the year and
 * semicolon of the one before (its opening parenthesis may be further back than the text kept).
 */
const NEXT_CITATION_BEFORE = new RegExp(String.raw`${YEAR}\s*;\s*(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*,\s*(?:&\s*|and\s+)?)*$`, 'u');

/** Does the name follow the year and semicolon of the citation before it ("2017; Chambers")? */
export const nextCitationInList = (before: string): boolean => NEXT_CITATION_BEFORE.test(before);

/** Is the text before inside an open parenthesis ("... memory (Thorell, "), or a list of citations ("2017; ")? */
function insideParenthesis(before: string): boolean {
  return before.lastIndexOf('(') > before.lastIndexOf(')') || NEXT_CITATION_BEFORE.test(before);
}

/**
 * Is the name, with the text around it, an author cited with a year? `after` is the text right
 * after the name (its possessive 's included), `before` the text right before it; `scholarly`:
 * the document cites as scholars do (`citesScholarly`).
 */
export function isCitedAuthor(before: string, after: string, scholarly: boolean): boolean {
  if (ET_AL_AFTER.test(after)) return true;
  if (scholarly && (PAREN_YEAR_AFTER.test(after) || PAIR_YEAR_AFTER.test(after) || (PAIR_BEFORE.test(before) && YEAR_NEXT.test(after)))) return true;
  return insideParenthesis(before) && YEAR_AFTER.test(after);
}

/** "Dye & Bavelier, 2010": where to cut a span of two authors joined by "&" (-1: not a citation). */
export function citedPairAt(tokens: string[], before: string, after: string, scholarly: boolean): number {
  const amp = tokens.indexOf('&');
  if (amp < 1 || amp > 2 || tokens.length - amp - 1 < 1 || tokens.length - amp - 1 > 2) return -1;
  return isCitedAuthor(before, after, scholarly) || isCitedAuthor(before, ' ' + tokens.slice(amp).join(' ') + after, scholarly) ? amp : -1;
}
