/**
 * "Tempe & Mesa", "Priest & Washington", "Carrano & Biewener": two names joined by "&" that the
 * document also names on their own are two entities, not one firm. A firm's name is written whole
 * ("Procter & Gamble", "Johnson & Johnson" are not split: their halves do not stand alone).
 * Likewise "the Boeing-Air Force deal": two names joined by a hyphen, both named alone elsewhere
 * ("Rolls-Royce", "Hewlett-Packard" stay whole).
 */
import { isLexOrg, ORG_SUFFIXES } from './lexicon.js';
import type { Mention } from './mention.js';

/** Splits the "&" pairs of `mentions` whose halves the document writes alone (`standalone`). */
export function splitPairs(mentions: Mention[], standalone: Set<string>): Mention[] {
  return mentions.flatMap((m) => splitHyphenPair(m, standalone) ?? splitAmpersandPair(m, standalone));
}

/** "Boeing-Air Force" → "Boeing", "Air Force" when the text names both alone; null otherwise. */
function splitHyphenPair(m: Mention, standalone: Set<string>): Mention[] | null {
  const hyphen = HYPHEN_PAIR.exec(m.tokens[0]);
  if (!hyphen) return null;
  const left = [hyphen[1]];
  const right = [hyphen[2], ...m.tokens.slice(1)];
  if (!standalone.has(left[0]) || !standalone.has(right.join(' '))) return null;
  return splitMention(m, left, '-', right);
}

/** Two capitalised words joined by a hyphen ("Boeing-Air"). */
const HYPHEN_PAIR = /^(\p{Lu}[\p{L}]+)-(\p{Lu}[\p{L}]+)$/u;

/** "Tempe & Mesa" → "Tempe", "Mesa" when the text names either alone; the mention itself otherwise. */
function splitAmpersandPair(m: Mention, standalone: Set<string>): Mention[] {
  const amp = m.tokens.indexOf('&');
  if (amp < 1 || amp === m.tokens.length - 1 || m.tokens.lastIndexOf('&') !== amp) return [m];
  const left = m.tokens.slice(0, amp);
  const right = m.tokens.slice(amp + 1);
  if (left[0] === right[0] || isLexOrg(m.form) || ORG_SUFFIXES.has(right[right.length - 1].toLowerCase())) return [m];
  if (!standalone.has(left.join(' ')) && !standalone.has(right.join(' '))) return [m];
  return splitMention(m, left, ' & ', right);
}

/** The two mentions a mention joined by `joiner` is made of, each with the other in its context. */
export function splitMention(m: Mention, left: string[], joiner: string, right: string[]): Mention[] {
  const [l, r] = [left.join(' '), right.join(' ')];
  return [
    { ...m, form: l, tokens: left, written: l, after: `${joiner}${r}${m.after}`, kindHint: undefined },
    { ...m, form: r, tokens: right, written: r, before: `${m.before}${l}${joiner}`, initial: false, kindHint: undefined },
  ];
}
