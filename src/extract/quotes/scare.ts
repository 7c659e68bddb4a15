/**
 * Scare quotes, names and titles in quotation marks are not speech:
 * the “two Canadian Michaels”, an “independent special rapporteur”, the “independent” rapporteur.
 */
import type { QuoteSpan } from './spans.js';

/** At most this many words and no clause punctuation: a quoted phrase, not an utterance. */
const SHORT_WORDS = 4;
const CLAUSE_PUNCTUATION = /[.!?;:,…]\s*\S/;
/** "so-called", "dubbed", "known as", "titled": a name follows. */
const NAMING_CUE = /\b(?:so-called|dubbed|known\s+as|nicknamed|titled|entitled|named|branded|the\s+term|the\s+word|the\s+phrase|a\s+term)\s*$/i;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function isShortPhrase(span: QuoteSpan): boolean {
  const w = words(span.text);
  return w.length <= SHORT_WORDS && !CLAUSE_PUNCTUATION.test(span.text);
}

/** Most words capitalised: a name or a title ("Two Michaels", "One More Thing"). */
export function isTitleCase(text: string): boolean {
  // The first word is capitalised in any sentence ("It is a disgrace"): only the others tell a title.
  const all = words(text);
  const w = (all.length > 1 ? all.slice(1) : all).filter((x) => x.length > 3 || /^\p{Lu}/u.test(x));
  if (w.length === 0) return false;
  return w.filter((x) => /^\p{Lu}/u.test(x)).length / w.length >= 0.5;
}

/**
 * Is this short span a label rather than words someone said? `before` is the body text just
 * before the opening mark; `elsewhere` the other spans of the article.
 */
export function isScareQuote(span: QuoteSpan, before: string, elsewhere: QuoteSpan[]): boolean {
  if (!isShortPhrase(span)) return false;
  if (NAMING_CUE.test(before)) return true;
  if (isTitleCase(span.text)) return true;
  const norm = span.text.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '');
  return elsewhere.some((o) => o !== span && o.text.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '') === norm);
}
