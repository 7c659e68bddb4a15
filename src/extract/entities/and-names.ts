/**
 * "and" inside a body's name: "National Aeronautics and Space Administration (NASA)", "Union of
 * Rationalist Atheists and Agnostics (UAAR)", "Institute of History and Philology of Academia
 * Sinica", "Centre for Irish and Scottish Studies". Elsewhere "and" joins two names ("Ford and
 * General Motors", "University of Oxford and Cambridge"), so the join needs one of two proofs: the
 * acronym written after the whole name spells its initials, or the name is a body's "of"/"for"
 * phrase whose field is two common words joined by "and". A place named with "and" before a body's
 * words ("Newfoundland and Labrador Court of Appeal") heads one name.
 */
import { isEnglishWord } from './english.js';
import { ORG_HEADS, ORG_SUFFIXES, isDemonym, isFirstName, isLastName, isLexPlace } from './lexicon.js';

/** The capitalised words after "and", up to an acronym in brackets ("Space Administration (NASA)"). */
const REST_WITH_ACRONYM = /^((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|the|and|on|&)\s+)*){1,6})\(\s*(\p{Lu}{3,8})\s*\)/u;
const LINK_WORD = /^(?:of|for|the|and|on|&)$/;

/** The initials of the capitalised words ("National Aeronautics" → "NA"). */
const initials = (words: string[]): string =>
  words
    .filter((w) => !LINK_WORD.test(w))
    .map((w) => w[0])
    .join('');

/** Is the acronym after the words following "and" made of the initials of the whole name? */
function acronymConfirms(words: string[], rest: string): boolean {
  const m = REST_WITH_ACRONYM.exec(rest);
  if (!m) return false;
  const acronym = m[2];
  const full = initials([...words, ...m[1].trim().split(/\s+/)]);
  return full === acronym || full.replace(/[^\p{Lu}]/gu, '') === acronym;
}

/** A field word of a body's "of"/"for" phrase: a common English word, a nationality or a learned word, no place or person ("History", "Irish", "Philology"). */
const fieldWord = (w: string): boolean =>
  (isEnglishWord(w) || isDemonym(w) || (/^\p{Lu}\p{Ll}{3,}$/u.test(w) && !isFirstName(w) && !isLastName(w))) && !isLexPlace(w);

/**
 * Should "and" join `words` (the name so far) to the capitalised word `next`? `rest` is the text
 * from `next` on, `nextAfter` the token after `next`.
 */
export function andJoinsBodyName(words: string[], next: string, nextAfter: string | undefined, rest: string): boolean {
  if (acronymConfirms(words, rest)) return true;
  // "Newfoundland and Labrador Court of Appeal": a place named with "and" heading a body's name.
  // (Alone, "Bosnia and Herzegovina" is left to the lists of places: GUM names its two parts.)
  if (words.length <= 2 && /^\p{Lu}/u.test(nextAfter ?? '') && isLexPlace(`${words.join(' ')} and ${next}`)) return true;
  const link = words.findIndex((w) => w === 'of' || w === 'for');
  if (link < 1 || link === words.length - 1) return false;
  const head = words[link - 1].toLowerCase();
  if (!ORG_HEADS.has(words[0].toLowerCase()) && !ORG_SUFFIXES.has(head)) return false;
  const field = words.slice(link + 1);
  // One or two field words before "and", one after it, and the name goes on with "of" or ends.
  const endsAfter = nextAfter === undefined || nextAfter === 'of' || !/^\p{Lu}/u.test(nextAfter);
  return field.length <= 2 && field.every(fieldWord) && fieldWord(next) && endsAfter;
}
