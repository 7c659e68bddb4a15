/**
 * The shape of a person's name when no word list knows it: "Thibaut Courtois", "Elia Kazan",
 * "Stolmy Pimentel". Two or three capitalised words that are no English words, titles,
 * nationalities or name endings of organisations and places. Works and events are mostly made
 * of English words ("Burning Man", "Leap Year", "Match Point") and foreign titles start with an
 * article ("Les Amants", "La Machine Infernale"); neither has this shape. The lower-case syllables of a
 * romanised given name ("Lam Cheuk-ting") are not read as English words.
 */
import { ORG_SUFFIXES, PLACE_SUFFIXES, isCommonWord, isDemonym, isFirstName, isLexOrg, isLexPlace } from './lexicon.js';
import { isTitleWord } from './titles.js';
import { isEnglishWord } from './english.js';

/** A capitalised word of letters (accents, apostrophes and hyphens inside), or an initial ("J."). */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}[\p{Ll}\p{M}]*)*|\p{Lu}\.)$/u;
/** Articles of other languages that start titles of works and names of places ("Les Amants", "El Paso"). */
const FOREIGN_ARTICLE = /^(?:La|Le|Les|L['’]\p{L}*|El|Los|Las|Il|Lo|Gli|I|Der|Die|Das|Den|Het|De|Des|Du|Al)$/u;

/** Could these two or three words of no known kind be a person's name? */
export function personShaped(tokens: string[]): boolean {
  if (tokens.length < 2 || tokens.length > 3) return false;
  if (!tokens.every((t) => NAME_WORD.test(t))) return false;
  if (/\.$/.test(tokens[tokens.length - 1]) || FOREIGN_ARTICLE.test(tokens[0])) return false;
  const last = tokens[tokens.length - 1].toLowerCase();
  if (ORG_SUFFIXES.has(last) || PLACE_SUFFIXES.has(last)) return false;
  const phrase = tokens.join(' ');
  if (isLexPlace(phrase) || isLexOrg(phrase)) return false;
  return tokens.every(
    (t, i) =>
      (i === 0 && isFirstName(t)) ||
      (!isCommonWord(t) &&
        !t.split(/['’-]/).some((part, j) => (j === 0 || /^\p{Lu}/u.test(part)) && isEnglishWord(part)) &&
        !isTitleWord(t) &&
        !isDemonym(t) &&
        !isLexPlace(t) &&
        !isLexOrg(t)),
  );
}
