/**
 * Acronyms linked to full names. Either written side by side ("Canadian Security Intelligence
 * Service (CSIS)") or matched by initials: every capitalised word of the name gives its initial,
 * in order, and may give one more letter of its own ("SIA" = SIngapore Airlines) or none if it is
 * a function word ("CPC" = Conservative Party of Canada).
 */
import { FUNCTION_WORDS, ORG_HEADS, ORG_SUFFIXES, isLexOrg } from './lexicon.js';
import type { Mention } from './mentions.js';
import { COMPANY_VERB_AFTER, POSSESSIVE_AFTER } from './org-cues.js';

const SMALL = /^(?:of|the|and|&|for|de|du|la|le|on|in|at)$/i;

function letters(acronym: string): string {
  return acronym.replace(/[.&]/g, '').replace(/s$/, '').toUpperCase();
}

/** Do the acronym's letters spell the name's capitalised words in order? */
export function acronymMatches(acronym: string, name: string): boolean {
  const acr = letters(acronym);
  const words = name.split(/[\s-]+/).filter((w) => w && !SMALL.test(w));
  if (words.length < 2 || acr.length < 2) return false;
  // Dynamic walk: word index i, letter index j.
  const go = (i: number, j: number): boolean => {
    if (i === words.length) return j === acr.length;
    if (j >= acr.length) return false;
    const w = words[i].toUpperCase();
    if (w[0] !== acr[j]) return false;
    // Initial alone, or initial plus one inner letter of the same word.
    if (go(i + 1, j + 1)) return true;
    if (j + 1 < acr.length && w.slice(1).includes(acr[j + 1]) && go(i + 1, j + 2)) return true;
    return false;
  };
  return go(0, 0);
}

