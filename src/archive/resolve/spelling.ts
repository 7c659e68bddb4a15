/**
 * British and American spellings of one word ("Defence" / "Defense", "Organisation" /
 * "Organization", "Centre" / "Center", "Labour" / "Labor"), so that two spellings of one name
 * meet. The word pairs come from the package american-british-english-translator (MIT; its
 * data/british_spellings.json, about 1,700 pairs); only the pairs that differ by the regular
 * patterns below are kept, so that a different word ("tyre" / "tire": Tyre is a city; "grey" /
 * "gray": Grey is a surname; "mould" / "mold") never folds into another.
 */
import { createRequire } from 'node:module';

/** The regular British → American patterns, applied to both words of a pair to see whether they meet. */
const REGULAR_PATTERNS: readonly [RegExp, string][] = [
  [/our/g, 'or'], // labour / labor
  [/tre(?=s?$|d$)/g, 'ter'], // centre / center
  [/([^aeiou])re(s|d)?$/g, '$1er$2'], // fibre / fiber
  [/ence/g, 'ense'], // defence / defense
  [/is(?=e|ing|ation|ed|er)/g, 'iz'], // organisation / organization
  [/ys(?=e|ing|ed|er|is)/g, 'yz'], // analyse / analyze
  [/ogue/g, 'og'], // catalogue / catalog
  [/mme/g, 'm'], // programme / program
  [/ae/g, 'e'], // paediatric / pediatric
  [/oe/g, 'e'], // manoeuvre / maneuver
  [/ll/g, 'l'], // travelled / traveled
];

function regularForm(word: string): string {
  return REGULAR_PATTERNS.reduce((w, [pattern, to]) => w.replace(pattern, to), word);
}

let table: Map<string, string> | null = null;

/** British spelling → American spelling, for the regular pairs of the word list (lower case). */
export function spellingTable(): Map<string, string> {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const pairs = require('american-british-english-translator/data/british_spellings.json') as Record<string, string>;
  table = new Map(Object.entries(pairs).filter(([british, american]) => regularForm(british) === regularForm(american)));
  return table;
}

/** The American spelling of a lower-case word, or the word itself ("defence" → "defense"). */
export function americanSpelling(word: string): string {
  return spellingTable().get(word) ?? word;
}
