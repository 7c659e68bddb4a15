/**
 * Archive step: an entity's type is the one most of the articles naming it give it: a name typed
 * a person in one article and a place in ten is a place. A name with a legal form ("Inc.",
 * "Ltd.") is an organisation. Ties go to organisation, then place: a lone name taken for a person
 * is the extractor's commonest slip.
 */
import type { ResolveContext, ResolveStep } from '../context.js';
import type { Kind } from '../graph.js';
import { orgCore } from '../names.js';

/** The order that breaks ties. */
const TIE_ORDER: readonly Kind[] = ['organization', 'place', 'person'];

export function voteKind(votes: Record<Kind, number>, legal: boolean): Kind {
  if (legal) return 'organization';
  return TIE_ORDER.reduce((best, k) => (votes[k] > votes[best] ? k : best), TIE_ORDER[0]);
}

export const typeVote: ResolveStep = {
  name: 'type-vote',
  scope: 'archive',
  describes: 'the type most articles give the entity',
  run(ctx: ResolveContext) {
    const g = ctx.graph!;
    for (const root of g.roots()) {
      if (ctx.kinds.has(root)) continue;
      const legal = g.cluster(root).some((n) => orgCore(g.nodes[n].key).legal);
      ctx.kinds.set(root, voteKind(g.clusterVotes(root), legal));
    }
  },
};
