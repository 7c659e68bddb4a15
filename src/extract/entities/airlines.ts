/**
 * Airlines. Their names take a shape of their own ("Air Canada", "Air Chathams", "British
 * Airways", "Southwest Airlines"), and a travel guide lists the carriers of an airport one after
 * another, some by one word that is elsewhere a place or a common word ("Terminal 2: Alaska,
 * Great Lakes, Spirit, Sun Country, United"; "flights on Air Canada, WestJet and Porter"): every
 * name of such a list is an airline.
 */
import type { Mention } from './mention.js';
import type { Group } from './groups.js';
import { PLACE_SUFFIXES } from './lexicon.js';

/** "Air" heading a carrier's name ("Air Canada", "Air Chathams"). */
const AIR_HEAD = /^Air\s+\p{Lu}/u;
/** Last words of carriers' names ("British Airways", "Southwest Airlines", "Norwegian Air"). */
const AIRLINE_TAIL = /\s(?:Airlines|Airways|Air\s+Lines|Airline|Air)$/;
/** Sites and events named after air travel ("Air Force Base", "Air Show"). */
const SITE_TAIL = /\s(?:Base|Station|Field|Terminal|Museum|Show|Fair)$/;
/** A line of an airport's terminals: "Terminal 2:", "Concourse B:". */
const TERMINAL_LINE = /^(?:Terminal|Concourse|Pier)\s+[\p{L}\d-]+\s*:/u;
/** A name's neighbours in a list: a comma, "and", "or" or the list's colon before it... */
const LIST_BEFORE = /(?:,|:|\band|\bor)\s*$/;
/** ... and a comma, "and", "or" or the end after it, maybe after its gates in brackets. */
const LIST_AFTER = /^\s*(?:\([^()]*\)\s*)?(?:,|\band\b|\bor\b|\.?$)/;

/** "Air" before a capitalised word: the head of a carrier's name, kept at a sentence's start and in headline lines. */
export const isAirlineHead = (word: string, next: string | undefined): boolean => word === 'Air' && next !== undefined && /^\p{Lu}/u.test(next);

/** Is the name shaped like a carrier's ("Air Canada", "British Airways"), and not a place named after one ("Air Canada Centre")? */
export function airlineShaped(form: string): boolean {
  const last = form.slice(form.lastIndexOf(' ') + 1).toLowerCase();
  return (AIR_HEAD.test(form) || AIRLINE_TAIL.test(form)) && !PLACE_SUFFIXES.has(last) && !SITE_TAIL.test(form);
}

const listed = (m: Mention): boolean => LIST_BEFORE.test(m.before) && LIST_AFTER.test(m.after);

/** The sentences that list carriers: a line of terminals, or a list with a name shaped like a carrier's in it. */
function carrierLists(all: Group[]): Set<string> {
  const lists = new Set<string>();
  for (const g of all) for (const m of g.mentions) if (TERMINAL_LINE.test(m.evidence) || (airlineShaped(g.form) && listed(m))) lists.add(m.evidence);
  return lists;
}

/** The merge step: names shaped like carriers', and the names listed with them, are airlines. */
export const airlines = {
  name: 'airlines',
  run({ all }: { all: Group[] }): void {
    const lists = carrierLists(all);
    for (const g of all) {
      if (g.into || g.titled || g.mentions.some((m) => m.kindHint === 'place')) continue;
      if (airlineShaped(g.form) || g.mentions.some((m) => lists.has(m.evidence) && listed(m))) g.kind = 'organization';
    }
  },
};
