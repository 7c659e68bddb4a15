/**
 * Where a search result leads: the sentence of the article that matched. The article page anchors
 * each body sentence (`#s-1`, `#s-2`, … numbered by src/archive/sentences.ts); a result's display
 * data (DocFragment) holds its plain text and where each of those sentences starts in it, so the
 * browser can tell which sentence a matched word or a mentioned date is in.
 */

/** Whitespace runs, collapsed as plainText (documents.ts) collapses them. */
const SPACES = /\s+/g;
/** A sentence not found in full is looked for by its first characters (an inline mark may differ later on). */
const PREFIX_CHARS = 24;

/**
 * Each sentence's start in the plain text, in order; -1 for a sentence not found there.
 * Sentences are searched in reading order, each from the end of the one before.
 */
export function sentenceStarts(text: string, sentences: string[]): number[] {
  const out: number[] = [];
  let from = 0;
  for (const raw of sentences) {
    const s = raw.replace(SPACES, ' ').trim();
    let at = s ? text.indexOf(s, from) : -1;
    if (at < 0 && s.length > PREFIX_CHARS) at = text.indexOf(s.slice(0, PREFIX_CHARS), from);
    out.push(at);
    if (at >= 0) from = at + (text.startsWith(s, at) ? s.length : PREFIX_CHARS);
  }
  return out;
}

/**
 * Starts delta-coded for the display file: a sentence not found takes the start of the one before
 * (delta 0), so that it is never the sentence of an offset (sentenceAt picks the first of equals).
 */
export function encodeStarts(starts: number[]): number[] {
  const out: number[] = [];
  let last = 0;
  for (const s of starts) {
    const at = s >= 0 ? s : last;
    out.push(at - last);
    last = at;
  }
  return out;
}

export function decodeStarts(deltas: number[]): number[] {
  let at = 0;
  return deltas.map((d) => (at += d));
}

/** The number (1-based, as in `#s-N`) of the sentence holding a text offset, or null. */
export function sentenceAt(starts: number[], offset: number): number | null {
  let found = -1;
  for (let k = 0; k < starts.length && starts[k] <= offset; k++) if (found < 0 || starts[k] > starts[found]) found = k;
  return found < 0 ? null : found + 1;
}

/** The text of sentence N (1-based): from its start to the next sentence's start. */
export function sentenceText(text: string, starts: number[], n: number): string | null {
  const k = n - 1;
  if (k < 0 || k >= starts.length) return null;
  let end = text.length;
  for (let j = k + 1; j < starts.length; j++) {
    if (starts[j] > starts[k]) {
      end = starts[j];
      break;
    }
  }
  if (k > 0 && starts[k] === starts[k - 1]) return null; // not found in the text
  return text.slice(starts[k], end).trim();
}

/** The number N of an anchor "s-N" (null for the headline, the dek or none). */
export function anchorNumber(anchor: string | null | undefined): number | null {
  const m = anchor ? /^s-(\d+)$/.exec(anchor) : null;
  return m ? +m[1] : null;
}
