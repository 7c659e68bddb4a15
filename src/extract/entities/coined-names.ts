/**
 * A single capitalised word that no lexicon knows is an organisation only when the text shows one
 * acting as a body: a cue of its own ("LibriVox founder Hugh McGuire"), a source spoken to or
 * cited ("tells Wikinews", "according to Quantcast"), or its staff ("ANDRILL geologists"). Being named twice is no evidence: surnames
 * of cited authors ("Carrano and Biewener"), saints ("Petronios"), villages ("Stridon") and terms
 * ("Geofences") are named again and again too.
 */
import type { Mention } from './mention.js';

/** Words before a source spoken to or cited: "tells Wikinews", "told Quantcast", "according to Alexa". */
const SOURCE_BEFORE = /\b(?:tells|told|according\s+to)\s+$/i;

/** Its staff right after the name: "ANDRILL geologists", "Ubisoft employees". */
const STAFF_AFTER = /^\s+(?:scientists|researchers|engineers|geologists|biologists|officials|employees|staff|executives|spokes(?:man|woman|person))\b/;

/** Does this mention of a coined word (`coined`: neither English nor a known name) show a body? */
function showsBody(m: Mention, coined: boolean): boolean {
  if (m.org > 0 && m.person <= 0) return true;
  return coined && ((!m.initial && SOURCE_BEFORE.test(m.before)) || STAFF_AFTER.test(m.after));
}

/**
 * Does an unknown single word act as a body somewhere in the text? `coined`: the word is no
 * English word and no known name ("Wikinews", "Quantcast"), so a source it is told or cited by
 * is a body, not a person.
 */
export function coinedNameActs(mentions: Mention[], coined: boolean): boolean {
  return mentions.some((m) => showsBody(m, coined));
}
