/**
 * Names given as examples of a kind of people: "the ancient gods, such as Zeus, Hera, Poseidon,
 * Aphrodite, and Athena", "writers like Dostoyevsky and Tolstoy", "painters including Goya". The
 * noun before "such as", "like" or "including" says what the names after it are, whatever their
 * shape (a god's name is in no list of given names). Only names no cue has claimed follow it.
 */
import type { Group } from './groups.js';
import type { Mention } from './mention.js';
import { isLexOrg, isLexPlace } from './lexicon.js';

/** Plural nouns of kinds of people (capitalised too, opening a sentence). */
const PEOPLE_KINDS =
  'gods|goddesses|deities|divinities|saints|prophets|apostles|heroes|heroines|characters|figures|authors|writers|poets|novelists|' +
  'playwrights|painters|artists|sculptors|composers|musicians|philosophers|thinkers|scholars|scientists|mathematicians|inventors|' +
  'emperors|kings|queens|pharaohs|rulers|leaders|statesmen|presidents|generals|players|actors|actresses|singers|celebrities|athletes|' +
  'people|persons|individuals|men|women';
/** "gods|saints" → "[Gg]ods|[Ss]aints". */
const capitalisedToo = (alternatives: string): string =>
  alternatives
    .split('|')
    .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');
/** A name in the list ("Zeus", "Jean le Rond d'Alembert"). */
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|de|la|le|van|von|der|da|di|du))*";
/** What separates the names of a list. */
const SEPARATOR = '(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)';
/** "gods, such as Zeus, Hera, " right before a name: a kind of people, the word of examples, the names before this one. */
const EXAMPLES_BEFORE = new RegExp(
  `\\b(?:${capitalisedToo(PEOPLE_KINDS)})\\s*,?\\s+(?:such\\s+as|like|including|especially|notably|namely|e\\.g\\.,?)\\s+(?:${NAME}${SEPARATOR})*$`,
  'u',
);

/** A form no cue has claimed: unclassified, or classified by no cue of its own and known to no list. */
function unclaimed(g: Group): boolean {
  if (g.into || g.titled || g.orgCue > 0 || isLexPlace(g.form) || isLexOrg(g.form)) return false;
  return g.kind === null || g.mentions.every((m) => m.person <= 0 && m.org <= 0 && m.place <= 0 && !m.kindHint);
}

/** Is the mention listed as an example of a kind of people ("gods, such as Zeus")? */
export const exampleOfPeople = (m: Mention): boolean => !m.headline && EXAMPLES_BEFORE.test(m.before);

/** Merge step: names listed as examples of a kind of people are people. */
export const examplesOfPeople = {
  name: 'examples-of-people',
  run({ all }: { all: Group[] }): void {
    for (const g of all) if (unclaimed(g) && g.mentions.some(exampleOfPeople)) g.kind = 'person';
  },
};
