/**
 * Regnal numbers: "Tsar Aleksei I", "Pope Damasus I", "Shah Abbas II", "Charles I of England".
 * The numeral is part of the ruler's name, and the name without it is how the text may name
 * him again ("Abbas"). "I" is also the pronoun, which ends a name ("In Paris I met him"): it is a
 * numeral only after a ruler's title, or before punctuation, "of" or a possessive.
 */

/** A roman numeral of a ruler, I to XXXIX ("X" alone is a letter: "Malcolm X"). */
const REGNAL_NUMERAL = /^(?!X$)(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;
/** Titles of rulers and popes, whose names take a numeral. */
const RULER_TITLE =
  /^(?:King|Queen|Emperor|Empress|Tsar|Tsarina|Czar|Czarina|Kaiser|Pope|Shah|Sultan|Caliph|Pharaoh|Emir|Khan|Prince|Princess|Duke|Duchess|Grand|Patriarch|Antipope)$/;
/** What may follow a regnal "I" and never the pronoun: punctuation, "of", a possessive, the end of the text. */
const AFTER_NUMERAL_I = /^(?:\s*[,;:)\]]|\s*\.(?!\p{L})|['’]s\b|\s+of\s+\p{Lu}|\s*$)/u;
/** A capitalised word that can end a ruler's given name ("Aleksei", "Abbas"; not "In", "When"). */
const GIVEN_NAME = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/** A ruler's numeral ("II", "XV", "I"). */
export const isRegnalNumeral = (w: string): boolean => REGNAL_NUMERAL.test(w);

/**
 * Is the capital "I" at `i` of the span's `tokens` a regnal number? `before` is the text before
 * the span, `after` the text after the token (for the span's last token).
 */
export function regnalI(tokens: string[], i: number, before: string, after: string): boolean {
  if (tokens[i] !== 'I' || i === 0 || !GIVEN_NAME.test(tokens[i - 1])) return false;
  const titled = tokens.slice(0, i - 1).some((t) => RULER_TITLE.test(t)) || RULER_TITLE.test(/(\p{L}+)\s+$/u.exec(before)?.[1] ?? '');
  if (titled) return true;
  return i === tokens.length - 1 ? AFTER_NUMERAL_I.test(after) : tokens[i + 1] === 'of';
}

/** "Abbas II" → "Abbas", "Louis XV" → "Louis": a ruler's name without the numeral, or null. */
export function withoutNumeral(name: string[]): string | null {
  return name.length >= 2 && isRegnalNumeral(name[name.length - 1]) && GIVEN_NAME.test(name[name.length - 2]) ? name.slice(0, -1).join(' ') : null;
}
