/**
 * Entries of a guide: in a text about places, a name that opens its sentence and is followed by a
 * colon, a full stop, a comma or a bracket, or by nothing at all, heads an entry or a heading of its
 * own ("Basse Terre: green and lush vegetation", "Port Hutt. One of the most scenic...",
 * "Anse Bertrand, not far from there, ...", "Plac Wolności"). With no cue of another kind, it
 * names one of the places the text describes.
 */
import type { Group } from './groups.js';
import type { Mention } from './mention.js';
import { aboutPlaces } from './place-texts.js';
import { DIRECTIONS, PLACE_SUFFIXES, isCommonWord, isFirstName, isLexOrg } from './lexicon.js';
import { isEnglishWord } from './english.js';

/** Nothing before the name but an entry's number ("8 Hasht Behesht (The Palace of Eight Paradises)"). */
const ENTRY_BEFORE = /^\s*(?:\d{1,3}\.?\s+)?$/;
/** A colon, a full stop, a comma, a bracket or a dash after the name, or the end of the sentence. */
const ENTRY_AFTER = /^\s*(?:[:.,(–—]|-\s|$)/;
/** A colon after the name. */
const COLON_AFTER = /^\s*:/;
/** First words of captions, not of names ("Map of Guadeloupe", "View of the bridge"). */
export const CAPTION_HEAD = /^(?:Map|Maps|View|Views|Photo|Picture|Image|Icon|Portrait|Panorama|Plan|Diagram)$/;

/** The mention heads an entry or is a heading. */
export function headsEntry(m: Mention): boolean {
  return !m.headline && ENTRY_BEFORE.test(m.before) && ENTRY_AFTER.test(m.after);
}

/** The mention heads an entry that a colon opens. */
function headsColonEntry(m: Mention): boolean {
  return headsEntry(m) && COLON_AFTER.test(m.after);
}

/** A form no cue has claimed: unclassified, or a person by the shape of the name alone. */
function unclaimed(g: Group): boolean {
  if (g.into || g.titled || g.orgCue > 0 || isLexOrg(g.form) || DIRECTIONS.test(g.form) || CAPTION_HEAD.test(g.tokens[0])) return false;
  const last = g.tokens[g.tokens.length - 1];
  // "Marina", "Smack Dinghies", "Wikimedia Maps": words of English or a caption, not a name.
  if (
    CAPTION_HEAD.test(last) ||
    (g.tokens.every((w) => isCommonWord(w) || isEnglishWord(w)) && (g.tokens.length === 1 || !PLACE_SUFFIXES.has(last.toLowerCase())))
  )
    return false;
  return g.kind === null || (g.kind === 'person' && g.guessed === true);
}

/** A person by the shape of the name alone, with no given name known to the lexicon ("Basse Terre", "La Désirade"; not "Maria Kowalski"). */
function nameOfNoOne(g: Group): boolean {
  return g.kind === 'person' && g.guessed === true && !g.tokens.some((w) => isFirstName(w));
}

/** Merge step: in a text about places, an unclaimed name heading an entry is a place; elsewhere, a name of no one heading an entry after a colon. */
export const guideEntries = {
  name: 'guide-entries',
  run({ all }: { all: Group[] }): void {
    const places = aboutPlaces(all);
    for (const g of all) {
      if (!unclaimed(g)) continue;
      // Elsewhere only an entry after a colon, headed by a name of no one ("Basse Terre: green and lush vegetation").
      if (places ? g.mentions.some(headsEntry) : nameOfNoOne(g) && g.mentions.some(headsColonEntry)) g.kind = 'place';
    }
  },
};
