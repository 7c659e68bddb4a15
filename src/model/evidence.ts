/**
 * Where an item's evidence sits in its article's body: the body's sentences are numbered in
 * reading order (0-based indexes in the record; the page anchors them `#s-1`, `#s-2`, …), and the
 * record keeps a hash of the body the indexes were taken on, so that a reader can tell whether an
 * editor has changed the body since (then the indexes may point elsewhere).
 */
import { createHash } from 'node:crypto';

/** Characters of the hex sha256 kept: enough to tell an edited body from the extracted one. */
const BODY_HASH_CHARS = 16;

/** A hash of a Markdown body, blind to leading and trailing whitespace (which moves no sentence). */
export function bodyHash(body: string): string {
  return createHash('sha256').update(body.trim()).digest('hex').slice(0, BODY_HASH_CHARS);
}

/**
 * The index of each evidence text among the body's sentences, or null for a text that is not one
 * of them (the title, a dateline). Evidence lists hold each text once, in reading order, so a text
 * stands for its first sentence.
 */
export function indexesOf(evidence: string[], sentences: { text: string; index: number }[]): (number | null)[] {
  const first = new Map<string, number>();
  for (const s of sentences) if (!first.has(s.text)) first.set(s.text, s.index);
  return evidence.map((text) => first.get(text) ?? null);
}
