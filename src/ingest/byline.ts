/**
 * Bylines: who wrote the article, and often for which outlet.
 *
 *   `By bellecarter // 2023-03-24`, `By Jane Doe | March 3, 2009`, `By Jane Doe, Reuters`,
 *   `By JANE DOE Associated Press Writer`, `By Jane Doe and John Roe, Staff Writers`,
 *   a bare name on its own line (`Peter Blackburn`) where the header layout shows it is one,
 *   and an agency alone on its line (`Reuters`, `Associated Press Writer`).
 */
import { agencyName, outletName } from './agencies.js';
import { parseDateLine } from './date-line.js';

/** `By <name>` and what follows it. */
const BYLINE = /^by:?\s+(.+)$/i;
/** Between the parts of a byline: "//", "|", "•", "·"; the name ends at its first comma. */
const BYLINE_PARTS = /\s*(?:\/\/|\||•|·)\s*/;
const NAME_END = /\s?,\s*/;
/** "By the end of this year, ..." starts a sentence, not a byline: a byline names someone. */
const NOT_AN_AUTHOR =
  /^(?:the|a|an|this|that|these|those|then|now|late|early|mid|end|next|last|law|far|contrast|comparison|way|all|some|most|many|sunday|monday|tuesday|wednesday|thursday|friday|saturday|january|february|march|april|may|june|july|august|september|october|november|december|\d)\b/i;
const MAX_BYLINE_WORDS = 6;
/** A writer's role at the end of a byline: "Writer", "Staff Writer", "Business Writer", "Chief Correspondent". */
const ROLE =
  /(?:^|\s)((?:(?:Chief|Senior|Special|Staff|Foreign|Business|Sports|Science|Medical|Political|Economics|Diplomatic|Technology|Entertainment|Legal|Health|Environment|Religion|Energy|Markets|Military|National|Investigative|Contributing|Associate|Managing)\s+)*(?:Writer|Correspondent|Reporter|Editor|Columnist|Staff|Journalist)s?\.?)$/u;
