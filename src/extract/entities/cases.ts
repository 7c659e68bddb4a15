/**
 * Court cases named by their parties: "Green versus United States", "Moran v. Pyle", and in
 * transcripts of hearings "the decision in Ratych and Bloomer", "set out in Moran and Pyle". The
 * parties are names (people unless a cue says otherwise), and "in Lavan" in a legal text cites a
 * case: no place.
 */

/**
 * A legal text: talk of courts, case law, decisions and the parties' counsel. "X v Y" alone is
 * no sign: "Eton v Harrow cricket match", "Arsenal v Chelsea" are fixtures.
 */
const LEGAL_TEXT =
  /\bcase\s+law\b|\bthe\s+(?:decision|judgment|ruling)\s+in\s+\p{Lu}|\b(?:Court\s+of\s+Appeals?|Supreme\s+Court|District\s+Court|High\s+Court)\b|\b(?:plaintiffs?|appellants?|appellees?|respondents?|petitioners?)\b|\bChief\s+Justice\b|\bmay\s+it\s+please\s+the\s+Court\b|\boral\s+arguments?\b/u;
/** "X v. Y": the first party. */
const PARTY_BEFORE_V = /^\s+(?:v|vs|versus)\.?\s+\p{Lu}/u;
/** "X v. Y": the second party. */
const PARTY_AFTER_V = /\b(?:v|vs|versus)\.?\s+$/;
/** Words citing a case before its name ("in Moran", "the decision in Ratych", "see Clements"). */
const CITING_BEFORE = /(?:^|\b)(?:[Ii]n|[Ss]ee|under|decision\s+in|set\s+out\s+in|case\s+of)\s+$/;
/** "Moran and Pyle" after a citing word: two parties, spoken. */
const AND_PARTY_AFTER = /^\s+and\s+\p{Lu}/u;
const AND_PARTY_BEFORE = /(?:^|\b)(?:[Ii]n|[Ss]ee|decision\s+in|set\s+out\s+in)\s+\p{Lu}[\p{L}'’-]*\s+and\s+$/u;

/** Does the text cite court cases? */
export function isLegalText(text: string): boolean {
  return LEGAL_TEXT.test(text);
}

/** In a legal text, is the name a party of a case cited ("Green versus United States", "in Moran and Pyle")? */
export function isCaseParty(before: string, after: string, legal: boolean): boolean {
  if (!legal) return false;
  if (PARTY_BEFORE_V.test(after) || PARTY_AFTER_V.test(before)) return true;
  return (CITING_BEFORE.test(before) && AND_PARTY_AFTER.test(after)) || AND_PARTY_BEFORE.test(before);
}

/** In a legal text, is "in X" the citation of a case rather than a place? */
export function isCaseCitation(before: string, legal: boolean): boolean {
  return legal && CITING_BEFORE.test(before);
}