/** Words before a name that make it an employer, an agent or a source ("joined IBM", "at the FBI", "run by the ESO", "according to AFP", "told the BBC"). */
const BODY_BEFORE = /\b(?:(?:at|joined|join|joining|(?:works?|worked|working)\s+for|according\s+to|told|(?:said|says)\s+to)\s+(?:the\s+)?|by\s+the\s+)$/i;
/** A named member before "of" ("Frederick Fung of ADPL", "Fellow of the IEEE"). */
const MEMBER_OF_BEFORE = /\p{Lu}[\p{L}'’.-]*\s+of\s+(?:the\s+)?$/u;
/** Verbs that need someone to do them, right after the acronym ("the NDP joined", "EADS wants", "NATO urged"). */
const AGENT_VERB_AFTER =
  /^,?\s+(?:\p{Ll}+ly\s+)?(?:wants?|wanted|plans?|planned|hopes?|hoped|expects?|expected|intends?|intended|believes?|believed|argues?|argued|claims?|claimed|insists?|insisted|refused|refuses|asked|asks|urged|urges|warned|warns|called|calls|joined|joins|voted|votes|signed|signs|accused|accuses|ruled|rules|arrested|arrests|approved|approves|rejected|rejects|demanded|demands|threatened|threatens|promised|promises|vowed|vows|welcomed|welcomes|critici[sz]ed|critici[sz]es|condemned|condemns|accepted|accepts|told|tells|added|adds|estimated|estimates|predicted|predicts|warned|recommended|recommends|awarded|awards|funded|funds|sponsored|sponsors|organi[sz]ed|organi[sz]es|hosted|hosts|runs|ran|operates|operated|manages|managed|employs|employed)\b/u;
/** A noun naming a kind of body right after the acronym, or after two acronyms joined by "and" ("the RTS exchange", "the MICEX and RTS exchanges", "the ANC party"). */
const BODY_NOUN_AFTER =
  /^\s+(?:and\s+(?:\p{Lu}\.?){2,}\s+)?(?:exchanges?|agenc(?:y|ies)|banks?|part(?:y|ies)|unions?|compan(?:y|ies)|airlines?|carriers?|newspapers?|broadcasters?|ministr(?:y|ies)|councils?|committees?|regulators?|federations?|associations?)\b/u;
/** A lower-case word right after the acronym: it modifies a noun ("SMOS satellite", "UV radiation"). */
const MODIFIER_AFTER = /^\s+(\p{Ll}+)/u;
const modifies = (after: string): boolean => {
  const w = MODIFIER_AFTER.exec(after)?.[1];
  return w !== undefined && !FUNCTION_WORDS.has(w);
};

/**
 * Does an acronym act as an organisation somewhere in the text? The lexicon knows it, a cue says
 * so ("NASA spokesman", "the agency NASA"), it acts ("NASA said", "IBM's"), or it is someone's
 * employer or a member's body ("joined IBM", "at the FBI", "Frederick Fung of ADPL"), or a noun
 * names its kind of body ("the RTS exchange"). "SMOS", "UV", "DNA", "HTML" do none of these.
 */
export function acronymActsAsOrg(mentions: Mention[]): boolean {
  if (mentions.length && isLexOrg(mentions[0].form)) return true;
  if (mentions.length && ROMAN_NUMERAL.test(mentions[0].form)) return false;
  return mentions.some((m) => !citesOrRanks(m) && actsAsOrg(m));
}

/** Is this mention of an acronym a reference ("JA 261") or post-nominal letters ("Tom Molomby, SC, said")? */
export function citesOrRanks(m: Mention): boolean {
  return NUMBER_AFTER.test(m.after) || (NAME_AND_COMMA_BEFORE.test(m.before) && COMMA_AFTER.test(m.after));
}

/** "Article III", "Henry VIII": a roman numeral, never a body. */
const ROMAN_NUMERAL = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;
/** "at JA 261", "see CFR 40": an acronym before a number cites a page, a form or a model. */
const NUMBER_AFTER = /^\s+\d/;
/** "Tom Molomby, SC, said": letters between commas after a person's name are post-nominal (a rank, an honour). */
const NAME_AND_COMMA_BEFORE = /\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+,\s*$/u;
const COMMA_AFTER = /^\s*,/;

/**
 * A body described in lower case, then its acronym in brackets: "the consortium of Dutch academic
 * libraries (UKB)", "the national weather agency (PAGASA)".
 */
const DESCRIBED_BODY_BEFORE =
  /\b(?:consortium|association|federation|union|council|committee|commission|agency|alliance|coalition|society|organi[sz]ation|foundation|league|network|institute|ministry|authority|bureau|party|company|corporation|cooperative|libraries|universities)(?:\s+(?:of|for|and|the|\p{Ll}[\p{Ll}-]*|\p{Lu}\p{Ll}+)){0,5}\s*\(\s*$/u;

/** Does one mention of an acronym show it acting as a body? */
function actsAsOrg(m: Mention): boolean {
  return (
    m.org > 0 ||
    DESCRIBED_BODY_BEFORE.test(m.before) ||
    BODY_NOUN_AFTER.test(m.after) ||
    COMPANY_VERB_AFTER.test(m.after) ||
    AGENT_VERB_AFTER.test(m.after) ||
    POSSESSIVE_AFTER.test(m.after) ||
    ((BODY_BEFORE.test(m.before) || MEMBER_OF_BEFORE.test(m.before)) && !modifies(m.after) && !/^\s*\(/.test(m.after))
  );
}

/** Last words of full names that say what a thing is, not who ("Geographic Information Systems", "System Under Test"). */
const THING_HEADS = new Set([
  'system',
  'systems',
  'solutions',
  'technologies',
  'technology',
  'services',
  'network',
  'media',
  'energy',
  'oil',
  'gas',
  'software',
  'computer',
  'computers',
  'electronics',
  'communications',
  'mobile',
  'works',
  'foods',
  'mining',
  'chemicals',
  'steel',
  'capital',
  'management',
  'radio',
  'television',
  'tv',
  'review',
  'journal',
]);

/** Heads of names of bodies that are also events or things elsewhere ("Italian Episcopal Conference (CEI)"). */
const EXPANSION_HEADS = /^(?:conference|centre|center|consortium|network|initiative|programme|program|project|mission|observatory|laboratory)$/;

/** Does the full name written before an acronym read like an organisation's ("Canadian Security Intelligence Service", "Bank of Canada")? */
export function orgLikeExpansion(tokens: string[]): boolean {
  const last = tokens[tokens.length - 1].toLowerCase().replace(/\.$/, '');
  if (isLexOrg(tokens.join(' '))) return true;
  if (ORG_SUFFIXES.has(last) && !THING_HEADS.has(last)) return true;
  if (EXPANSION_HEADS.test(last)) return true;
  const of = tokens.indexOf('of');
  if (of > 0 && ORG_HEADS.has(tokens[0].toLowerCase())) return true;
  return of > 0 && ORG_SUFFIXES.has(tokens[of - 1].toLowerCase()) && !THING_HEADS.has(tokens[of - 1].toLowerCase());
}
