/**
 * The campus of a university, written after it with a comma: "the University of California,
 * Berkeley", "the University of Arkansas, Fayetteville". The campus is part of the university's
 * name (places-with-regions.test.ts): the town after the comma, when the gazetteer knows it as a
 * town, names no entity of its own (not a person: "Berkeley" is a surname too; not a body). Any
 * other name there is what the sentence goes on with ("the University of Paris, Johann, unable to ...").
 */
import type { Mention } from './mention.js';
import { isKnownTown } from './gazetteer.js';

/** "University of California, " right before the name. */
const UNIVERSITY_COMMA_BEFORE = /\b(?:University|College|Institute|Universidad|Université)\s+of\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s+$/u;
/** The end of the phrase after the campus. */
const PHRASE_END_AFTER = /^\s*(?:[,.;:)]|$)/;

/** Is the mention the campus written after its university? */
const campusTown = (m: Mention): boolean =>
  m.tokens.length <= 2 && UNIVERSITY_COMMA_BEFORE.test(m.before) && PHRASE_END_AFTER.test(m.after) && isKnownTown(m.form);

/** Leaves out the campuses written after their university: part of its name. */
export function withoutCampusTowns(mentions: Mention[]): Mention[] {
  return mentions.filter((m) => !campusTown(m));
}
