/**
 * Journeys put names on the map: in a sentence about getting somewhere (flights, ferries, buses,
 * miles, moving house), the bare name one travels from, to or via is a place ("There are flights
 * from Sana'a via Al Mukalla", "best reached by bus from Odense", "the family moved south to
 * Vichy"), and so is the island a port is "on" ("a ferry to Tårs on Lolland"). Companies are sold
 * "to" and people write "from" their desks: without a word of travel in the sentence, "from" and
 * "to" say nothing.
 */
import type { Mention } from './mention.js';
import type { Group } from './groups.js';
import { isEnglishWord } from './english.js';
import { FUNCTION_WORDS, isFirstName, isLexOrg, lexTags } from './lexicon.js';

/** "from", "to", "via", and "to" after a direction or a distance ("north 15 miles to", "south to"). */
const FROM_TO_VIA_BEFORE = /\b(?:from|to|via|towards?)\s*$/i;
/** "Tårs on Lolland", "Marstal on Ærø": the island or lake a place one travels to or from stands on. */
const ON_AFTER_PLACE_BEFORE = /\b(?:from|to|via)\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?\s+on\s+$/iu;
/** Words of a journey: vehicles, distances, departures and arrivals, moving. */
const TRAVEL_WORDS =
  /\b(?:fl(?:y|ies|ew|own|ights?)|ferr(?:y|ies)|bus(?:es)?|coach(?:es)?|trains?|rail|tram|metro|drives?|drove|driving|miles|km|kilometres|kilometers|travel(?:s|led|ed|ling|ing)?|journey(?:s|ed)?|trips?|voyages?|sail(?:s|ed|ing)?|boats?|depart(?:s|ed|ures?)?|arriv(?:e|es|ed|al)|connections?|reached|route|moved|emigrated|fled|returned|commute|crossing)\b/i;

/** A possessive or a number right after the name: a numbered part ("Terminal 2") or someone's ("from Theodorus' monastery"), not the place. */
const PART_AFTER = /^(?:['’]s?\s|\s+\d)/u;
/** Tags of words that follow a place without modifying it ("to Skiatook takes", "from Herat quickly"). */
const NOT_NOUN_TAGS = new Set([
  'Verb',
  'PresentTense',
  'PastTense',
  'Infinitive',
  'Gerund',
  'Participle',
  'Adverb',
  'Copula',
  'Modal',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
]);
/** The lower-case word right after the name. */
const NEXT_WORD = /^\s+(\p{Ll}+)\b/u;

/** "via Greyhound depot": a common noun after the name, which only modifies it. */
function modifiesNoun(after: string): boolean {
  const next = NEXT_WORD.exec(after)?.[1];
  return next !== undefined && !FUNCTION_WORDS.has(next) && isEnglishWord(next) && !lexTags(next).some((t) => NOT_NOUN_TAGS.has(t));
}

/** "the Northeast", "Midwest": a compass point alone is no place of its own. */
const COMPASS_POINT = /^(?:(?:north|south)(?:east|west)?|east|west)(?:ern)?$|^(?:central|midwest)$/i;

/** The mention is where a journey in its sentence goes from, to or through. */
export function travelledPlace(m: Mention): boolean {
  return (
    (FROM_TO_VIA_BEFORE.test(m.before) || ON_AFTER_PLACE_BEFORE.test(m.before)) &&
    !PART_AFTER.test(m.after) &&
    !modifiesNoun(m.after) &&
    !TRAVEL_WORDS.test(m.form) &&
    TRAVEL_WORDS.test(m.evidence)
  );
}

/** A form no cue has claimed yet, or a person by shape alone or by a weak cue ("Napier", "Al Mukalla"). */
function unclaimed(g: Group): boolean {
  if (g.into || g.titled || g.orgCue > 0 || isLexOrg(g.form) || COMPASS_POINT.test(g.form) || g.form.length < 2) return false;
  if (g.tokens.length === 1 && isFirstName(g.form)) return false;
  return g.kind === null || (g.kind === 'person' && (g.guessed === true || g.tokens.length === 1) && g.mentions.every((m) => m.person < 2 && !m.kindHint));
}

/** Merge step: a name with no other claim, travelled from, to or through, is a place. */
export const travelledPlaces = {
  name: 'travelled-places',
  run({ all }: { all: Group[] }): void {
    for (const g of all) if (unclaimed(g) && g.mentions.some(travelledPlace)) g.kind = 'place';
  },
};
