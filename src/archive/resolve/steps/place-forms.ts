/**
 * Archive step: a place named with and without its type word or its city in front is one place
 * ("Heathrow" / "Heathrow Airport" / "London Heathrow"; "Changi" / "Singapore Changi Airport";
 * "Moscone West" / "Moscone West Convention Center"), when one candidate fits and nothing says the
 * short name is something else:
 *   - a city in front is a place of the archive, written as a word of its own ("London
 *     Heathrow", never "Guinea-Bissau"), and neither a country nor a continent ("Asia Pacific"
 *     is not the Pacific; "US Virgin Islands" not the British ones); a country's own name is
 *     never shortened ("Papua New Guinea" is not "New Guinea");
 *   - "Airport" and a venue's word ("Center", "Convention Center", "Arena", "Stadium") are
 *     dropped only when an article names the short form with the word after it in its sentence
 *     ("landing at Heathrow airport", "at the Moscone West center"): "Frankfurt" the city is not
 *     "Frankfurt Airport", "Lincoln" not "Lincoln Center";
 *   - "City" is dropped unless the short name is a country or a region (ISO 3166 and 3166-2
 *     names, package iso-3166): "Mexico City" is not Mexico, "Kansas City" not Kansas, and "New
 *     York", a state's name too, is not taken for "New York City" unless a sentence reads "New
 *     York city" or the archive uses it as a city and never as a state (city-use.ts).
 * Never a country as the short name. With two candidates, or when a guard says no, it joins
 * none and is a "may be" of each. A weak rule: an article naming both as two places keeps them
 * apart.
 */
import { noteFor, type ResolveContext, type ResolveStep } from '../context.js';
import type { Evidence } from '../graph.js';
import { looseKey } from '../names.js';
import { countryCode } from './countries.js';
import { CONTINENTS, isRegionName } from '../regions.js';
import { escapeRegExp } from '../../../lib/regexp.js';
import { usedAsCity, usedAsRegion } from './city-use.js';

/** A trailing type word (loose form): "City", "Airport", "International Airport", "Convention Center", "Arena". */
const TYPE_WORD = /^(.+?) (?:city|(?:international )?airport|(?:(?:convention|exhibition|conference) )?center|arena|stadium)$/;
/** A type word alone: what is left of "Heathrow Airport" after "Heathrow" is no place. */
const ONLY_TYPE_WORD = /^(?:city|(?:international )?airport|(?:(?:convention|exhibition|conference) )?center|arena|stadium)$/;
/** How a sentence writes each type word after the short name ("Heathrow International airport", "Moscone West centre"). */
const TYPE_IN_TEXT: Readonly<Record<TypeWord, string>> = {
  city: 'city',
  airport: '(?:international\\s+)?airport',
  center: '(?:(?:convention|exhibition|conference)\\s+)?cent(?:er|re)',
  arena: 'arena',
  stadium: 'stadium',
};
/** The type word a name ends with: its last word ("convention center" → "center"). */
const typeOf = (key: string): TypeWord => key.slice(key.lastIndexOf(' ') + 1) as TypeWord;

/** How many words a city in front can have ("Los Angeles"). */
const MAX_PREFIX_WORDS = 3;
/** A shorter form of a place's name, and the type word it dropped (if any). */
interface ShortForm {
  key: string;
  /** The type word dropped (its last word), or null for a city dropped in front. */
  type: TypeWord | null;
}

type TypeWord = 'city' | 'airport' | 'center' | 'arena' | 'stadium';

/** The shorter forms of a place's name: without its type word, without a city of the archive in front, or both. */
export function shortForms(spelling: string, isPlace: (key: string) => boolean): ShortForm[] {
  const out: ShortForm[] = [];
  if (countryCode(spelling)) return out;
  const withoutType = (key: string, type: ShortForm['type']) => {
    out.push({ key, type });
    const t = TYPE_WORD.exec(key);
    if (t) out.push({ key: t[1], type: typeOf(t[0]) });
  };
  const whole = looseKey(spelling);
  const t = TYPE_WORD.exec(whole);
  if (t) out.push({ key: t[1], type: typeOf(t[0]) });
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
function typedInText(name: string, type: TypeWord, sentences: string[]): boolean {
  const re = new RegExp(`${escapeRegExp(name)}\\s+${TYPE_IN_TEXT[type]}\\b`, 'i');
  return sentences.some((s) => re.test(s));
}

export const placeForms: ResolveStep = {
  name: 'place-forms',
  scope: 'archive',
  describes: 'a place named with and without its type word ("Airport", "City", "Center") or its city in front',
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
      const mentions = g.nodes[short].mentions.map((i) => ctx.mentions[i]);
      const sentences = mentions.flatMap((m) => m.sentences);
      // "X City" beside a region's name X: where the archive uses X as a city, the evidence.
      let cityUse: Evidence | null = null;
      const allowed = ({ type }: { type: ShortForm['type'] }) => {
        if (type === null || typedInText(name, type, sentences)) return true;
        if (type !== 'city') return false;
        if (!isRegionName(name)) return true;
        cityUse ??= usedAsRegion(name, sentences, isPlace) ? null : usedAsCity(ctx, name, mentions);
        return cityUse !== null;
      };
      const clusters = new Map<number, number>();
      for (const l of longs) if (!clusters.has(g.find(l.long))) clusters.set(g.find(l.long), l.long);
      if (clusters.size === 1 && longs.every(allowed)) {
        const long = [...clusters.values()][0];
        const note = noteFor(ctx, this.name, long, short);
        if (cityUse) note.evidence = [cityUse, ...note.evidence];
        if (g.join(long, short, note, true)) continue;
      }
      for (const long of clusters.values()) g.maybe.push([short, long, this.name]);
    }
  },
};
