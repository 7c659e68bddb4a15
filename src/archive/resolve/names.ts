/**
 * The parts of a name that the merge steps compare: its spelling-free form, its words, the core
 * of an organisation's name without legal form or descriptor, its initials, and a person's given
 * names, middle initials and surname. Pure functions of the name; every pattern a named constant.
 */
import { entityKey } from '../entities.js';
import { americanSpelling } from './spelling.js';
import { isNickname } from './nicknames.js';

/** Dots, hyphens and apostrophes that spelling variants add or drop ("U.S." / "US", "Coca-Cola" / "Coca Cola"). */
const SPELLING_MARKS = /[.\u2019'`]/g;
const WORD_JOINERS = /[-\u2010-\u2015/]/g;
const AMPERSAND = /\s*&\s*/g;
const NOT_NAME = /[^\p{L}\p{N} ]+/gu;
const SPACES = /\s+/g;

/**
 * The name with case, accents, dots, hyphens, "&"/"and" and British/American spellings folded
 * (spelling.ts): two spellings of one name meet here ("European Aeronautic Defence & Space" /
 * "European Aeronautic Defense and Space").
 */
export function looseKey(name: string): string {
  let key = LOOSE_KEYS.get(name);
  if (key === undefined) {
    key = foldName(name);
    if (LOOSE_KEYS.size >= MAX_REMEMBERED) LOOSE_KEYS.clear();
    LOOSE_KEYS.set(name, key);
  }
  return key;
}

/** Loose keys already made: the merge steps compare every name with many others. */
const LOOSE_KEYS = new Map<string, string>();
const MAX_REMEMBERED = 200_000;

function foldName(name: string): string {
  const folded = entityKey(name)
    .replace(AMPERSAND, ' and ')
    .replace(SPELLING_MARKS, '')
    .replace(WORD_JOINERS, ' ')
    .replace(NOT_NAME, ' ')
    .replace(SPACES, ' ')
    .trim();
  return folded ? folded.split(' ').map(americanSpelling).join(' ') : folded;
}

/** The words of a name in loose form (one array per name, shared: never changed). */
export function words(name: string): readonly string[] {
  let ws = WORDS.get(name);
  if (ws === undefined) {
    const k = looseKey(name);
    ws = Object.freeze(k ? k.split(' ') : []);
    if (WORDS.size >= MAX_REMEMBERED) WORDS.clear();
    WORDS.set(name, ws);
  }
  return ws;
}

/** Words of names already split: the merge steps ask for the same names' words again and again. */
const WORDS = new Map<string, readonly string[]>();

/** Legal forms that end an organisation's name: "Inc.", "Corp.", "Ltd.", "SpA", "N.V."... (loose form). */
export const LEGAL_FORM = /(?:^| )(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|llp|plc|lp|spa|sa|nv|ag|gmbh|se|bv|pty|oyj|ab|asa|kk)$/;
/**
 * Words that describe what a company does and that a short name drops ("Apple Computer",
 * "Ford Motor", "Fiat Group"): a trailing descriptor, before any legal form.
 */
export const DESCRIPTOR = /(?:^| )(?:computers?|motors?|group|holdings?|industries|international|enterprises|worldwide)$/;
/** A leading article ("The Boeing Company"). */
const LEADING_THE = /^the /;

export interface OrgCore {
  /** The name without leading article, legal forms and descriptors ("apple"). */
  core: string;
  /** The descriptor words dropped, singular ("computer"), in order. */
  descriptors: string[];
  /** Whether a legal form was dropped. */
  legal: boolean;
}

/** "Apple Computer Inc." → core "apple", descriptors ["computer"], legal. Never empties a name. */
export function orgCore(name: string): OrgCore {
  let k = looseKey(name).replace(LEADING_THE, '');
  let legal = false;
  const descriptors: string[] = [];
  for (;;) {
    const m = LEGAL_FORM.exec(k) ?? DESCRIPTOR.exec(k);
    if (!m || m.index === 0) break;
    const word = m[0].trim();
    if (LEGAL_FORM.test(m[0])) legal = true;
    else descriptors.unshift(word.replace(/s$/, ''));
    k = k.slice(0, m.index).trim();
  }
  // "U.S. Department of Labor" and "US Labor Department" are written both ways.
  k = k.replace(OFFICE_OF, '$1$3 $2');
  return { core: k, descriptors, legal };
}

/** "(us) department of labor" → "(us) labor department": an office named before or after its field. */
const OFFICE_OF = /^(.*?)\b(department|ministry|bureau|office) of ([a-z]+(?: [a-z]+)?)$/;

/** Words an acronym skips ("Bank of America" → BOA or BA). */
const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'et', 'y', 'on', 'in']);
/** An acronym as written: two to eight capitals, dots or ampersands allowed ("UAW", "U.S.", "AT&T", "BoA"). */
export const ACRONYM_FORM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z.&]{1,9}$/;

