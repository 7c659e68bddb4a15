/**
 * Names written surname first, as reference lists and indexes write them: "Marx, Karl and Engels,
 * Friedrich.", "Twain, Mark.", "Austen, Jane. Pride and Prejudice". The surname is the person's
 * name; the given names after the comma are part of it, not a second person.
 */
import { isCommonWord, isFirstName, isLexPlace } from './lexicon.js';
import { isTitleWord } from './titles.js';
import type { Span } from './spans.js';

/** Between the surname and the given names: a comma and a space, nothing else. */
const COMMA_BETWEEN = /^,\s$/;
/** After the given names: the end of the entry ("."), the next author (" and", "," ";"), or a bracket. */
const ENTRY_END_AFTER = /^(?:\.|,|;|\)|\s+(?:and|&)\s|\s*$)/;
/** A surname: a capitalised word of letters, not an acronym ("CEO, Ken Lewis, said" is a title). */
const SURNAME = /^\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}[\p{Ll}\p{M}]*)*$/u;
/** An initial ("J.", "R.") stands for a given name. */
const INITIAL = /^\p{Lu}\.$/u;

export interface InvertedNames {
  /** Indexes of the spans that are surnames written first. */
  surnames: Set<number>;
  /** Indexes of the spans that are the given names after them (part of the same person). */
  givens: Set<number>;
}

/** Finds "Surname, Given" pairs among the capitalised spans of one segment. */
export function invertedNames(text: string, spans: Span[]): InvertedNames {
  const found: InvertedNames = { surnames: new Set(), givens: new Set() };
  for (let i = 0; i + 1 < spans.length; i++) {
    const surname = spans[i];
    const given = spans[i + 1];
    const [word] = surname.tokens;
    if (surname.tokens.length !== 1 || !SURNAME.test(word) || isTitleWord(word) || isCommonWord(word) || isLexPlace(word)) continue;
    if (!COMMA_BETWEEN.test(text.slice(surname.end, given.start))) continue;
    if (!(isFirstName(given.tokens[0]) || INITIAL.test(given.tokens[0])) || isLexPlace(given.tokens.join(' '))) continue;
    if (given.tokens.length > 3 || !ENTRY_END_AFTER.test(text.slice(given.end))) continue;
    found.surnames.add(i);
    found.givens.add(i + 1);
    i++;
  }
  return found;
}
