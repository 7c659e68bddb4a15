/**
 * What the steps on organisations named with and without their country share: whether one name
 * is another with a country in front ("United States Air Force" / "Air Force", "US Federal
 * Reserve" / "Federal Reserve"), and which countries an article names.
 */
import { liveMentions } from '../graph.js';
import type { ResolveContext } from '../context.js';
import { words } from '../names.js';
import { countryCode } from './countries.js';

/** "Head, Qualifier": the part after the last comma. */
const AFTER_COMMA = /,\s*([^,]+)$/;

/**
 * The ISO code of the country in front of `bare` in `qualified` ("united states air force",
 * "air force" → "US"), or null when `qualified` is not `bare` with a country before it.
 */
export function countryBefore(qualified: string, bare: string): string | null {
  const q = words(qualified);
  const b = words(bare);
  if (!b.length || q.length <= b.length) return null;
  const prefix = q.slice(0, q.length - b.length);
  if (!b.every((w, i) => q[prefix.length + i] === w)) return null;
  return countryCode(prefix.join(' '));
}

/** The countries an article names as places, by ISO code ("UK", "Toulouse, France"). */
export function articleCountries(ctx: ResolveContext, article: number): Set<string> {
  const out = new Set<string>();
  for (const m of liveMentions(ctx, article)) {
    if (m.kind !== 'place') continue;
    for (const form of [m.name, AFTER_COMMA.exec(m.name)?.[1]]) {
      const code = form ? countryCode(form) : null;
      if (code) out.add(code);
    }
  }
  return out;
}
