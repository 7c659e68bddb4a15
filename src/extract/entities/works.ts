/**
 * Titles of works are no entities: "the television series Gilmore Girls", "the films New York
 * Minute and House of Wax", "his book Hydrodynamica", "Cemetery Junction (2010), Stoker (2013)".
 * A title so introduced names a work, not the organisation, person or place its words may recall;
 * a name only ever written so is none.
 */
import type { Group } from './groups.js';
import type { Mention } from './mention.js';
import { isLexOrg, isLexPlace } from './lexicon.js';

/**
 * A noun of a kind of work, then the title (a first title and "and" before a second one may come
 * between: "the films New York Minute and House of Wax"). Verbs that share a noun's spelling
 * ("show", "play", "star") are left out.
 */
const WORK_NOUN_BEFORE =
  /\b(?:films?|movies?|series|miniseries|sitcoms?|dramas?|comedy|comedies|novels?|novellas?|books?|albums?|songs?|operas?|poems?|musicals?|documentar(?:y|ies)|columns?|episodes?|paintings?|sculptures?|essays?|memoirs?|anthology|trilogy|treatise|opus|cantata|sonata|symphony|ballet|telenovela|webcomic|podcast)\s+(?:\p{Lu}[^,;:.()]{0,60}?\s+and\s+)?$/u;

/** Is this mention the title of a work, written after the noun of its kind? */
export function namedAsWork(m: Mention): boolean {
  return WORK_NOUN_BEFORE.test(m.before);
}

/** "Chasing Liberty (2004)": a work with its year. */
const YEAR_AFTER = /^\s*\(\s*(?:1[5-9]|20)\d{2}\s*\)/;
/** A word for a work right before its title, any case ("the period drama Downton Abbey", "the thriller Flight of the Phoenix"). */
const WORK_WORD_BEFORE =
  /\b(?:films?|movies?|series|miniseries|drama|sitcom|soap|show|novels?|book|memoir|album|song|single|play|musical|opera|thriller|comedy|documentary|poem|painting|video\s+game|game|episode|sequel)\s+$/i;

/** The mention is the title of a work: with its year, or after a word for a work. */
export function namesWork(m: Mention): boolean {
  return YEAR_AFTER.test(m.after) || WORK_WORD_BEFORE.test(m.before);
}

/** Could the group be a work's title: a place or an organisation the lexicon does not know, with no cue of a body ("Childish Recollections (1806)")? */
const mayBeWork = (g: Group): boolean => (g.kind === 'place' && !isLexPlace(g.form)) || (g.kind === 'organization' && !isLexOrg(g.form) && g.orgCue <= 0);

/** Merge step: a place or an organisation every mention of which is the title of a work is none. */
export const workTitles = {
  name: 'work-titles',
  run({ all }: { all: Group[] }): void {
    for (const g of all) if (!g.into && mayBeWork(g) && g.mentions.every(namesWork)) g.kind = null;
  },
};
