/**
 * A place and its region, written "City, Region" after a word of place: "born in Exeter, Devon.",
 * "a village at Stridon, Dalmatia." The region after a known place is a place too, and so is the name before a known region, whatever its shape says
 * ("Devon" is a given name as well).
 */
import type { Group } from './groups.js';
import type { Mention } from './mention.js';
import { k, root } from './groups.js';
import { isLexPlace } from './lexicon.js';

/** A word of place right before the first name of the pair ("born in", "near", "at"). ("London, Jack." in a list of books is an author.) */
const PLACE_WORD_BEFORE = /\b(?:in|at|near|from|to|outside)\s+$/i;
/** "Exeter, " right before the region: the place it belongs to. */
const PLACE_COMMA_BEFORE = /(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}),\s+$/u;
/** ", Devon." right after the place: its region, then the end of the phrase. */
const REGION_COMMA_AFTER = /^,\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}?)\s*(?:[,.;:)(]|$)/u;
/** The end of the phrase after the region. */
const PHRASE_END_AFTER = /^\s*(?:[,.;:)(]|$)/;

/** "born in 1958 in Kibbutz Kinneret, " before a name: a phrase ending in a place after a preposition of place, then a comma. */
const PLACE_PHRASE_COMMA_BEFORE = /\b(?:in|at|near|outside)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3},\s+$/u;

/**
 * "born in 1958 in Kibbutz Kinneret, Tiberias.": one word after a place and its comma, ending the
 * phrase, is that place's region, whatever the words before the place ("mathematician") say: no
 * apposition giving a person's role.
 */
export function regionAfterPlacePhrase(name: string[], before: string, after: string): boolean {
  return name.length === 1 && PLACE_PHRASE_COMMA_BEFORE.test(before) && PHRASE_END_AFTER.test(after);
}

/** A form no cue has claimed: unclassified, or a person by shape alone or by one word with no cue ("Devon"; not "John Thomas Claridge"). */
function unclaimed(g: Group): boolean {
  if (g.into || g.titled || g.orgCue > 0) return false;
  return g.kind === null || (g.kind === 'person' && (g.guessed === true || g.tokens.length === 1) && g.mentions.every((m) => m.person < 2 && !m.kindHint));
}

function isPlace(form: string, groups: Map<string, Group>): boolean {
  const g = groups.get(k(form));
  return (g !== undefined && root(g).kind === 'place') || isLexPlace(form);
}

/** "in Exeter, Devon.": the mention is the region written after a place. */
function regionOfPlace(m: Mention, groups: Map<string, Group>): boolean {
  const p = PLACE_COMMA_BEFORE.exec(m.before);
  return p !== null && PHRASE_END_AFTER.test(m.after) && PLACE_WORD_BEFORE.test(m.before.slice(0, p.index)) && isPlace(p[1], groups);
}

/** "at Stridon, Dalmatia.": the mention is a place written before its region. */
function placeOfRegion(m: Mention, groups: Map<string, Group>): boolean {
  const r = REGION_COMMA_AFTER.exec(m.after);
  return r !== null && PLACE_WORD_BEFORE.test(m.before) && isPlace(r[1], groups);
}

/** A word in capitals ("CNRS"). */
const ALL_CAPS = /^\p{Lu}{2,}$/u;
/** Nothing but names and commas from the start of the sentence ("Preston, "): the head of a dateline. */
const CHAIN_FROM_START = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2},\s+)*$/u;
/** ", Victoria, Australia": the names after the mention, one by one. */
const NEXT_IN_CHAIN = /^,\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}?)(?=\s*(?:[,.;:]|\s\p{Lu}\p{Ll}*\s|$))/u;

/** "Preston, Victoria, Australia On Saturday, ...": a sentence opening with names and commas that lead to a known place, as datelines do. */
function datelineChain(m: Mention, groups: Map<string, Group>): boolean {
  // ("Lattice Lab, CNRS, France": an acronym in an affiliation is a body's.)
  if (!CHAIN_FROM_START.test(m.before) || m.tokens.some((t) => ALL_CAPS.test(t))) return false;
  let rest = m.after;
  for (let i = 0; i < 3; i++) {
    const n = NEXT_IN_CHAIN.exec(rest);
    if (!n) return false;
    if (isPlace(n[1], groups)) return true;
    rest = rest.slice(n[0].length);
  }
  return false;
}

/** Merge step: names written as a place's region, or as the place of a region, are places. */
export const placesWithRegions = {
  name: 'places-with-regions',
  run({ all, groups }: { all: Group[]; groups: Map<string, Group> }): void {
    for (let pass = 0; pass < 2; pass++)
      for (const g of all)
        if (unclaimed(g) && g.mentions.some((m) => regionOfPlace(m, groups) || placeOfRegion(m, groups) || datelineChain(m, groups))) g.kind = 'place';
  },
};
