/**
 * What a reader types → a Lunr query string. Shared by the browser and the tests.
 * - every word is required (Lunr's `+`), as in web search engines; `a OR b` makes a group of
 *   which one is enough, and the "any word" switch (`any`) leaves every word optional;
 * - `+must`, `-not`, `field:term`, `term~1`, `term*` are Lunr's own and kept;
 * - dates as written ("13 June 2005", "June 2005", "Sept. 24, 2021", 2005-06-13) become the
 *   compact tokens the index holds (20050613, 200506); a range ("between March and May 2009")
 *   becomes a group of the tokens that cover it;
 * - person:"Han Dong" restricts to the people field, each word required;
 * - "a phrase" requires each of its words (the phrase itself is checked on the results).
 * Words are analysed later by the same pipeline as the index (src/lib/analysis.ts), so
 * "U.S.", "u.s." and "Zoë" need nothing here.
 */
import { isoDates, type DateSpan, type DateReader } from './date-reader.js';
import { boundDay, coveringTokens } from './date-range.js';
import { analysisPipeline } from '../lib/analysis.js';

const pipeline = analysisPipeline();

/**
 * Whether the shared analysis drops a word (a stop word such as "the"). Such a word is never made
 * required: Lunr would then demand a term no document holds (and, given first, fails outright).
 */
export function isDropped(word: string): boolean {
  const bare = word.replace(/^[+-]/, '');
  if (/[:*~^]/.test(bare)) return false;
  return pipeline.runString(bare).length === 0;
}

/** A word with its presence mark: required, unless the analysis drops it. */
function mark(sign: string, word: string): string {
  return sign === '+' && isDropped(word) ? word : sign + word;
}

const ISO_DATE = /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/g;
/** One item of a query: person:"…", person:word, a (signed) phrase, or a run of non-space. */
const ITEM = /person:"[^"]*"?|[+-]?"[^"]*"?|\S+/gi;
const PERSON = /^person:(?:"([^"]*)"?|(\S+))$/i;
const PHRASE = /^([+-]?)"([^"]*)"?$/;
const OR = 'OR';
/** A date the query names, replaced by a marker item until the items are read. */
const DATE_MARKER = /^\u0000(\d+)$/;
const SIGNED_OR_SCOPED = /^[+-]|^\w+:/;

export interface ParseOptions {
  /** Any word is enough (Lunr's default): no word is made required. */
  any?: boolean;
  /** How dates are read (default: ISO only; src/client/dates/index.ts reads them as written). */
  dates?: DateReader;
}

export interface ParsedQuery {
  /** The Lunr query string. */
  lunr: string;
  /** Phrases that must appear in order in a result's text. */
  phrases: string[];
  /** Groups of words (as typed) of which each result must hold at least one. */
  anyOf: string[][];
  /** Dates and ranges read in the query. */
  dates: DateSpan[];
}

export function compactDate(iso: string): string {
  return iso.replace(ISO_DATE, (_m, y: string, m: string, d?: string) => y + m + (d ?? ''));
}

/** The words of a phrase or name, lower-cased, keeping inner dots and apostrophes (u.s, o'brien). */
function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}\p{M}.'’*~^]/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** The compact tokens of a date span: one for a single date, the covering ones for a range. */
function dateTokens(d: DateSpan): string[] {
  if (d.from === d.to) return [compactDate(d.from)];
  const lo = boundDay(d.from, false);
  const hi = boundDay(d.to, true);
  return lo === null || hi === null || lo > hi ? [] : coveringTokens(lo, hi);
}

/** The query with each written date replaced by a marker (its number in `dates`). */
function markDates(input: string, dates: DateSpan[]): string {
  let out = '';
  let at = 0;
  dates.forEach((d, i) => {
    out += input.slice(at, d.index) + ` \u0000${i} `;
    at = d.index + d.text.length;
  });
  return out + input.slice(at);
}

export function parseQuery(input: string, options: ParseOptions = {}): ParsedQuery {
  const text = input.trim();
  const dates = (options.dates ?? isoDates).findDates(text);
  const items = compactDate(markDates(text, dates)).match(ITEM) ?? [];
  const phrases: string[] = [];
  const anyOf: string[][] = [];
  const required = options.any ? '' : '+';
  /** Bare terms as [text, group index or -1]. */
  const out: string[] = [];
  let group: string[] | null = null;
  let pendingOr = false;

  const bare = (terms: string[]) => {
    if (pendingOr && group) {
      group.push(...terms);
      out.push(...terms);
    } else {
      group = terms.length > 1 ? [...terms] : null;
      if (group) anyOf.push(group);
      out.push(...terms.map((t) => (group ? t : mark(required, t))));
    }
    pendingOr = false;
  };

  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const next = items[i + 1];
    const person = PERSON.exec(item);
    const phrase = PHRASE.exec(item);
    const marker = DATE_MARKER.exec(item);
    if (item === OR && pendingOr) continue; // "a OR OR b"
    if (item === OR && out.length && next !== undefined && group) {
      pendingOr = true;
      continue;
    }
    if (next === OR && items[i + 2] !== undefined && !pendingOr && !person && !phrase && !SIGNED_OR_SCOPED.test(item)) {
      // The first word of an OR group: optional, in a new group.
      group = [];
      anyOf.push(group);
      pendingOr = true;
    }
    if (marker) {
      const tokens = dateTokens(dates[+marker[1]]);
      if (tokens.length) bare(tokens);
      else pendingOr = false;
    } else if (person) {
      out.push(...words(person[1] ?? person[2] ?? '').map((w) => `+people:${w}`));
      pendingOr = false;
    } else if (phrase) {
      if (phrase[1] !== '-') phrases.push(phrase[2].toLowerCase());
      out.push(...words(phrase[2]).map((w) => mark(phrase[1] || '+', w)));
      pendingOr = false;
    } else if (SIGNED_OR_SCOPED.test(item) && !pendingOr) {
      out.push(item.startsWith('-') ? item : item.startsWith('+') ? mark('+', item.slice(1)) : mark(required, item));
    } else bare([item]);
  }
  const groups = options.any ? [] : anyOf.filter((g) => g.length > 1);
  return { lunr: out.join(' '), phrases, anyOf: groups, dates };
}

/** A query Lunr cannot parse becomes its plain words (each required unless `any`). */
export function plainQuery(input: string, options: ParseOptions = {}): string {
  return words(compactDate(input))
    .map((w) => w.replace(/[^\p{L}\p{N}.']/gu, ''))
    .filter(Boolean)
    .map((w) => (options.any ? w : mark('+', w)))
    .join(' ');
}
