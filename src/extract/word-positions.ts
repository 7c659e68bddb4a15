/**
 * Where each word of a text starts: the candidates for a whole-word name form, so that finding
 * every mention of every form looks only at the places where the form's first word is written,
 * instead of running one regular expression per form over the whole text.
 */

/** A word: a run of letters and digits (the same classes as the name-form boundaries). */
const WORD = /[\p{L}\p{N}]+/gu;
const SPLIT = /[^\p{L}\p{N}]+/u;

/** The first word of a form, as `form.split(SPLIT)[0]`: '' when the form starts with another character. */
export function firstWord(form: string): string {
  return form.split(SPLIT)[0];
}

/** The words of a phrase, split as the forms are. */
export function wordSet(phrase: string): Set<string> {
  return new Set(phrase.split(SPLIT));
}

const CACHE = new WeakMap<object, { text: string; at: Map<string, number[]> }>();

/** Start offsets of each word of `text`, ascending; built once per owner object (a document). */
export function wordPositions(owner: object, text: string): Map<string, number[]> {
  const hit = CACHE.get(owner);
  if (hit && hit.text === text) return hit.at;
  const at = new Map<string, number[]>();
  for (const m of text.matchAll(WORD)) {
    const list = at.get(m[0]);
    if (list) list.push(m.index!);
    else at.set(m[0], [m.index!]);
  }
  CACHE.set(owner, { text, at });
  return at;
}
