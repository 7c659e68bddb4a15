/**
 * A result's snippet: the stretch of the article text around its first matched word, as parts
 * (plain or highlighted), and the surface words that matched (passed to the article page).
 */
import { indexTerm } from '../search/engine.js';

export interface SnippetPart {
  text: string;
  mark: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;
const BEFORE = 12;
const AFTER = 28;

/**
 * `at`: the text offset of the matched word the snippet is built around (-1 when none matched,
 * and the snippet is the opening of the text). `whole`: the snippet would be the same over any
 * longer text that begins with this one: its window holds every term asked for (no later window
 * can hold more) and ends before the last word.
 */
export function snippet(text: string, terms: Set<string>, lead = 240): { parts: SnippetPart[]; words: string[]; at: number; whole: boolean } {
  const words: { start: number; end: number; hit: boolean; term: string | null }[] = [];
  for (const m of text.matchAll(WORD)) {
    const term = indexTerm(m[0]);
    words.push({ start: m.index!, end: m.index! + m[0].length, hit: !!term && terms.has(term), term });
  }
  // The window around the hit followed by the most different matched terms.
  let first = -1;
  let best = 0;
  words.forEach((w, i) => {
    if (!w.hit) return;
    const distinct = new Set(
      words
        .slice(i, i + AFTER)
        .filter((x) => x.hit)
        .map((x) => x.term),
    ).size;
    if (distinct > best) {
      best = distinct;
      first = i;
    }
  });
  const matched = [...new Set(words.filter((w) => w.hit).map((w) => text.slice(w.start, w.end).toLowerCase()))];
  if (first < 0) {
    const cut = text.length > lead ? text.slice(0, lead).replace(/\s+\S*$/, '') + '…' : text;
    return { parts: [{ text: cut, mark: false }], words: matched, at: -1, whole: terms.size === 0 && text.length > lead };
  }
  const lo = Math.max(0, first - BEFORE);
  const hi = Math.min(words.length - 1, first + AFTER);
  const parts: SnippetPart[] = [];
  let at = words[lo].start;
  if (lo > 0) parts.push({ text: '…', mark: false });
  for (let i = lo; i <= hi; i++) {
    const w = words[i];
    if (!w.hit) continue;
    if (w.start > at) parts.push({ text: text.slice(at, w.start), mark: false });
    parts.push({ text: text.slice(w.start, w.end), mark: true });
    at = w.end;
  }
  parts.push({ text: text.slice(at, words[hi].end) + (hi < words.length - 1 ? '…' : ''), mark: false });
  return { parts, words: matched, at: words[first].start, whole: best === terms.size && first + AFTER < words.length - 1 };
}
