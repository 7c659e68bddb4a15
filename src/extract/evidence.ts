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

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word occurrences of `form` in `text`. */
export function countWord(text: string, form: string): number {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'gu');
  return text.match(re)?.length ?? 0;
}

export function sentencesNaming(doc: IngestedDoc, forms: string[]): string[] {
  const res = forms.map((f) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(f)}(?![\\p{L}\\p{N}])`, 'u'));
  return doc.sentences.filter((s) => res.some((re) => re.test(s.text))).map((s) => s.text);
}
