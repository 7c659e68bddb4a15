/**
 * A text about places (a travel guide, a gazetteer) names few people and many places: there the
 * shape of a name alone does not make a person ("Chehel Sotoun", "Basse Terre"), and a name that
 * heads an entry of its own is one of the places described.
 */
import type { Kind } from './kind.js';
import type { Group } from './groups.js';

/** Places per person (with a cue) above which a text is about places. */
export const PLACES_PER_PERSON = 5;

/** Are the places of the article, not counting guessed people, five times its people or more? */
export function aboutPlaces(all: Group[]): boolean {
  const count = (kind: Kind) => all.filter((g) => !g.into && g.kind === kind && !g.guessed).length;
  return count('place') >= PLACES_PER_PERSON * (count('person') + 1);
}
