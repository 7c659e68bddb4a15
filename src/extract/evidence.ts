/** Helpers shared by extractors: which sentence holds an offset, sentences naming a form. */
import type { IngestedDoc, Sentence } from '../types.js';

export function sentenceAt(doc: IngestedDoc, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** A letter or digit right before / at an offset (two shared expressions, not one per form). */
const LETTER_BEFORE = /(?<=[\p{L}\p{N}])/uy;
const LETTER_AT = /[\p{L}\p{N}]/uy;

/** Does `text` hold `form` as a whole word (no letter or digit either side)? */
function namesWord(text: string, form: string): boolean {
  if (!form) return /(?<![\p{L}\p{N}])(?![\p{L}\p{N}])/u.test(text);
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    LETTER_BEFORE.lastIndex = i;
    LETTER_AT.lastIndex = i + form.length;
    if (!LETTER_BEFORE.test(text) && !LETTER_AT.test(text)) return true;
  }
  return false;
}

export function sentencesNaming(doc: IngestedDoc, forms: string[]): string[] {
  return doc.sentences.filter((s) => forms.some((f) => namesWord(s.text, f))).map((s) => s.text);
}
