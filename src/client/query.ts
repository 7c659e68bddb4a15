/**
 * What a reader types → a Lunr query string. Shared by the browser and the tests.
 * - ISO dates (2021-09-24, 2021-09) become the compact tokens the index holds (20210924, 202109);
 * - person:"Han Dong" restricts to the people field, each word required;
 * - "a phrase" requires each of its words (the phrase itself is checked on the results).
 */

const ISO_DATE = /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/g;
const PERSON = /\bperson:"([^"]+)"|\bperson:(\S+)/gi;
const PHRASE = /(^|\s)([+-]?)"([^"]+)"/g;

export interface ParsedQuery {
  /** The Lunr query string. */
  lunr: string;
  /** Phrases that must appear in order in a result's text. */
  phrases: string[];
}

export function compactDate(iso: string): string {
  return iso.replace(ISO_DATE, (_m, y: string, m: string, d?: string) => y + m + (d ?? ''));
}

function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[\s\-]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}*~^]/gu, ''))
    .filter(Boolean);
}

export function parseQuery(input: string): ParsedQuery {
  const phrases: string[] = [];
  let q = compactDate(input.trim());
  q = q.replace(PERSON, (_m, quoted?: string, bare?: string) => ' ' + words(quoted ?? bare ?? '').map((w) => `+people:${w}`).join(' ') + ' ');
  q = q.replace(PHRASE, (_m, sp: string, sign: string, phrase: string) => {
    if (sign !== '-') phrases.push(phrase.toLowerCase());
    return sp + words(phrase).map((w) => `${sign || '+'}${w}`).join(' ');
  });
  return { lunr: q.replace(/\s+/g, ' ').trim(), phrases };
}

/** A query Lunr cannot parse becomes its plain words. */
export function plainQuery(input: string): string {
  return words(compactDate(input))
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean)
    .join(' ');
}
