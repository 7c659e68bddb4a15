/**
 * Titles of works named right after the noun of their kind: "the television series Gilmore
 * Girls", "the films New York Minute and House of Wax", "the legal drama The Good Wife", "his book
 * Hydrodynamica", "the column Savage Love". A title so introduced names a work, not the
 * organisation, person or place its words may recall; a name only ever written so is none.
 */
import type { Mention } from './mention.js';

/**
 * A noun of a kind of work, then the title (a first title and "and" before a second one may come
 * between: "the films New York Minute and House of Wax"). Verbs that share a noun's spelling
 * ("show", "play", "star") are left out.
 */
const WORK_NOUN_BEFORE =
  /\b(?:films?|movies?|series|miniseries|sitcoms?|dramas?|comedy|comedies|novels?|novellas?|books?|albums?|songs?|operas?|poems?|musicals?|documentar(?:y|ies)|columns?|episodes?|paintings?|sculptures?|essays?|memoirs?|anthology|trilogy|treatise|opus|cantata|sonata|symphony|ballet|telenovela|webcomic|podcast)\s+(?:\p{Lu}[^,;:.()]{0,60}?\s+and\s+)?$/u;

/** Is this mention the title of a work, written after the noun of its kind? */
export function namedAsWork(m: Mention): boolean {
  return WORK_NOUN_BEFORE.test(m.before);
}
