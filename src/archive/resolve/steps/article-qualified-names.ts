/**
 * Article step: an organisation named without its qualifier is the one organisation of the same
 * article named with it: with a country in front ("Air Force" beside "United States Air Force";
 * "Federal Reserve" beside "US Federal Reserve"), or as an acronym of a country's short form and
 * its initials ("Air Force" beside "USAF": US + AF). The article itself gives the full name. With
 * two such names in the article ("United States Air Force" and "UAE Air Force") it stays apart
 * (one country written two ways, "US Air Force" and "U.S. Air Force", is one name);
 * an acronym that only ends with its initials is no evidence ("Der Spiegel" is not "EADS").
 */
import { absorb, type ResolveContext, type ResolveStep } from '../context.js';
import { liveMentions, type Mention } from '../graph.js';
import { isAcronym, words } from '../names.js';
import { countryCode } from './countries.js';
import { countryBefore } from './country-qualifier.js';

/**
 * Whether `acronym` is a country's short form followed by the initials of `bare`, two words or
 * more ("USAF" / "Air Force": "US" + "AF"; "UKAEA" / "Atomic Energy Authority").
 */
export function countryAcronymOf(acronym: string, bare: string): boolean {
  const ws = words(bare);
  if (ws.length < 2 || !isAcronym(acronym)) return false;
  const letters = acronym.replace(/[^A-Za-z]/g, '').toLowerCase();
  const initials = ws.map((w) => w[0]).join('');
  return letters.length > initials.length && letters.endsWith(initials) && countryCode(letters.slice(0, -initials.length)) !== null;
}

function qualifies(q: Mention, bare: Mention): boolean {
  return countryBefore(q.name, bare.name) !== null || countryAcronymOf(q.name, bare.name);
}

/**
 * The organisations that can qualify another: by each proper ending of their words ("united
 * states air force" under "states air force", "air force", "force"), and the acronyms, which can
 * qualify any ("USAF"). A bare name is compared with those alone.
 */
function qualifiers(live: Mention[]): { byEnding: Map<string, Set<Mention>>; acronyms: Mention[] } {
  const byEnding = new Map<string, Set<Mention>>();
  const acronyms: Mention[] = [];
  for (const q of live) {
    if (isAcronym(q.name)) acronyms.push(q);
    const ws = words(q.name);
    for (let i = 1; i < ws.length; i++) {
      const ending = ws.slice(i).join(' ');
      (byEnding.get(ending) ?? byEnding.set(ending, new Set()).get(ending)!).add(q);
    }
  }
  return { byEnding, acronyms };
}

function resolveArticle(ctx: ResolveContext, article: number): void {
  const live = liveMentions(ctx, article).filter((m) => m.kind === 'organization');
  if (live.length < 2) return;
  const indexOf = new Map(ctx.byArticle[article].map((i) => [ctx.mentions[i], i]));
  const { byEnding, acronyms } = qualifiers(live);
  for (const bare of live) {
    if (bare.into !== null || isAcronym(bare.name)) continue;
    const ending = byEnding.get(words(bare.name).join(' '));
    if (!ending && !acronyms.length) continue;
    const qualified = live.filter((q) => (ending?.has(q) || acronyms.includes(q)) && q !== bare && q.into === null && qualifies(q, bare));
    // "US Air Force" and "U.S. Air Force" in one article are one qualified name, written two ways.
    const distinct = new Set(qualified.map((q) => countryBefore(q.name, bare.name) ?? q.name));
    if (qualified.length && distinct.size === 1) absorb(ctx, indexOf.get(bare)!, indexOf.get(qualified[0])!, articleQualifiedNames.name);
  }
}

export const articleQualifiedNames: ResolveStep = {
  name: 'article-qualified-names',
  scope: 'article',
  describes: 'an organisation named without its country stands for the one of the same article named with it',
  run(ctx) {
    ctx.records.forEach((_, article) => resolveArticle(ctx, article));
  },
};
