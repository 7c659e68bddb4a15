/**
 * Archive step: a place named with and without its type word or its city in front is one place
 * ("Heathrow" / "Heathrow Airport" / "London Heathrow"; "Changi" / "Singapore Changi Airport"),
 * when one candidate fits and nothing says the short name is something else:
 *   - a city in front is a place of the archive, written as a word of its own ("London
 *     Heathrow", never "Guinea-Bissau"), and neither a country nor a continent ("Asia Pacific"
 *     is not the Pacific; "US Virgin Islands" not the British ones); a country's own name is
 *     never shortened ("Papua New Guinea" is not "New Guinea");
 *   - "Airport" is dropped only when an article names the short form with the word after it in
 *     its sentence ("landing at Heathrow airport"): "Frankfurt" the city is not "Frankfurt
 *     Airport";
 *   - "City" is dropped unless the short name is a country or a region (ISO 3166 and 3166-2
 *     names, package iso-3166): "Mexico City" is not Mexico, "Kansas City" not Kansas, and "New
 *     York", a state's name too, is not taken for "New York City" unless a sentence reads "New
 *     York city".
 * Never a country as the short name. With two candidates, or when a guard says no, it joins
 * none and is a "may be" of each. A weak rule: an article naming both as two places keeps them
 * apart.
 */
import { noteFor, type ResolveContext, type ResolveStep } from '../context.js';
import { looseKey } from '../names.js';
import { countryCode } from './countries.js';
import { CONTINENTS, isRegionName } from '../regions.js';
import { escapeRegExp } from '../../../lib/regexp.js';

/** A trailing type word: "City", "Airport", "International Airport". */
const TYPE_WORD = /^(.+?) (city|(?:international )?airport)$/;
/** A type word alone: what is left of "Heathrow Airport" after "Heathrow" is no place. */
const ONLY_TYPE_WORD = /^(?:city|(?:international )?airport)$/;
/** How many words a city in front can have ("Los Angeles"). */
const MAX_PREFIX_WORDS = 3;
/** A shorter form of a place's name, and the type word it dropped (if any). */
interface ShortForm {
  key: string;
  type: 'city' | 'airport' | null;
}

/** The shorter forms of a place's name: without its type word, without a city of the archive in front, or both. */
export function shortForms(spelling: string, isPlace: (key: string) => boolean): ShortForm[] {
  const out: ShortForm[] = [];
  if (countryCode(spelling)) return out;
  const withoutType = (key: string, type: ShortForm['type']) => {
    out.push({ key, type });
    const t = TYPE_WORD.exec(key);
    if (t) out.push({ key: t[1], type: t[2] === 'city' ? 'city' : 'airport' });
  };
  const whole = looseKey(spelling);
  const t = TYPE_WORD.exec(whole);
  if (t) out.push({ key: t[1], type: t[2] === 'city' ? 'city' : 'airport' });
  // A city in front: whole words of the spelling as written (a hyphen joins, it does not prefix).
  const tokens = spelling.trim().split(/\s+/);
  for (let k = 1; k <= Math.min(MAX_PREFIX_WORDS, tokens.length - 1); k++) {
    const prefix = looseKey(tokens.slice(0, k).join(' '));
    const rest = looseKey(tokens.slice(k).join(' '));
    if (isPlace(prefix) && !CONTINENTS.has(prefix) && !countryCode(prefix) && !ONLY_TYPE_WORD.test(rest)) withoutType(rest, null);
  }
  return out;
}

/** Whether a sentence names `name` with `type` after it ("Heathrow airport", "New York city"). */
function typedInText(name: string, type: 'city' | 'airport', sentences: string[]): boolean {
  const re = new RegExp(`${escapeRegExp(name)}\\s+${type === 'airport' ? '(?:international\\s+)?airport' : 'city'}\\b`, 'i');
  return sentences.some((s) => re.test(s));
}

export const placeForms: ResolveStep = {
  name: 'place-forms',
  scope: 'archive',
  describes: 'a place named with and without its type word ("Airport", "City") or its city in front',
  run(ctx: ResolveContext) {
    const g = ctx.graph!;
    const placeNodes = [...g.nodes.keys()].filter((n) => g.nodes[n].votes.place.size > 0);
    const byLoose = new Map<string, number>();
    for (const n of placeNodes) if (!byLoose.has(looseKey(g.nodes[n].key))) byLoose.set(looseKey(g.nodes[n].key), n);
    const isPlace = (key: string) => byLoose.has(key);
    // Short node → long nodes it is a form of, with the type word dropped.
    const found = new Map<number, { long: number; type: ShortForm['type'] }[]>();
    for (const long of placeNodes) {
      for (const f of shortForms(g.spelling(long), isPlace)) {
        const short = byLoose.get(f.key);
        if (short === undefined || g.find(short) === g.find(long)) continue;
        (found.get(short) ?? found.set(short, []).get(short)!).push({ long, type: f.type });
      }
    }
    for (const [short, longs] of found) {
      const name = g.spelling(short);
      if (countryCode(name)) continue;
      const sentences = g.nodes[short].mentions.flatMap((i) => ctx.mentions[i].sentences);
      const allowed = ({ type }: { type: ShortForm['type'] }) =>
        type === null || typedInText(name, type, sentences) || (type === 'city' && !isRegionName(name));
      const clusters = new Map<number, number>();
      for (const l of longs) if (!clusters.has(g.find(l.long))) clusters.set(g.find(l.long), l.long);
      if (clusters.size === 1 && longs.every(allowed)) {
        const long = [...clusters.values()][0];
        if (g.join(long, short, noteFor(ctx, this.name, long, short), true)) continue;
      }
      for (const long of clusters.values()) g.maybe.push([short, long, this.name]);
    }
  },
};
