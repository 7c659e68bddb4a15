/**
 * Lists of names on one line: a team's line-up ("Ajax : Edwin van der Sar ; Michael Reiziger ,
 * Danny Blind , Frank de Boer ..."), a squad, a list of players called up. Such a line is no
 * headline although nearly every word of it is capitalised, and when most of its items are
 * shaped like people's names, every item that is no known place or organisation is a person
 * ("Vampeta", "Chendo": players known by one name).
 */
import { isFirstName, isLastName, isLexOrg, isLexPlace } from './lexicon.js';
import { personShaped } from './shape.js';

/** The label of a list before its colon ("Ajax :", "Real Madrid:", "Teams :"), up to four words. */
const LIST_LABEL = /^\s*(?:\S+\s+){0,3}?\S+?\s*:\s+/u;
/** What separates the items of a list. */
const LIST_SEPARATOR = /\s*[,;]\s*/;
/** A full stop closing the line. */
const TRAILING_STOP = /\s*\.\s*$/;
/** One item made of name words only: capitalised words, initials, lower-case particles ("van der", "bin", "al-"). */
const NAME_ITEM =
  /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|(?:al|el|bin|ibn)-\p{Lu}[\p{L}\p{M}'’-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|(?:de|del|della|der|den|di|da|dos|du|la|le|van|von|ten|ter|bin|ibn|ben|al|el|dela)|(?:al|el)-\p{Lu}[\p{L}\p{M}'’-]*)){0,5}$/u;
/** Separators a line needs to be a list. */
export const MIN_LIST_SEPARATORS = 3;
/** Share of the items that must look like people's names for the others to be read as people too. */
export const PERSON_SHARE = 0.6;

/** Is the line a list of items separated by commas or semicolons (three separators or more)? Such a line is no headline. */
export function isListLine(text: string): boolean {
  return (text.match(/[,;]/g) ?? []).length >= MIN_LIST_SEPARATORS;
}

/** The items of a list line of names ("Edwin van der Sar", "Vampeta"), or none when any item is more than a name. */
function nameItems(text: string): string[] {
  if (!isListLine(text)) return [];
  const items = text.replace(LIST_LABEL, '').replace(TRAILING_STOP, '').split(LIST_SEPARATOR);
  return items.length > MIN_LIST_SEPARATORS && items.every((item) => NAME_ITEM.test(item)) ? items : [];
}

/** Does the item read as a person's name by itself (a known first name or surname, or the shape of one)? */
function personLike(item: string): boolean {
  const words = item.split(/\s+/);
  if (isLexPlace(item) || isLexOrg(item)) return false;
  return isFirstName(words[0]) || (words.length > 1 && isLastName(words[words.length - 1])) || personShaped(words);
}

let lastLine = '';
let lastRoster: Set<string> = new Set();

/**
 * The items of a line-up: the items of a list line of names, when most of them look like
 * people's names. Empty for any other line. (The last line's answer is kept: each mention of a
 * line asks.)
 */
export function rosterItems(text: string): Set<string> {
  if (text === lastLine) return lastRoster;
  const items = nameItems(text);
  const people = items.filter(personLike).length;
  lastLine = text;
  lastRoster = items.length && people / items.length >= PERSON_SHARE ? new Set(items) : new Set();
  return lastRoster;
}

/** Is `name` one whole item of a line-up on this line, and no known place or organisation? */
export function isRosterName(text: string, name: string): boolean {
  return rosterItems(text).has(name) && !isLexPlace(name) && !isLexOrg(name);
}
