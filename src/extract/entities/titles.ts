/**
 * Titles and roles before a name: "Prime Minister Justin Trudeau" → role "Prime Minister", name
 * "Justin Trudeau"; "Apple CEO Steve Jobs" → role "Apple CEO", name "Steve Jobs", and "Apple" is
 * an organisation named in passing. "General Motors" keeps its "General": the rest is no person.
 */
import { GENERATIONAL, isHonorific, isPortfolio, isPosition, isPostNominal } from './positions.js';
import {
  STRONG_ORG_SUFFIXES,
  ORG_SUFFIXES,
  PLACE_SUFFIXES,
  TITLE_WORDS,
  isCommonWord,
  isDemonym,
  isFirstName,
  isLastName,
  isLexOrg,
  isLexPlace,
} from './lexicon.js';

export const ACRONYM = /^(?:\p{Lu}{2,6}s?|(?:\p{Lu}\.){2,4}|\p{Lu}+&\p{Lu}+)$/u;
/** Lower-case words just before a span that belong to its role ("former Governor General ..."). */
const ROLE_LEAD = /\b(former|ex-|late|then-|acting|interim|deputy|outgoing|incoming|retired)\s*$/i;

export interface TitleSplit {
  /** The title/role written before the name, or null. */
  role: string | null;
  /** The name tokens (empty: the span was only a title, "Prime Minister"). */
  name: string[];
  /** Capitalised words before the title that name an organisation ("Apple" in "Apple CEO Steve Jobs"). */
  orgBefore: string[];
}

/** Words that lead a role without being its title ("Former Microsoft CEO", "Acting Director"). */
const LEAD_WORD = /^(?:former|late|acting|interim|outgoing|incoming|retired|ex)$/i;
/** Words that begin a long title with no title word of their own ("Assistant Secretary of the Air Force for Acquisition"). */
const TITLE_MODIFIER = /^(?:Assistant|Associate|Under|Principal|Senior|Deputy|Vice)$/;
/** Capitalised words of a name after a title, common English words included ("CEO Bill Gates"). */
const NAME_AFTER_TITLE = /^(?:\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}\.)$/u;

/** Titles that are never part of a name of a thing ("CEO", "Senator"; not "General", "Emperor", "Chief"). */
const STRONG_TITLE =
  /^(?:ceo|cfo|coo|cto|cio|president|chairman|chairwoman|chairperson|minister|premier|chancellor|secretary|senator|sen\.?|rep\.?|representative|congressman|congresswoman|governor|gov\.?|mayor|ambassador|spokesman|spokeswoman|spokesperson|mp|mpp|mla|mep)$/i;

/** "CEO Bill Gates": two or three capitalised words after a strong title, no title, organisation or place among them. */
function nameAfterTitle(title: string, rest: string[]): boolean {
  if (!STRONG_TITLE.test(title) || rest.length < 2 || rest.length > 3 || !rest.every((t) => NAME_AFTER_TITLE.test(t)) || rest.some((t) => isTitleWord(t)))
    return false;
  return (
    !rest.some((t) => ORG_SUFFIXES.has(lowerNoDot(t)) || PLACE_SUFFIXES.has(lowerNoDot(t))) &&
    !isLexPlace(rest.join(' ')) &&
    !isLexOrg(rest.join(' ')) &&
    !isDemonym(rest[0])
  );
}

/**
 * "Assistant Secretary of the Air Force for Acquisition Marvin Sambur": a long title (with "of")
 * and the person's name at its end, a known first name and a surname. The number of name words, or 0.
 */
export function trailingNameAfterLongTitle(tokens: string[]): number {
  if (!(isTitleWord(tokens[0]) || TITLE_MODIFIER.test(tokens[0])) || !tokens.includes('of')) return 0;
  for (const n of [3, 2]) {
    const tail = tokens.slice(-n);
    if (tokens.length - n < 3 || tail.some((t) => /^(?:of|for|the|and|&)$/.test(t))) continue;
    if (isFirstName(tail[0]) && plausiblePersonName(tail)) return n;
  }
  return 0;
}

