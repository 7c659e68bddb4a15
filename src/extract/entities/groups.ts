/**
 * The names of one article grouped by form (a Group: every mention of "Apple Inc."), and what the
 * merge steps share to join them: the root a group was merged into, and the lists a name is
 * written in ("Ford, Chrysler and General Motors").
 */
import type { Mention } from './mention.js';
import type { Kind } from './kind.js';
import { isLexPlace } from './lexicon.js';

/** Every mention of one form in one article, its kind once classified, and the group it joined. */
export interface Group {
  key: string;
  form: string;
  tokens: string[];
  mentions: Mention[];
  kind: Kind | null;
  /** Strong evidence of a person (a title or role). */
  titled: boolean;
  /** Sum of organisation cues (negative: a product, "the Dreamliner"). */
  orgCue: number;
  /** Merged into another group. */
  into?: Group;
  /** Known not to be a name of a person, organisation or place (a stock index, a currency). */
  dropped?: boolean;
  extraAliases: Set<string>;
  /** A person by the shape of the name alone, with no cue in the text. */
  guessed?: boolean;
}

/** The key of a form: case and apostrophes folded. */
export const k = (s: string): string => s.toLowerCase().replace(/[’]/g, "'");
/** The last word of a group's form, in lower case, without its final period. */
export const lastLower = (g: Group): string => g.tokens[g.tokens.length - 1].toLowerCase().replace(/\.$/, '');

const LIST_NEIGHBOUR_AFTER = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})/u;
const LIST_NEIGHBOUR_BEFORE = /(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})(?:\s*\([^()]*\))?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$/u;

/** Named in a list next to an organisation ("Ford, Chrysler, and General Motors"). */
export function listedWithOrg(m: Mention, groups: Map<string, Group>): boolean {
  return listedWith(m, groups, 'organization');
}

/** Named in a list next to a name of that kind ("Ford, Chrysler", "Tempe, Glendale, Peoria"). */
export function listedWith(m: Mention, groups: Map<string, Group>, kind: Kind): boolean {
  for (const re of [LIST_NEIGHBOUR_AFTER, LIST_NEIGHBOUR_BEFORE]) {
    const x = re.exec(re === LIST_NEIGHBOUR_AFTER ? m.after : m.before);
    const o = x && groups.get(k(x[1]));
    if (o && root(o).kind === kind) return true;
    if (x && !o && kind === 'place' && isLexPlace(x[1])) return true;
  }
  return false;
}
/** Inside a list, not just after a comma ("in Amman, Abdullah visited"): names on both sides, or an "and"/"or" beside it. */
export function inList(m: Mention): boolean {
  const after = LIST_NEIGHBOUR_AFTER.exec(m.after);
  const before = LIST_NEIGHBOUR_BEFORE.exec(m.before);
  return Boolean((after && before) || (after && AND_OR.test(after[0])) || (before && AND_OR.test(before[0].slice(before[1].length))));
}
const AND_OR = /\b(?:and|or)\b|&/;

/** The group a group was merged into, followed to the end. */
export function root(g: Group): Group {
  let r = g;
  while (r.into) r = r.into;
  return r;
}

/** Joins one group's entity into another's; the kind carries over to a group without one. */
export function merge(from: Group, to: Group): void {
  const a = root(from);
  const b = root(to);
  if (a === b) return;
  a.into = b;
  if (!b.kind) b.kind = a.kind;
}

/** The group with the most mentions (the first of them on a tie). */
export function mostNamed(gs: Group[]): Group {
  return gs.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
}

/** The group with the most words (then the most mentions). */
export function longest(gs: Group[]): Group | undefined {
  return [...gs].sort((x, y) => y.tokens.length - x.tokens.length || y.mentions.length - x.mentions.length)[0];
}
