/**
 * Archive step: an organisation's name followed by a country or a large region ("EADS North
 * America", "Sony Europe", "Vodafone UK", "Toyota Motor North America") is a division of the
 * organisation named without it, and a reader looks it up there: it joins that organisation when
 * the archive names it and it is the only candidate. What comes before the region must be a name
 * of its own, not a common word or a phrase that needs the region ("Air France", "Radio Canada",
 * "Virgin America" and "Team USA" are not divisions of "Air", "Radio", "Virgin" or "Team"; "Bank of
 * America" ends in "of"). With two candidates it joins neither and is a "may be" of each. A weak
 * rule: an article naming the organisation and its division as two entities keeps them apart.
 */
import { isDictionaryWord } from '../../../extract/entities/english.js';
import { noteFor, type ResolveContext, type ResolveStep } from '../context.js';
import { orgCore } from '../names.js';
import { BUSINESS_REGIONS } from '../regions.js';
import { countryCode } from './countries.js';

/** The most words a region after the name has ("Asia Pacific", "United Arab Emirates"). */
const MAX_REGION_WORDS = 3;
/** Words that leave a name unfinished before the region ("Bank of America", "Voice of the Americas"). */
const UNFINISHED = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'in', 'on']);

/** "EADS North America" → the parent's name in loose core form ("eads"), or null when the name is no division. */
export function divisionParent(name: string): string | null {
  const ws = orgCore(name).core.split(' ');
  for (let k = Math.min(MAX_REGION_WORDS, ws.length - 1); k >= 1; k--) {
    const region = ws.slice(-k).join(' ');
    if (!BUSINESS_REGIONS.has(region) && !countryCode(region)) continue;
    const head = ws.slice(0, -k);
    if (UNFINISHED.has(head[head.length - 1]) || countryCode(head.join(' '))) return null;
    // One word before the region must be a name ("EADS", "Sony"), not a word ("Air", "Radio").
    if (head.length === 1 && (head[0].length < 2 || isDictionaryWord(head[0]))) return null;
    return orgCore(head.join(' ')).core;
  }
  return null;
}

export const orgDivision: ResolveStep = {
  name: 'org-division',
  scope: 'archive',
  describes: 'an organisation named with a country or region after it ("North America", "UK") is its division',
  run(ctx: ResolveContext) {
    const g = ctx.graph!;
    const orgs = g.namedAs('organization');
    const byCore = new Map<string, number[]>();
    for (const n of orgs) {
      const core = orgCore(g.nodes[n].key).core;
      (byCore.get(core) ?? byCore.set(core, []).get(core)!).push(n);
    }
    for (const division of orgs) {
      const parent = divisionParent(g.nodes[division].key);
      if (parent === null) continue;
      const clusters = new Map<number, number>();
      for (const n of byCore.get(parent) ?? []) if (g.find(n) !== g.find(division) && !clusters.has(g.find(n))) clusters.set(g.find(n), n);
      if (clusters.size === 1) {
        const n = [...clusters.values()][0];
        if (g.join(n, division, noteFor(ctx, this.name, n, division), true)) continue;
      }
      for (const n of clusters.values()) g.maybe.push([division, n, this.name]);
    }
  },
};
