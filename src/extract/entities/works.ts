/**
 * Titles of works are no places: a name always written with a year in brackets ("Cemetery
 * Junction (2010), Stoker (2013)"), or always right after a word for a work ("the period drama
 * Downton Abbey", "the films New York Minute", "the thriller Flight of the Phoenix") names a film,
 * a book or a show, whatever words of places it holds.
 */
import type { Group } from './groups.js';
import type { Mention } from './mention.js';
import { isLexPlace } from './lexicon.js';

/** "Chasing Liberty (2004)": a work with its year. */
const YEAR_AFTER = /^\s*\(\s*(?:1[5-9]|20)\d{2}\s*\)/;
/** A word for a work right before its title. */
const WORK_NOUN_BEFORE =
  /\b(?:films?|movies?|series|miniseries|drama|sitcom|soap|show|novels?|book|memoir|album|song|single|play|musical|opera|thriller|comedy|documentary|poem|painting|video\s+game|game|episode|sequel)\s+$/i;

/** The mention is the title of a work. */
export function namesWork(m: Mention): boolean {
  return YEAR_AFTER.test(m.after) || WORK_NOUN_BEFORE.test(m.before);
}

/** Merge step: a place every mention of which is the title of a work is none. */
export const workTitles = {
  name: 'work-titles',
  run({ all }: { all: Group[] }): void {
    for (const g of all) if (!g.into && g.kind === 'place' && !isLexPlace(g.form) && g.mentions.every(namesWork)) g.kind = null;
  },
};
