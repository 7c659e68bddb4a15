/**
 * Archive step: an organisation named without its country ("Federal Reserve", "Air Force") is
 * the organisation of the archive named with a country in front ("United States Federal
 * Reserve") when the countries agree: of the candidates, exactly one has a country that every
 * article naming the bare name also names as a place ("Air Force" in an article naming the U.S.
 * is the "United States Air Force", not the "UAE Air Force"). Otherwise (no candidate agrees, or
 * several do) it joins none and is a "may be" of each candidate. A weak rule: an article listing
 * both as two entities keeps them apart. Candidates whose qualifier is no country ("Royal Air
 * Force") are not considered: the archive cannot tell where they are.
 */
import { noteFor, type ResolveContext, type ResolveStep } from '../context.js';
import { articleCountries } from './country-qualifier.js';
import { countryCode } from './countries.js';
import { words } from '../names.js';

export const countryNames: ResolveStep = {
  name: 'country-name',
  scope: 'archive',
  describes: 'an organisation named without its country, in articles naming that country',
  run(ctx: ResolveContext) {
    const g = ctx.graph!;
    const orgs = g.namedAs('organization');
    const countriesOf = new Map<number, Set<string>>();
    const named = (article: number) => countriesOf.get(article) ?? countriesOf.set(article, articleCountries(ctx, article)).get(article)!;
    const decisions: [number, Map<number, number>, Map<number, number>][] = [];
    // Each organisation under every proper tail of its words that follows a country's name, with
    // that country: "united states air force" under "air force" (US) only ("united states air" is
    // no country). A bare name finds its qualified forms and their countries at once.
    const byTail = new Map<string, { node: number; code: string }[]>();
    for (const q of orgs) {
      const w = words(g.nodes[q].key);
      for (let i = 1; i < w.length; i++) {
        const code = countryCode(w.slice(0, i).join(' '));
        if (!code) continue;
        const tail = w.slice(i).join(' ');
        (byTail.get(tail) ?? byTail.set(tail, []).get(tail)!).push({ node: q, code });
      }
    }
    for (const bare of orgs) {
      // Per candidate cluster, one of its nodes and its country.
      const candidates = new Map<number, { node: number; code: string }>();
      for (const c of byTail.get(words(g.nodes[bare].key).join(' ')) ?? []) {
        if (c.node !== bare && g.find(c.node) !== g.find(bare) && !candidates.has(g.find(c.node))) candidates.set(g.find(c.node), c);
      }
      if (!candidates.size) continue;
      const agree = new Map<number, number>();
      const all = new Map<number, number>();
      for (const [root, c] of candidates) {
        all.set(root, c.node);
        if ([...g.nodes[bare].articles].every((a) => named(a).has(c.code))) agree.set(root, c.node);
      }
      decisions.push([bare, agree, all]);
    }
    for (const [bare, agree, all] of decisions) {
      if (agree.size === 1) {
        const q = [...agree.values()][0];
        if (g.join(q, bare, noteFor(ctx, this.name, q, bare), true)) continue;
      }
      for (const q of all.values()) g.maybe.push([bare, q, this.name]);
    }
  },
};