/** A capitalised word that can be a surname after an honorific. */
const NAME_AFTER_HONORIFIC = /^\p{Lu}[\p{L}'’-]*$/u;

/** The words after an honorific: a name of up to three words, no organisation or place ("Madame Tussauds New York", "Lady Who Walked"). */
function nameAfterHonorific(rest: string[]): boolean {
  if (rest.length > 3 || !rest.every((t) => NAME_AFTER_HONORIFIC.test(t))) return false;
  if (rest.length > 1 && rest.some((t) => isCommonWord(t) || isTitleWord(t))) return false;
  if (rest.length === 1) return true;
  const last = lowerNoDot(rest[rest.length - 1]);
  return !ORG_SUFFIXES.has(last) && !PLACE_SUFFIXES.has(last) && !rest.some((_t, i) => i > 0 && isLexPlace(rest.slice(i).join(' ')));
}

/** "Crown" is a title only before another ("Crown Prince"): "Crown Victoria" is a car. */
const CROWN = /^Crown$/;

const lowerNoDot = (w: string): string => w.toLowerCase().replace(/\.$/, '');
/** A title joined by hyphens from title words ("Secretary-General", "Attorney-General", "Vice-President"). */
const HYPHENATED_TITLE = /^\p{L}+(?:-\p{L}+)+$/u;
export const isTitleWord = (w: string): boolean =>
  TITLE_WORDS.has(w.toLowerCase()) ||
  TITLE_WORDS.has(lowerNoDot(w)) ||
  (HYPHENATED_TITLE.test(w) && w.split('-').every((part) => TITLE_WORDS.has(part.toLowerCase())));

/** A lower-case particle inside a name ("bin", "van", "de la"). */
const NAME_PARTICLE = /^(?:de|del|dela|della|der|den|di|da|das|do|dos|du|la|le|los|van|von|ten|ter|zu|bin|ibn|ben|al|el|y|abu)$/;

/** Could these tokens be a person's name (after a title)? */
export function plausiblePersonName(tokens: string[]): boolean {
  // Lower-case particles do not count ("Hamad bin Jassim bin Jabr al-Thani").
  if (!tokens.length || tokens.filter((t) => !NAME_PARTICLE.test(t)).length > 5) return false;
  // "Jr." or "FRS" alone is no name: it follows one ("Martin Luther King Jr.").
  if (GENERATIONAL.test(tokens[0]) || isPostNominal(tokens[0])) return false;
  // An initial is written with a period ("J. Smith"); a bare capital letter is a version or model ("OS X Lion").
  if (/^\p{Lu}$/u.test(tokens[0])) return false;
  if (tokens.includes('of') || tokens.includes('&') || tokens.includes('and') || tokens.includes('for')) return false;
  const last = lowerNoDot(tokens[tokens.length - 1]);
  const firstNamed = tokens.length === 2 && isFirstName(tokens[0]) && !STRONG_ORG_SUFFIXES.has(last);
  if ((ORG_SUFFIXES.has(last) || PLACE_SUFFIXES.has(last)) && !firstNamed) return false;
  const phrase = tokens.join(' ');
  if (isLexOrg(phrase) || (isLexPlace(phrase) && !isFirstName(tokens[0]))) return false;
  if (tokens.every((t) => ACRONYM.test(t))) return false;
  if (isCommonWord(tokens[0]) && !isFirstName(tokens[0])) return false;
  // "(Major) League Baseball": a name that starts with a body's word is no person's.
  if (ORG_SUFFIXES.has(lowerNoDot(tokens[0])) && !isFirstName(tokens[0]) && !isLastName(tokens[0])) return false;
  return true;
}

export function splitTitle(tokens: string[], before: string): TitleSplit {
  // A title, or a position at the start ("Midfielder Omar Said"), before a name of two words or more.
  const titleAt = (i: number): boolean =>
    isTitleWord(tokens[i]) ||
    (isPosition(tokens[i]) &&
      tokens.length - i > 2 &&
      tokens.slice(0, i).every((t) => isDemonym(t)) &&
      (isFirstName(tokens[i + 1]) || isLastName(tokens[tokens.length - 1])));
  let k = -1;
  for (let i = 0; i < tokens.length - 1; i++) {
    const rest = tokens.slice(i + 1);
    const named = plausiblePersonName(rest) || (!LEAD_WORD.test(tokens[i]) && !isHonorific(tokens[i]) && nameAfterTitle(tokens[i], rest));
    if (titleAt(i) && named && !(CROWN.test(tokens[i]) && !isTitleWord(tokens[i + 1]))) {
      k = i;
    }
  }
  const longTitle = k < 0 ? trailingNameAfterLongTitle(tokens) : 0;
  if (longTitle) return { role: tokens.slice(0, -longTitle).join(' '), name: tokens.slice(-longTitle), orgBefore: [] };
  // An honorific is followed by the name whatever the word ("Mrs. Park", "Mr Key").
  for (let i = Math.max(0, k); i < tokens.length - 1; i++) {
    if (isHonorific(tokens[i]) && nameAfterHonorific(tokens.slice(i + 1))) k = i;
  }
  // A title can also be the whole span ("Prime Minister"); then there is no name.
  const allTitle = tokens.every((t) => isTitleWord(t) || isDemonym(t));
  if (k < 0) {
    if (allTitle) return { role: tokens.join(' '), name: [], orgBefore: [] };
    return { role: null, name: tokens, orgBefore: [] };
  }
  // Only titles, demonyms, party words and one organisation may precede the name.
  const prefix = tokens.slice(0, k + 1);
  // "Former Microsoft CEO": the leading word is part of the role, the organisation after it is not.
  let leadWords = 0;
  while (leadWords < k && LEAD_WORD.test(prefix[leadWords])) leadWords++;
  let firstTitle = prefix.findIndex((_t, i) => i >= leadWords && titleAt(i));
  if (firstTitle < 0) firstTitle = leadWords;
  const lead = prefix.slice(leadWords, firstTitle);
  // Leading demonym ("Canadian MP") is not part of the role; a party or organisation ("Liberal MP", "NDP Leader") is.
  let roleStart = 0;
  while (
    roleStart < lead.length &&
    isDemonym(lead[roleStart]) &&
    !/^(?:Liberal|Conservative|Democratic|Republican|Socialist|Labour|Green)$/.test(lead[roleStart])
  )
    roleStart++;
  // A portfolio belongs to the role ("Finance Minister", "Shadow Home Secretary"), not to an organisation before it.
  let orgEnd = lead.length;
  while (orgEnd > roleStart && isPortfolio(lead[orgEnd - 1])) orgEnd--;
  const orgBefore = lead.slice(roleStart, orgEnd).filter((t) => !isDemonym(t));
  if (orgBefore.length > 3) return { role: null, name: tokens, orgBefore: [] };
  let role = [...prefix.slice(0, leadWords), ...prefix.slice(leadWords + roleStart)].join(' ');
  const lead2 = ROLE_LEAD.exec(before);
  if (lead2) role = `${lead2[1]} ${role}`;
  firstTitle = Math.max(0, firstTitle);
  // "Order and Direct Major-General Scott": a common word alone before the title is no organisation.
  const commonWord = orgBefore.length === 1 && isCommonWord(orgBefore[0]) && !ACRONYM.test(orgBefore[0]) && !isLexOrg(orgBefore[0]);
  return { role, name: tokens.slice(k + 1), orgBefore: orgBefore.length && orgBefore.length === orgEnd - roleStart && !commonWord ? orgBefore : [] };
}
