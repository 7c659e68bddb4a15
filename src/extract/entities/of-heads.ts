/**
 * "X of Y" names an organisation only when X does: "Bank of America", "University of Texas",
 * "Church of Scientology", "Knights of Columbus". When X is a title, a role, an idea or a thing
 * ("Doctor of the Church", "Commanders of the Korean People's Army", "Conservation of Energy",
 * "Capital of the World", "Man of the Match"), the body words after "of" belong to Y, not to the phrase.
 */
import { isEnglishWord } from './english.js';
import { ORG_HEADS, ORG_SUFFIXES, PLACE_HEADS, PLACE_SUFFIXES } from './lexicon.js';
import { bodyWordName, foreignBodyName } from './org-shapes.js';
import { isTitleWord } from './titles.js';

/** Plural nouns of members that head the names of orders, societies and fellowships ("Knights of Columbus", "Daughters of the American Revolution"). */
const MEMBERS_HEAD = /^(?:Knights|Daughters|Sons|Sisters|Brothers|Friends|Servants|Missionaries|Children|Fathers|Ladies|Veterans|Corps)$/;
/** Head words that are nouns of money or trade, not of a body here ("Capital of the World"): only as the head before "of". */
const NOT_A_BODY_HEAD = /^(?:Capital|Man|Woman|Player|Heart|Home|Gateway|Pride|Jewel|Queen|King|Father|Mother)$/;

/** The words before the first "of", when the name has one after its first word. */
function headOf(t: string[]): string[] | null {
  const of = t.indexOf('of');
  return of > 0 && of < t.length - 1 ? t.slice(0, of) : null;
}

/** Does the head before "of" name a body, or a place that bodies are named after? */
function bodyHead(head: string[]): boolean {
  const last = head[head.length - 1];
  const lower = last.toLowerCase();
  if (NOT_A_BODY_HEAD.test(last)) return false;
  if (ORG_SUFFIXES.has(lower) || ORG_HEADS.has(head[0].toLowerCase()) || PLACE_HEADS.has(lower) || PLACE_SUFFIXES.has(lower)) return true;
  return MEMBERS_HEAD.test(last) || bodyWordName([...head, 'x']) || foreignBodyName(head);
}

/**
 * "Doctor of the Church", "Conservation of Energy", "GNP of Israel": an "of" phrase whose head is
 * a title, an English common noun or an acronym and no body's word. Names of people ("Anna Berg of
 * Norway") are split before this (mentions.ts).
 */
export function headedByNonBody(t: string[]): boolean {
  const head = headOf(t);
  if (!head || bodyHead(head)) return false;
  const last = head[head.length - 1];
  return isTitleWord(last) || isTitleWord(last.replace(/s$/, '')) || isEnglishWord(last) || /^\p{Lu}{2,}$/u.test(last) || NOT_A_BODY_HEAD.test(last);
}

/** "Knights of Columbus", "Daughters of the American Revolution": an order or fellowship named by its members. */
export function headedByMembers(t: string[]): boolean {
  const head = headOf(t);
  return head !== null && head.length === 1 && MEMBERS_HEAD.test(head[0]);
}

/** "Food Standards of Australia": an "of" phrase whose head is no place word; the place is only the one after "of". */
export function headedByNonPlace(t: string[]): boolean {
  const head = headOf(t);
  if (!head) return false;
  const last = head[head.length - 1].toLowerCase();
  return !PLACE_HEADS.has(head[0].toLowerCase()) && !PLACE_HEADS.has(last) && !PLACE_SUFFIXES.has(last);
}
