/**
 * Archive step: a name that is only ever short ("Obama", "Lockheed", "China Eastern") is the
 * entity it is short for when the archive has one candidate: a person whose surname it is, an
 * organisation whose name begins with it, or an entity some article gives it as an alias of.
 * With two candidates or more ("Bush" beside "George W. Bush" and "George H. W. Bush") it joins
 * none and is a "may be" of each. A weak rule: an article listing both as two entities keeps them
 * apart.
 */
import { entityKey } from '../../entities.js';
import { noteFor, type ResolveContext, type ResolveStep } from '../context.js';
import { liveMentions, type Kind } from '../graph.js';
import { words } from '../names.js';

function majority(votes: Record<Kind, number>): Kind {
  if (votes.person > votes.organization && votes.person > votes.place) return 'person';
  return votes.organization >= votes.place ? 'organization' : 'place';
}

export const shortNames: ResolveStep = {
  name: 'short-name',
  scope: 'archive',
  describes: 'a short name with one candidate in the archive (a surname, the first words of an organisation)',
  run(ctx: ResolveContext) {
    const g = ctx.graph!;
    const bySurname = new Map<string, number[]>();
    // Organisations under each of their proper beginnings ("china eastern airlines" under "china" and "china eastern").
    const byBeginning = new Map<string, number[]>();
    const push = (m: Map<string, number[]>, k: string, n: number) => (m.get(k) ?? m.set(k, []).get(k)!).push(n);
    g.nodes.forEach((node, n) => {
      if (node.person) push(bySurname, node.person.surname, n);
      const ws = words(node.key);
      if (ws.length > 1 && node.votes.organization.size) for (let i = 1; i < ws.length; i++) push(byBeginning, ws.slice(0, i).join(' '), n);
    });
    const givenAs = new Map<string, Set<number>>();
    ctx.records.forEach((_, article) => {
      for (const m of liveMentions(ctx, article)) {
        const n = g.node(m.key);
        if (n === undefined) continue;
        for (const a of m.aliases) (givenAs.get(entityKey(a)) ?? givenAs.set(entityKey(a), new Set()).get(entityKey(a))!).add(n);
      }
    });
    const decisions: [number, number[]][] = [];
    g.nodes.forEach((node, n) => {
      if (g.cluster(n).length !== 1) return;
      const ws = words(node.key);
      const kind = majority(g.clusterVotes(n));
      let found: number[] = [];
      if (kind === 'person' && ws.length === 1) found = (bySurname.get(ws[0]) ?? []).filter((m) => words(g.nodes[m].key).length > 1);
      else if (kind === 'organization') found = [...(byBeginning.get(ws.join(' ')) ?? [])];
      for (const m of givenAs.get(node.key) ?? []) if (m !== n && words(g.nodes[m].key).length > ws.length) found.push(m);
      if (found.length) decisions.push([n, found]);
    });
    for (const [n, found] of decisions) {
      const clusters = new Map<number, number>();
      for (const m of found) if (g.find(m) !== g.find(n) && !clusters.has(g.find(m))) clusters.set(g.find(m), m);
      if (clusters.size === 1) {
        const m = [...clusters.values()][0];
        g.join(m, n, noteFor(ctx, this.name, m, n), true);
      } else for (const m of clusters.values()) g.maybe.push([n, m, this.name]);
    }
  },
};
