/**
 * Archive step: an acronym that no article pairs with its expansion ("EADS" in one article,
 * "European Aeronautic Defense & Space Company" in another) is that organisation when exactly one
 * organisation of the archive has those initials. Two candidates: it joins neither and is a "may
 * be" of both. Acronyms of three letters and more only: two letters fit too many names.
 */
import { noteFor, type ResolveContext, type ResolveStep } from '../context.js';
import type { ResolveGraph } from '../graph.js';
import { isAcronym, isInitialsOf, words } from '../names.js';

/** Shorter acronyms ("GM", "BA") fit too many names to be joined by their letters alone. */
const MIN_LETTERS = 3;

const isOrganization = (g: ResolveGraph, n: number): boolean => g.nodes[n].votes.organization.size > 0;

/** The letters an acronym spells, in lower case ("E.A.D.S." → "eads"). */
const lettersOf = (acronym: string): string => acronym.replace(/[^A-Za-z]/g, '').toLowerCase();

/** Does the acronym's cluster already hold its expansion (joined by an earlier step)? */
function hasExpansion(g: ResolveGraph, n: number, acronym: string): boolean {
  return g.cluster(n).some((m) => m !== n && isInitialsOf(acronym, g.spelling(m)));
}

export const acronymInitials: ResolveStep = {
  name: 'acronym-initials',
  scope: 'archive',
  describes: 'an acronym and the one organisation of the archive whose initials it is',
  run(ctx: ResolveContext) {
    const g = ctx.graph!;
    const acronymNodes = g.nodes
      .map((_, n) => n)
      .filter((n) => isOrganization(g, n) && isAcronym(g.spelling(n)) && lettersOf(g.spelling(n)).length >= MIN_LETTERS);
    if (!acronymNodes.length) return;
    // Candidates by first letter, so each acronym is checked against few names.
    const byFirst = new Map<string, number[]>();
    for (let n = 0; n < g.nodes.length; n++) {
      if (!isOrganization(g, n) || words(g.spelling(n)).length < 2) continue;
      const first = words(g.spelling(n))[0][0];
      (byFirst.get(first) ?? byFirst.set(first, []).get(first)!).push(n);
    }
    for (const a of acronymNodes) {
      const acronym = g.spelling(a);
      if (hasExpansion(g, a, acronym)) continue;
      const fits = (byFirst.get(lettersOf(acronym)[0]) ?? []).filter((n) => isInitialsOf(acronym, g.spelling(n)));
      const clusters = [...new Set(fits.map((n) => g.find(n)))];
      if (clusters.length === 1) g.join(fits[0], a, noteFor(ctx, this.name, fits[0], a));
      else for (const n of fits) g.maybe.push([a, n, this.name]);
    }
  },
};