/** Whether `short` is written as an acronym. */
export function isAcronym(short: string): boolean {
  return ACRONYM_FORM.test(short.trim()) && short.replace(/[^A-Z]/g, '').length >= 2 && !/[a-z]{2}/.test(short);
}

/**
 * Whether `short` is the initials of `long` ("UAW" / "United Auto Workers", "USAF" / "United
 * States Air Force", "BoA" / "Bank of America"): its letters are the first letters of the long
 * name's words, in order, with short function words optional.
 */
export function isInitialsOf(short: string, long: string): boolean {
  if (!isAcronym(short)) return false;
  const letters = short.replace(/[^A-Za-z]/g, '').toLowerCase();
  const ws = words(long);
  if (ws.length < 2) return false;
  const match = (li: number, wi: number): boolean => {
    if (li === letters.length) return ws.slice(wi).every((w) => ACRONYM_SKIP.has(w) || LEGAL_FORM.test(' ' + w));
    if (wi === ws.length) return false;
    const w = ws[wi];
    if (w[0] === letters[li] && match(li + 1, wi + 1)) return true;
    return ACRONYM_SKIP.has(w) || LEGAL_FORM.test(' ' + w) ? match(li, wi + 1) : false;
  };
  return match(0, 0);
}

/** Suffixes after a surname ("Jr.", "III"). */
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv|v)$/;
/** A middle initial: one letter ("W", "H"). */
const INITIAL = /^\p{L}$/u;

export interface PersonParts {
  /** Given names written out ("george", "timothy"). */
  given: string[];
  /** Initials between given names and surname ("w"; "h", "w"). */
  initials: string[];
  surname: string;
}

/** "George H. W. Bush" → given [george], initials [h, w], surname bush; null for a one-word name. */
export function personParts(name: string): PersonParts | null {
  const ws = words(name).filter((w) => !NAME_SUFFIX.test(w));
  if (ws.length < 2) return null;
  const surname = ws[ws.length - 1];
  const rest = ws.slice(0, -1);
  const given: string[] = [];
  const initials: string[] = [];
  rest.forEach((w, i) => (INITIAL.test(w) && i > 0 ? initials.push(w) : given.push(w)));
  return { given, initials, surname };
}

/** The shortest given name that counts as a short form of a longer one ("Tim" of "Timothy"). */
const MIN_SHORT_GIVEN = 3;

/**
 * Whether two given names can be one: "Tim" / "Timothy" (one begins the other, three letters at
 * least) or "Bill" / "William" (a nickname of the table in nicknames.ts).
 */
export function sameGiven(a: string, b: string): boolean {
  if (a === b || isNickname(a, b)) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= MIN_SHORT_GIVEN && l.startsWith(s);
}

/**
 * Whether two full person names can name one person: same surname, first given names that can
 * be one, and middle initials that agree where both give them ("George W. Bush" and "George
 * Bush" can; "George W. Bush" and "George H. W. Bush" cannot; "Han Dong" and "Han Tao" cannot).
 */
export function compatiblePersons(a: PersonParts, b: PersonParts): boolean {
  if (a.surname !== b.surname) return false;
  if (!a.given.length || !b.given.length || !sameGiven(a.given[0], b.given[0])) return false;
  const middleA = [...a.given.slice(1).map((g) => g[0]), ...a.initials];
  const middleB = [...b.given.slice(1).map((g) => g[0]), ...b.initials];
  if (middleA.length && middleB.length && middleA.join(' ') !== middleB.join(' ')) return false;
  return true;
}

/** Whether every word of `part` is a word of `whole`, in order ("Steve" in "Steve Jobs"; "Jobs" in "CEO Steve Jobs"). */
export function wordsWithin(part: string, whole: string): boolean {
  const p = words(part);
  const w = words(whole);
  if (!p.length || p.length > w.length) return false;
  for (let i = 0; i + p.length <= w.length; i++) if (p.every((x, j) => w[i + j] === x)) return true;
  return false;
}
