/**
 * The ambiguous leftovers: a multi-word capitalised span with no cue either way ("Nadine Yousif",
 * "Apple Store"). compromise tags the short span alone (its lexicon and word-shape rules); its
 * tags decide. Run rarely and on a few words only, so the extractor stays fast.
 */
import nlp from 'compromise';
import type { Kind } from './kind.js';

const cache = new Map<string, Kind | null>();

export function compromiseKind(form: string): Kind | null {
  const hit = cache.get(form);
  if (hit !== undefined) return hit;
  const doc = nlp(form);
  const kind: Kind | null = doc.has('#Person') ? 'person' : doc.has('#Organization') ? 'organization' : doc.has('#Place') ? 'place' : null;
  if (cache.size > 5000) cache.clear();
  cache.set(form, kind);
  return kind;
}
