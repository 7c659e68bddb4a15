/**
 * What kind of source a phrase names: a document (report, statement, filing, post, records), a
 * poll (poll, survey, estimates), a group ("analysts", "voters", "critics"), an organisation or a
 * person. General English head nouns only.
 */
import type { SourceKind } from '../../types.js';

/** Nouns that head a written or recorded source. */
const DOCUMENT_HEAD =
  /\b(?:reports?|statements?|stud(?:y|ies)|documents?|filings?|records?|logs?|memos?|memorandums?|e-?mails?|letters?|lawsuits?|suits?|complaints?|indictments?|rulings?|judgments?|invitations?|websites?|site|posts?|postings?|posting|blogs?|tweets?|releases?|results?|data|figures|analys[ie]s|reviews?|audits?|findings|papers?|articles?|books?|minutes|transcripts?|filings|forecasts?|projections|statistics|documentation|agreements?|settlements?|contracts?|section)\b/i;
/** Nouns that head a poll or an estimate. */
const POLL_HEAD = /\b(?:polls?|surveys?|estimates?|census|exit\s+polls?|polling|ratings)\b/i;
/** Plural nouns of people that head a group ("analysts", "Sixty percent of voters"). */
const GROUP_HEAD =
  /\b(?:analysts|experts|economists|observers|critics|voters|residents|people|officials|sources|investors|traders|scientists|researchers|doctors|lawmakers|legislators|democrats|republicans|members|supporters|opponents|activists|protesters|workers|employees|users|customers|parents|students|teachers|americans|individuals|witnesses|insiders|leaders|authorities|campaigners|respondents|others|many|most|some)\s*$/i;
/** "Sixty percent of voters", "a majority of residents": a share of a group. */
const QUANTITY = /\b(?:percent|per\s+cent|%|majority|minority|half|third|quarter|share|number|most|many|some|all)\s*$/i;
const ORG_WORDS =
  /\b(?:newspaper|paper|magazine|outlet|network|broadcaster|station|company|firm|agency|ministry|department|government|campaign|committee|party|council|office|administration|commission|union|group|court|board|police|army|bank|inc\.?|corp\.?|ltd|airlines?|corporation)\s*$/i;

/** Does the phrase name a document or a poll (not a person or an organisation)? */
export function isDocumentPhrase(phrase: string): boolean {
  const head = headOf(phrase);
  return DOCUMENT_HEAD.test(head) || POLL_HEAD.test(head) || GROUP_HEAD.test(head);
}

/** Is the phrase headed by a document or a poll ("Recent reports", "a recent poll", "The agency's logs")? */
export function isWrittenSource(phrase: string): boolean {
  const words = headOf(phrase).split(/\s+/);
  const last = words.at(-1) ?? '';
  return DOCUMENT_HEAD.test(last) || POLL_HEAD.test(last);
}

/**
 * A document or poll that no name owns ("Recent reports", "a recent poll", "the agency's logs"):
 * named by what it is. "Global News report" or "PC World's analysis" resolve to the name instead.
 */
export function isUnnamedWrittenSource(phrase: string): boolean {
  const words = headOf(phrase).split(/\s+/);
  return isWrittenSource(phrase) && !words.slice(1, -1).some((w) => /^\p{Lu}/u.test(w));
}

/** The head of a noun phrase: the words before "of", "by", "from", "released", ",". */
function headOf(phrase: string): string {
  return phrase.replace(/\s+(?:of|by|from|in|on|at|for|released|published|issued|filed|made|obtained|seen|conducted)\b.*$/is, '').trim();
}

/**
 * The kind of the source written `phrase`, resolved to `name`; `orgName` tells whether a name is
 * an organisation's.
 */
export function sourceKind(phrase: string, name: string, isOrg: (name: string) => boolean): SourceKind {
  const head = headOf(phrase);
  const last = head.split(/\s+/).at(-1) ?? '';
  // "A Global News report" is Global News's: only a document no name owns is named as one.
  const owned = /^\p{Lu}/u.test(name) && !isUnnamedWrittenSource(phrase);
  if (POLL_HEAD.test(last) && !owned) return 'poll';
  if (DOCUMENT_HEAD.test(last) && !owned) return 'document';
  if (/^\p{Lu}/u.test(name) && name !== phrase) return isOrg(name) ? 'organisation' : 'person';
  if (GROUP_HEAD.test(head) || (QUANTITY.test(head) && GROUP_HEAD.test(phrase))) return 'group';
  if (ORG_WORDS.test(head)) return 'organisation';
  if (/^\p{Lu}/u.test(name)) return isOrg(name) ? 'organisation' : 'person';
  return 'person';
}
