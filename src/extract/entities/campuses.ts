/**
 * The campus of a university, written after it with a comma: "the University of California,
 * Berkeley", "the University of Arkansas, Fayetteville". The town after the comma is a place (not
 * a person: "Berkeley" is a surname too) when the gazetteer knows it as a town; any other name
 * there is what the sentence goes on with ("the University of Paris, Johann, unable to ...").
 */
import type { Mention } from './mention.js';
import { isKnownTown } from './gazetteer.js';

/** "University of California, " right before the name. */
const UNIVERSITY_COMMA_BEFORE = /\b(?:University|College|Institute|Universidad|Université)\s+of\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s+$/u;
/** The end of the phrase after the campus. */
const PHRASE_END_AFTER = /^\s*(?:[,.;:)]|$)/;

/** Marks the campuses written after their university as places. */
export function campusTowns(mentions: Mention[]): Mention[] {
  for (const m of mentions)
    if (m.tokens.length <= 2 && UNIVERSITY_COMMA_BEFORE.test(m.before) && PHRASE_END_AFTER.test(m.after) && isKnownTown(m.form)) m.kindHint = 'place';
  return mentions;
}
