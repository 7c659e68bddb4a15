/**
 * One-word queries for the first-query figure: words drawn deterministically from the archive's
 * titles and bodies across every band of document frequency, from the commonest word the index
 * keeps to words found in one article, so that "any word" is measured, not three chosen ones.
 */
import { indexTerm } from '../../src/search/engine.js';

/** A word as readers type one: letters only, four or more. */
const WORD = /\p{L}{4,}/gu;

/** Each distinct word (lower-cased) and the number of texts holding it. */
export function documentFrequencies(texts: string[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const text of texts) {
    for (const w of new Set(text.toLowerCase().match(WORD) ?? [])) df.set(w, (df.get(w) ?? 0) + 1);
  }
  return df;
}

/**
 * `count` words at ranks spaced evenly on a log scale over the words ordered by document frequency
 * (ties by the word): rank 1, then ever sparser down to the rarest. Words the search analysis drops
 * (stop words) and words whose index term was already picked are skipped for the next rank.
 */
export function sampleWords(texts: string[], count = 30): { word: string; df: number }[] {
  const ranked = [...documentFrequencies(texts)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const out: { word: string; df: number }[] = [];
  const terms = new Set<string>();
  let next = 0;
  for (let i = 0; i < count && next < ranked.length; i++) {
    const target = Math.round(Math.exp((i / Math.max(1, count - 1)) * Math.log(ranked.length))) - 1;
    let r = Math.max(next, target);
    while (r < ranked.length) {
      const term = indexTerm(ranked[r][0]);
      if (term && !terms.has(term)) break;
      r++;
    }
    if (r >= ranked.length) break;
    terms.add(indexTerm(ranked[r][0])!);
    out.push({ word: ranked[r][0], df: ranked[r][1] });
    next = r + 1;
  }
  return out;
}
