/**
 * A given name and the place one comes from: "Apollinaris of Laodicea", "Bonosus of Sardica",
 * "Hilary of Poitiers", "Theodorus of Tabennese" — how saints, bishops and people before surnames
 * are named. The head is one word of no English, no title and no word of bodies or places
 * ("Bank of Sardica", "Gulf of Aden", "Emir of Qatar", "Frontpage of Hydrodynamica" are none); the place after "of" is one or
 * two capitalised words of no English.
 */
import { isEnglishWord } from './english.js';
import { ORG_SUFFIXES, PLACE_SUFFIXES, isCommonWord, isLexOrg, isLexPlace } from './lexicon.js';
import { isTitleWord } from './titles.js';

/** A capitalised word of letters ("Apollinaris", "Laodicea"). */
const CAPITALISED = /^\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*$/u;

/** Shortest part of a compound counted. */
const MIN_PART = 4;

/** "Frontpage", "Guidebook": two English words written as one. */
function englishCompound(w: string): boolean {
  for (let i = MIN_PART; i <= w.length - MIN_PART; i++) if (isEnglishWord(w.slice(0, i)) && isEnglishWord(w.slice(i))) return true;
  return false;
}

/** Could the word be a given name standing alone before "of"? */
function givenNameAlone(w: string): boolean {
  const lower = w.toLowerCase();
  return (
    CAPITALISED.test(w) &&
    !isEnglishWord(w) &&
    !englishCompound(w) &&
    !isCommonWord(w) &&
    !isTitleWord(w) &&
    !ORG_SUFFIXES.has(lower) &&
    !PLACE_SUFFIXES.has(lower) &&
    !isLexPlace(w) &&
    !isLexOrg(w)
  );
}

/** Is the name a given name, "of" and the place one comes from? */
export function bynameOfPlace(t: string[]): boolean {
  if (t.length < 3 || t.length > 4 || t[1] !== 'of' || !givenNameAlone(t[0])) return false;
  const place = t.slice(2);
  return place.every((w) => CAPITALISED.test(w) && !isEnglishWord(w) && !isTitleWord(w));
}
