/**
 * How the archive uses a name that is both a region's and a city's ("New York", "Quebec",
 * "Oklahoma"): place-forms.ts drops "City" from "New York City" only when the archive uses the
 * bare name as a city and never as the region. As a city: an article's dateline is the name
 * (datelines name towns: "NEW YORK (AP) —"), or a sentence lists it first among towns of the
 * gazetteer ("flights to New York, Boston, Chicago": a region is not written ahead of two towns).
 * As the region: a sentence writes "the state of X", "X State", "X province", "upstate X",
 * "governor of X", or the archive names a place "X State". "Tulsa, Oklahoma" says neither (a town
 * is written with its state and a borough with its city alike: "Manhattan, New York").
 */
import { escapeRegExp } from '../../../lib/regexp.js';
import { isKnownTown } from '../../../extract/entities/gazetteer.js';
import type { ResolveContext } from '../context.js';
import type { Evidence, Mention } from '../graph.js';
import { looseKey } from '../names.js';
import { isRegionName } from '../regions.js';
import { countryCode } from './countries.js';

/** One capitalised name of up to three words, after a comma or "and" (", Boston", ", Los Angeles", " and San Francisco"). */
const LISTED_NAME = String.raw`(?:\s*,\s*(?:and\s+)?|\s+and\s+)(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,2})`;
/** How many towns must follow the name in a list. */
const TOWNS_AFTER = 2;
/** Words that make a name a region's ("the state of New York", "New York State", "upstate New York"). */
const REGION_BEFORE = String.raw`(?:(?:state|province|governor|legislature) of (?:the )?|(?:up|down)state\s+)`;
const REGION_AFTER = String.raw`\s+(?:state|province|governor|legislature)\b`;
/** The region's own name as a place ("New York State", "State of New York"). */
const REGION_PLACE_FORMS = ['{} state', 'state of {}', '{} province', 'province of {}'];

/** A town the gazetteer knows that is neither a country nor a region ("Boston", not "Texas" or "Dubai"). */
function plainTown(name: string): boolean {
  return isKnownTown(name) && !isRegionName(name) && countryCode(name) === null;
}

/** Whether a sentence lists `name` ahead of towns ("New York, Boston, Chicago"). */
function listedAheadOfTowns(name: string, sentence: string): boolean {
  const re = new RegExp(`(?<![\\p{L}-])${escapeRegExp(name)}((?:${LISTED_NAME}){${TOWNS_AFTER}})`, 'u');
  const hit = re.exec(sentence);
  if (!hit) return false;
  const items = [...hit[1].matchAll(new RegExp(LISTED_NAME, 'gu'))].map((m) => m[1]);
  return items.length >= TOWNS_AFTER && items.every(plainTown);
}

/**
 * Where the archive uses `name` as a city, given the mentions of it: an article with the name as
 * its dateline, or a sentence listing it ahead of towns; null when nowhere.
 */
export function usedAsCity(ctx: ResolveContext, name: string, mentions: readonly Mention[]): Evidence | null {
  const key = looseKey(name);
  const dated = ctx.records.find((r) => r.dateline !== null && looseKey(r.dateline) === key);
  if (dated) return { article: dated.id };
  for (const m of mentions) {
    const sentence = m.sentences.find((s) => listedAheadOfTowns(name, s));
    if (sentence) return { article: ctx.records[m.article].id, sentence };
  }
  return null;
}

/** Whether the archive uses `name` as a region: "state of X", "X State", "upstate X"... in a sentence, or a place "X State". */
export function usedAsRegion(name: string, sentences: string[], isPlace: (key: string) => boolean): boolean {
  const key = looseKey(name);
  if (REGION_PLACE_FORMS.some((f) => isPlace(f.replace('{}', key)))) return true;
  const n = escapeRegExp(name);
  const re = new RegExp(`${REGION_BEFORE}${n}\\b|\\b${n}${REGION_AFTER}`, 'iu');
  return sentences.some((s) => re.test(s));
}
