/**
 * Archive step: names of one country are one place ("United States" / "US" / "U.S." / "USA" /
 * "America"; "Britain" / "Great Britain" / "UK" / "United Kingdom"), by the ISO 3166 names and
 * their aliases (i18n-iso-countries, `select: 'all'`), the common English short forms that
 * package lacks (COMMON_SHORT_FORMS), with or without a leading "the". The part after "of" in a
 * country's name is also a form of it when no other country's name ends so ("United States of
 * America" → "America"). A name two countries share ("Congo") names neither.
 */
import countries from 'i18n-iso-countries';
import { noteFor, type ResolveContext, type ResolveStep } from '../context.js';
import { looseKey } from '../names.js';
import { groupBy } from './same-spelling.js';

/**
 * Common English short forms of country names that i18n-iso-countries does not list (general
 * usage, as in style guides and gazetteers; not taken from any article): ISO alpha-2 code → forms.
 */
export const COMMON_SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  GB: ['Britain'],
  NL: ['Holland'],
  MM: ['Burma'],
  SZ: ['Swaziland'],
  VA: ['Vatican', 'Vatican City', 'Holy See'],
  SY: ['Syria'],
  LA: ['Laos'],
  MD: ['Moldova'],
  MK: ['Macedonia'],
  FM: ['Micronesia'],
  BN: ['Brunei'],
  TL: ['East Timor'],
  VN: ['Viet Nam'],
  CD: ['DR Congo', 'DRC', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  MO: ['Macau'],
};

/** A leading "the" ("the Netherlands", "the US"). */
const LEADING_THE = /^the /;

/** " of " in a country's name: what follows is a short form. */
const OF = / of (?:the )?/;

let table: Map<string, string> | null = null;

/** Loose form of every English name of a country → its ISO alpha-2 code. */
export function countryNames(): Map<string, string> {
  if (table) return table;
  const codesOf = new Map<string, Set<string>>();
  const tails = new Map<string, Set<string>>();
  const all = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  for (const [code, forms] of Object.entries(COMMON_SHORT_FORMS)) all[code] = [...(all[code] ?? []), ...forms];
  for (const [code, names] of Object.entries(all)) {
    for (const name of names) {
      const k = looseKey(name).replace(LEADING_THE, '');
      if (!codesOf.has(k)) codesOf.set(k, new Set());
      codesOf.get(k)!.add(code);
      const parts = name.toLowerCase().split(OF);
      if (parts.length === 2) {
        const tail = looseKey(parts[1]);
        if (!tails.has(tail)) tails.set(tail, new Set());
        tails.get(tail)!.add(code);
      }
    }
  }
  const out = new Map<string, string>();
  for (const [k, codes] of codesOf) if (codes.size === 1) out.set(k, [...codes][0]);
  for (const [tail, codes] of tails) if (codes.size === 1 && !codesOf.has(tail)) out.set(tail, [...codes][0]);
  return (table = out);
}

/** The ISO code of a country's name ("the UK" → "GB"), or null. */
export function countryCode(name: string): string | null {
  return countryNames().get(looseKey(name).replace(LEADING_THE, '')) ?? null;
}

/** The most words a country's name has here. */
const MAX_COUNTRY_WORDS = 5;

/** "united states air force" → "US air force"; null when the name does not begin with a country. */
export function countryLed(key: string, names: Map<string, string>): string | null {
  const ws = looseKey(key).split(' ');
  for (let i = Math.min(MAX_COUNTRY_WORDS, ws.length - 1); i >= 1; i--) {
    const code = names.get(ws.slice(0, i).join(' '));
    if (code) return `${code} ${ws.slice(i).join(' ')}`;
  }
  return null;
}

export const countryForms: ResolveStep = {
  name: 'country',
  scope: 'archive',
  describes: 'names of one country (ISO 3166 names and their common forms)',
  run(ctx: ResolveContext) {
    const g = ctx.graph!;
    const names = countryNames();
    const places = [...g.nodes.keys()].filter((n) => g.nodes[n].votes.place.size > 0);
    for (const group of groupBy(places, (n) => countryCode(g.nodes[n].key)).values()) {
      for (const n of group.slice(1)) g.join(group[0], n, noteFor(ctx, this.name, group[0], n));
    }
    // An organisation named after its country, in any of the country's forms ("US Federal
    // Reserve" / "United States Federal Reserve").
    const orgs = g.namedAs('organization');
    for (const group of groupBy(orgs, (n) => countryLed(g.nodes[n].key, names)).values()) {
      for (const n of group.slice(1)) g.join(group[0], n, noteFor(ctx, this.name, group[0], n));
    }
  },
};
