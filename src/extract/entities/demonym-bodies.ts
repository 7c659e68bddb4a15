/**
 * A nationality before a public body's generic name ("the Greek Ministry of Culture", "the Cuban
 * Consulate", "the Italian Supreme Court of Cassation", "the Russian Navy") describes the body:
 * its name is the rest ("Ministry of Culture", "Consulate"), which the entity keeps as an alias.
 * Names whose nationality is their own ("British Airways", "Italian Episcopal Conference", "Greek
 * Orthodox Church") are left alone: their next word is no public body's.
 */
import type { Group } from './groups.js';
import { isDemonym } from './lexicon.js';

/** First words of the generic names of states' bodies. */
const PUBLIC_BODY_HEAD =
  /^(?:Ministry|Ministries|Consulate|Embassy|Government|Navy|Army|Police|Supreme|Court|Parliament|Senate|Cabinet|Treasury|Foreign|Defen[cs]e|Interior|Armed|Coast|Border|Federal|National)$/;
/** The second word of a two-word head ("Supreme Court", "Foreign Ministry", "Armed Forces", "Coast Guard"). */
const SECOND_BODY_WORD = /^(?:Court|Ministry|Office|Forces|Guard|Police|Government|Assembly|Council|Bank)$/;

/** The body's name without the nationality before it, or null. */
export function withoutNationality(t: string[]): string | null {
  if (t.length < 2 || !isDemonym(t[0]) || !PUBLIC_BODY_HEAD.test(t[1])) return null;
  const rest = t.slice(1);
  // "Supreme", "Foreign", "Federal" alone head nothing: the word after them must be a body's.
  if (/^(?:Supreme|Foreign|Defen[cs]e|Interior|Armed|Coast|Border|Federal|National)$/.test(rest[0]) && !SECOND_BODY_WORD.test(rest[1] ?? '')) return null;
  return rest.join(' ');
}

/** The merge step: organisations led by a nationality keep their generic name as an alias. */
export const demonymBodies = {
  name: 'demonym-bodies',
  run({ all }: { all: Group[] }): void {
    for (const g of all) {
      if (g.into || g.kind !== 'organization') continue;
      const rest = withoutNationality(g.tokens);
      if (rest) g.extraAliases.add(rest);
    }
  },
};
