/**
 * Archive step: names that differ only in case, accents, dots, hyphens or "&"/"and" are one
 * ("U.S." / "US", "George W Bush" / "George W. Bush"), whatever type each article gave them.
 */
import { noteFor, type ResolveContext, type ResolveStep } from '../context.js';
import { looseKey } from '../names.js';

export function groupBy<T>(items: Iterable<T>, key: (t: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    if (!k) continue;
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

export const sameSpelling: ResolveStep = {
  name: 'same-spelling',
  scope: 'archive',
  describes: 'the same name spelt with or without dots, hyphens, accents or capitals',
  run(ctx: ResolveContext) {
    const g = ctx.graph!;
    for (const group of groupBy(g.nodes.keys(), (n) => looseKey(g.nodes[n].key)).values()) {
      for (const n of group.slice(1)) g.join(group[0], n, noteFor(ctx, this.name, group[0], n));
    }
  },
};
