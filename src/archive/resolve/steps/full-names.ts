/**
 * Archive step: two full names of people are one person when they can be ("Tim Cook" /
 * "Timothy D. Cook": same surname, a given name that begins the other, middle initials that do
 * not disagree) and each is the other's only such name. "George Bush" beside "George W. Bush" and
 * "George H. W. Bush" fits both: it joins neither and is a "may be" of both.
 */
import { noteFor, type ResolveContext, type ResolveStep } from '../context.js';
import { compatiblePersons, personParts, words } from '../names.js';
import { knownKind } from '../context.js';

/**
 * A person's name with a leading organisation or place taken off ("United States Barack Obama" →
 * "Barack Obama", "Microsoft CEO Bill Gates" keeps its title: that is for the article aliases).
 */
export function withoutLeadingName(ctx: ResolveContext, key: string): string {
  const ws = words(key);
  for (let i = ws.length - 2; i >= 1; i--) {
    const kind = knownKind(ctx, ws.slice(0, i).join(' '));
    if (kind && kind !== 'person') return ws.slice(i).join(' ');
  }
  return key;
}
import { groupBy } from './same-spelling.js';

export const fullNames: ResolveStep = {
  name: 'full-name',
  scope: 'archive',
  describes: 'two forms of one full name (a short given name, a middle initial given or not)',
  run(ctx: ResolveContext) {
    const g = ctx.graph!;
    const people = [...g.nodes.keys()].filter((n) => g.nodes[n].person !== null);
    for (const n of people) g.nodes[n].person = personParts(withoutLeadingName(ctx, g.nodes[n].key)) ?? g.nodes[n].person;
    for (const group of groupBy(people, (n) => g.nodes[n].person!.surname).values()) {
      if (group.length < 2) continue;
      // Per node, the other clusters it fits.
      const fits = new Map<number, Set<number>>();
      for (const n of group) {
        const set = new Set<number>();
        for (const m of group) if (g.find(m) !== g.find(n) && compatiblePersons(g.nodes[n].person!, g.nodes[m].person!)) set.add(g.find(m));
        fits.set(n, set);
      }
      const pairs: [number, number][] = [];
      for (const n of group) {
        const mine = fits.get(n)!;
        if (mine.size > 1) for (const m of group) if (mine.has(g.find(m)) && g.nodes[m].person) g.maybe.push([n, m, this.name]);
        if (mine.size !== 1) continue;
        const other = [...mine][0];
        // Mutual: every name of the other cluster here fits only this cluster.
        const theirs = group.filter((m) => g.find(m) === other);
        if (theirs.every((m) => fits.get(m)!.size === 1 && fits.get(m)!.has(g.find(n)))) pairs.push([n, theirs[0]]);
      }
      for (const [n, m] of pairs) g.join(m, n, noteFor(ctx, this.name, m, n));
    }
  },
};
