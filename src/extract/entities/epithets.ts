/**
 * Rulers and saints known by an epithet: "Constantine the Great", "Peter the Great", "Pliny the
 * Elder". The lower-case "the" ends a capitalised span, so the epithet is joined back here and
 * the name is a person's, whatever the context.
 */
import type { Mention } from './mention.js';

/** " the Great", " the Elder": the epithet right after a name. */
const EPITHET_AFTER =
  /^ the (Great|Elder|Younger|Conqueror|Magnificent|Wise|Bold|Pious|Fair|Terrible|Confessor|Apostate|Lionheart|Navigator|Venerable|Just|Good|Bald|Fat|Red|Lawgiver)\b/;

/** Joins each one-word name and the epithet after it into one person's name. */
export function joinEpithets(mentions: Mention[]): Mention[] {
  for (const m of mentions) {
    const epithet = m.tokens.length === 1 ? EPITHET_AFTER.exec(m.after) : null;
    if (!epithet) continue;
    m.tokens = [...m.tokens, 'the', epithet[1]];
    m.form = m.tokens.join(' ');
    m.written = m.form;
    m.after = m.after.slice(epithet[0].length);
    m.kindHint = 'person';
  }
  return mentions;
}
