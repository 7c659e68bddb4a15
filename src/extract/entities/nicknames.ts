/**
 * A nickname in quotes inside a name: 'Austin Shepherd "Shep" Padalecki', 'Finley "Finn" Polmar'.
 * The quotes end the capitalised span, so the name comes out in three pieces; they are joined
 * back here into one person, named as written, with the name without the nickname as an alias.
 */
import type { Mention } from './mention.js';

/** ' "Shep" Padalecki': one quoted capitalised word, then one or two capitalised words of the surname. */
const NICKNAME_AFTER = /^\s+(["“])(\p{Lu}[\p{L}'’.-]*)(["”])\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?![\p{L}'’-])/u;
/** A given name (and middle names) before the nickname: capitalised words, no initials only. */
const GIVEN_NAMES = /^\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){0,2}$/u;

/** Joins each given name, quoted nickname and surname written together into one person's mention. */
export function joinNicknames(mentions: Mention[]): Mention[] {
  const dropped = new Set<Mention>();
  mentions.forEach((m, i) => {
    if (dropped.has(m) || !GIVEN_NAMES.test(m.form)) return;
    const n = NICKNAME_AFTER.exec(m.after);
    if (!n) return;
    const [, open, nick, close, surname] = n;
    // The pieces of the quote and the surname were read as mentions of their own: they are this one.
    for (const piece of mentions.slice(i + 1, i + 3))
      if (piece.evidence === m.evidence && (piece.form === nick || surname.startsWith(piece.form))) dropped.add(piece);
    const written = `${m.form} ${open}${nick}${close} ${surname}`;
    m.shortForm = `${m.form} ${surname}`;
    m.tokens = [...m.tokens, `${open}${nick}${close}`, ...surname.split(/\s+/)];
    m.form = written;
    m.written = written;
    m.after = m.after.slice(n[0].length);
    m.kindHint = 'person';
  });
  return mentions.filter((m) => !dropped.has(m));
}
