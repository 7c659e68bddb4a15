/**
 * Archive step: an organisation's name with or without its legal form and descriptor is one
 * organisation ("Apple" / "Apple Inc." / "Apple Computer"; "Ford" / "Ford Motor Company" /
 * "Ford Motors"). The descriptors are generic words only (names.ts DESCRIPTOR): "Apple Corps" and
 * "Apple Records" keep their last word and stay apart from "Apple".
 */
import { noteFor, type ResolveContext, type ResolveStep } from '../context.js';
import { orgCore } from '../names.js';
import { groupBy } from './same-spelling.js';

/** A core must keep a real name: two letters at least. */
const MIN_CORE = 2;

export const legalForm: ResolveStep = {
  name: 'legal-form',
  scope: 'archive',
  describes: 'one organisation named with and without its legal form or descriptor ("Inc.", "Corp.", "Computer")',
  run(ctx: ResolveContext) {
    const g = ctx.graph!;
    const orgs = g.namedAs('organization');
    const cores = new Map(orgs.map((n) => [n, orgCore(g.nodes[n].key)]));
    for (const group of groupBy(orgs, (n) => (cores.get(n)!.core.length >= MIN_CORE ? cores.get(n)!.core : null)).values()) {
      if (group.length < 2) continue;
      for (const n of group.slice(1)) g.join(group[0], n, noteFor(ctx, this.name, group[0], n));
    }
  },
};
