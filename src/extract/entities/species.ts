/**
 * Latin names of species: a capitalised genus followed by a lower-case epithet ("Formica fusca",
 * "Beauveria bassiana", "Homo sapiens"). The genus is no organisation, person or place.
 */
import type { Mention } from './mention.js';
import { isEnglishWord } from './english.js';

/** A lower-case word with a Latin ending right after the name ("fusca", "bassiana", "sapiens", "rex"). */
const EPITHET_AFTER = /^\s+(\p{Ll}{3,}(?:a|us|um|is|ae|i|ii|ensis|ana|ata|ica|ens|ex|ides|oides))(?=[\s,.;:)]|$)/u;

/** Is this mention the genus of a species' Latin name? */
export function genusOfSpecies(m: Mention): boolean {
  if (m.tokens.length !== 1) return false;
  const epithet = EPITHET_AFTER.exec(m.after)?.[1];
  return epithet !== undefined && !isEnglishWord(epithet);
}
