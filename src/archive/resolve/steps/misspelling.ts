/**
 * Archive step: a name written once or twice with two neighbouring letters swapped is the name the
 * archive writes the right way many times ("Chrylser" / "Chrysler"). Only a slip of that one kind,
 * inside a long word (its first and last letters in place), between names of the same type, when
 * the usual spelling is in at least MIN_RATIO times as many articles, the slip is no English word,
 * and exactly one name fits.
 */
import { isDictionaryWord } from '../../../extract/entities/english.js';
import { noteFor, type ResolveContext, type ResolveStep } from '../context.js';
import { KINDS, type ResolveGraph } from '../graph.js';

/** A word this long at least: short names differ by two letters too often ("Dong" / "Dnog" aside). */
export const MIN_WORD_LENGTH = 6;
/** The usual spelling is in this many times as many articles as the slip, and in MIN_ARTICLES at least. */
export const MIN_RATIO = 3;
export const MIN_ARTICLES = 3;
/** A slip is rare: named in this many articles at most. */
export const MAX_SLIP_ARTICLES = 2;

const LETTERS = /^\p{L}+$/u;

/** The keys a key becomes with two neighbouring letters of one long word swapped (not its first or last letter). */
export function transpositions(key: string): string[] {
  const words = key.split(' ');
  const out: string[] = [];
  words.forEach((w, i) => {
    if (w.length < MIN_WORD_LENGTH || !LETTERS.test(w)) return;
    for (let p = 1; p + 2 < w.length; p++) {
      if (w[p] === w[p + 1]) continue;
      const swapped = w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2);
      out.push([...words.slice(0, i), swapped, ...words.slice(i + 1)].join(' '));
    }
  });
  return out;
}

function sameType(g: ResolveGraph, a: number, b: number): boolean {
  return KINDS.some((k) => g.nodes[a].votes[k].size > 0 && g.nodes[b].votes[k].size > 0);
}

/** The words of `slip` not in `usual`: the slipped word. */
function slippedWord(slip: string, usual: string): string {
  const other = new Set(usual.split(' '));
  return slip.split(' ').find((w) => !other.has(w)) ?? '';
}

export const misspelling: ResolveStep = {
  name: 'misspelling',
  scope: 'archive',
  describes: 'a name written with two neighbouring letters swapped, in one or two articles, and the usual spelling of many more',
  run(ctx: ResolveContext) {
    const g = ctx.graph!;
    const byKey = new Map(g.nodes.map((node, n) => [node.key, n]));
    g.nodes.forEach((node, slip) => {
      const count = node.articles.size;
      if (count > MAX_SLIP_ARTICLES) return;
      const fits = transpositions(node.key)
        .map((k) => byKey.get(k))
        .filter((n): n is number => n !== undefined && n !== slip)
        .filter((n) => g.nodes[n].articles.size >= Math.max(MIN_ARTICLES, MIN_RATIO * count) && sameType(g, n, slip));
      if (fits.length !== 1) return;
      if (isDictionaryWord(slippedWord(node.key, g.nodes[fits[0]].key))) return;
      g.join(fits[0], slip, noteFor(ctx, this.name, fits[0], slip));
    });
  },
};
