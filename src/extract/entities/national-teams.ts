/**
 * National and city teams in match reports: "Sweden defeated South Korea 1 – 0", "Group G —
 * Tunisia 1 – 2 England", "Tunisia's goalkeeper Mouez Hassen". Where a text reports results (two
 * scores or more beside names), a place named as a side of a match is the team, an organisation,
 * in every mention (GUM's convention: the national team is named like its country). Outside
 * match reports a country that "beat" another stays a place.
 */
import type { Mention } from './mention.js';
import type { Group } from './groups.js';

/** A score right after the name: "Sweden 1 – 0", "Panama 3 – 0", "Sweden 1-0". */
const SCORE_AFTER = /^\s+\d{1,2}\s*[–—-]\s*\d{1,2}(?!\d|\s*[–—-]?\s*\d)/;
/** A score right before the name: "1 – 0 Korea Republic", "lost 1 – 2 to England". */
const SCORE_BEFORE = /(?<![\d.,:/-])\d{1,2}\s*[–—-]\s*\d{1,2}\s+(?:to\s+)?$/;
/** A verb or word of a match before the name, maybe with one lower-case word between ("defeated debutants Panama", "faced England"). */
const MATCH_BEFORE = /\b(?:defeated|defeating|beat|beating|faced|facing|against|versus|vs\.?|drew\s+with|lost\s+to)\s+(?:\p{Ll}+\s+)?$/u;
/** A verb of a match right after the name ("Sweden defeated", "Tunisia faced"). */
const MATCH_AFTER = /^\s+(?:defeated|beat|faced|drew\s+with|lost\s+to|lost\s+\d)/;
/** One of a side's players or staff after its possessive ("Tunisia's goalkeeper", "Korea's Kim Shin-Wook"). */
const SIDE_MEMBER_AFTER =
  /^['’]s\s+(?:\p{Ll}+\s+)?(?:goalkeeper|keeper|captain|coach|manager|striker|midfielder|defender|forward|winger|squad|side|players?|attempts?|goals?|defen[cs]e|\p{Lu}\p{Ll}+\s+\p{Lu})/u;

/** Is the mention next to a score? */
const scored = (m: Mention): boolean => SCORE_AFTER.test(m.after) || SCORE_BEFORE.test(m.before);

/** Is the mention a side of a match (in a text already known to report results)? */
const playsAsSide = (m: Mention): boolean => scored(m) || MATCH_BEFORE.test(m.before) || MATCH_AFTER.test(m.after) || SIDE_MEMBER_AFTER.test(m.after);

/** Does the text report match results: scores beside two names or more? */
function reportsResults(all: Group[]): boolean {
  let scores = 0;
  for (const g of all) for (const m of g.mentions) if (scored(m) && ++scores >= 2) return true;
  return false;
}

/** The merge step: in a match report, places named as sides of a match are teams. */
export const nationalTeams = {
  name: 'national-teams',
  run({ all }: { all: Group[] }): void {
    if (!reportsResults(all)) return;
    for (const g of all) {
      if (g.into || g.kind !== 'place') continue;
      if (g.mentions.some((m) => !m.headline && playsAsSide(m))) g.kind = 'organization';
    }
  },
};
