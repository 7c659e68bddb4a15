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
import { DIRECTIONS, PLACE_SUFFIXES, isCommonWord, isLexOrg } from './lexicon.js';
import { isEnglishWord } from './english.js';

/** Nothing before the name but an entry's number ("8 Hasht Behesht (The Palace of Eight Paradises)"). */
const ENTRY_BEFORE = /^\s*(?:\d{1,3}\.?\s+)?$/;
/** A colon, a full stop, a comma, a bracket or a dash after the name, or the end of the sentence. */
const ENTRY_AFTER = /^\s*(?:[:.,(–—]|-\s|$)/;
/** First words of captions, not of names ("Map of Guadeloupe", "View of the bridge"). */
export const CAPTION_HEAD = /^(?:Map|Maps|View|Views|Photo|Picture|Image|Icon|Portrait|Panorama|Plan|Diagram)$/;

/** The mention heads an entry or is a heading. */
export function headsEntry(m: Mention): boolean {
  return !m.headline && ENTRY_BEFORE.test(m.before) && ENTRY_AFTER.test(m.after);
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

/** Merge step: in a text about places, an unclaimed name heading an entry is a place. */
export const guideEntries = {
  name: 'guide-entries',
  run({ all }: { all: Group[] }): void {
    if (!aboutPlaces(all)) return;
    for (const g of all) if (unclaimed(g) && g.mentions.some(headsEntry)) g.kind = 'place';
  },
};