/** The name in capitals that opens "JANE DOE Associated Press": capital words up to the first word in title case. */
const CAPS_NAME = /^((?:[\p{Lu}'’.-]+\s+)+?)(?=\p{Lu}\p{Ll})/u;
/** A phrase that names a news outlet: an agency, "The …", an acronym ("CNN"), or a name ending in a newspaper word. */
const OUTLET_PHRASE =
  /^(?:The\s+[\p{Lu}][\p{L}&'’.-]*(?:\s+[\p{Lu}][\p{L}&'’.-]*){0,4}|[\p{Lu}]{2,6}|(?:[\p{Lu}][\p{L}&'’.-]*\s+){0,4}(?:News|Times|Post|Press|Journal|Herald|Tribune|Guardian|Telegraph|Gazette|Star|Daily|Wire|Agency|Network|Radio|Television|TV|Magazine|Chronicle|Observer|Today|Mail|Independent|Standard|Globe|Examiner|Inquirer|Register|Courier|Bulletin|Dispatch|Record|Media|Newswires?))$/u;
/** A person's name in title case or in capitals: two to five words, particles allowed ("Ludwig van Beethoven"). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const BARE_NAME = new RegExp(`^${NAME_WORD}(?:\\s(?:(?:van|von|de|der|den|da|di|du|la|le|bin|ibn|al|y|dos|das|del)\\s)?${NAME_WORD}){1,4}$`, 'u');
/** Words that make a short capitalised line something other than a name. */
const NOT_A_NAME =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|News|Report|Update|Analysis|Opinion|Review|Editorial|Introduction|Summary|Contents|Abstract|Chapter|Section|Part|Background|Overview|Understand|Home|Page|Photo|Video|Live|Breaking|Exclusive)\b/i;

export interface Byline {
  author: string | null;
  outlet: string | null;
  date: string | null;
}

/** "JANE DOE" → "Jane Doe", "JANE DOE and JOHN ROE" → "Jane Doe and John Roe"; names in mixed case are kept as written. */
export function titleCaseName(name: string): string {
  const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const caps = words.filter((w) => !/\p{Ll}/u.test(w));
  const lower = words.filter((w) => /^\p{Ll}+$/u.test(w));
  if (caps.length === 0 || caps.length + lower.length < words.length) return name;
  return name.replace(/\p{Lu}[\p{Lu}'’.-]*/gu, (w) => w.toLowerCase().replace(/(^|['’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase()));
}

/** Splits "<words> <role>" into the words and the role: "Associated Press Writer" → "Associated Press". */
function withoutRole(text: string): { words: string; role: boolean } {
  const role = ROLE.exec(text);
  return role ? { words: text.slice(0, role.index).trim(), role: true } : { words: text.trim(), role: false };
}

/** The longest ending of `words` that is a known agency ("Jane Doe Associated Press" → "Associated Press"). */
function agencyEnding(words: string): { before: string; agency: string } | null {
  const parts = words.split(/\s+/);
  for (let i = 0; i < parts.length; i++) {
    const candidate = parts.slice(i).join(' ');
    if (agencyName(candidate)) return { before: parts.slice(0, i).join(' '), agency: candidate };
  }
  return null;
}

/** An outlet named by a phrase of a byline ("Reuters", "The Daily Star", "AP Business Writer"), or null ("Staff Writer"). */
function outletOf(phrase: string): string | null {
  const { words } = withoutRole(phrase);
  if (!words) return null;
  if (agencyName(words)) return outletName(words);
  return OUTLET_PHRASE.test(words) ? outletName(words) : null;
}

/** Splits "JANE DOE Associated Press Writer" or "Jane Doe AP Writer" into the author and the outlet of the role. */
function splitRole(name: string): { author: string; outlet: string | null } {
  const { words, role } = withoutRole(name);
  const caps = CAPS_NAME.exec(words);
  if (caps) return { author: caps[1].trim(), outlet: outletOf(words.slice(caps[0].length)) };
  const agency = agencyEnding(words);
  if (agency && agency.before) return { author: agency.before, outlet: outletName(agency.agency) };
  return { author: role ? words : name, outlet: null };
}

/** The byline of a line that starts with "By", or null when the line is a sentence that happens to start with "By". */
export function readByline(line: string): Byline | null {
  const m = BYLINE.exec(line.trim());
  if (!m) return null;
  if (/[.!?]["”’']?$/.test(line.trim()) && !/\b(?:\p{Lu}\.|Jr\.|Sr\.)$/u.test(line.trim())) return null;
  const [first, ...others] = m[1].split(BYLINE_PARTS);
  const comma = NAME_END.exec(first);
  const namePart = comma ? first.slice(0, comma.index) : first;
  const rest = [...(comma ? [first.slice(comma.index + comma[0].length)] : []), ...others];
  const { author, outlet: roleOutlet } = splitRole(namePart.trim());
  if (!author || NOT_AN_AUTHOR.test(author) || author.split(/\s+/).length > MAX_BYLINE_WORDS) return null;
  let outlet = roleOutlet;
  let date: string | null = null;
  for (const part of rest) {
    const d = parseDateLine(part, null);
    if (d) date ??= d;
    else outlet ??= outletOf(part);
  }
  return { author: titleCaseName(author), outlet, date };
}

/**
 * A bare name on its own line ("Peter Blackburn", "PETER BLACKBURN", "Jane Doe, Reuters"). Only
 * the header's layout (it stands between the title and a dateline or date) makes it a byline.
 */
export function readBareName(line: string): Byline | null {
  const [name, ...rest] = line.trim().split(/\s?,\s*/);
  if (rest.length > 1 || !BARE_NAME.test(name) || NOT_A_NAME.test(name) || agencyName(name)) return null;
  const outlet = rest.length ? outletOf(rest[0]) : null;
  if (rest.length && !outlet) return null;
  return { author: titleCaseName(name), outlet, date: null };
}

/** A line that names only an agency or an agency's writer: "Reuters", "Associated Press Writer". */
export function readAgencyLine(line: string): Byline | null {
  const { words } = withoutRole(line.trim());
  return agencyName(words) ? { author: null, outlet: outletName(words), date: null } : null;
}
