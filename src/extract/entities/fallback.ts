/**
 * The ambiguous leftovers: a multi-word capitalised span with no cue either way ("Nadine Yousif",
 * "Apple Store"). compromise tags the one sentence it is in; its tags decide. Run rarely, so the
 * extractor stays fast.
 */
import nlp from 'compromise';
import type { Kind } from './build.js';

const cache = new Map<string, ReturnType<typeof nlp>>();

export function compromiseKind(sentence: string, form: string): Kind | null {
  let doc = cache.get(sentence);
  if (!doc) {
    if (cache.size > 200) cache.clear();
    doc = nlp(sentence);
    cache.set(sentence, doc);
  }
  const m = doc.match(form.replace(/[^\p{L}\p{N}' -]/gu, ' ').replace(/\s+/g, ' ').trim());
  if (!m.found) return null;
  if (m.has('#Person')) return 'person';
  if (m.has('#Organization')) return 'organization';
  if (m.has('#Place')) return 'place';
  return null;
}
