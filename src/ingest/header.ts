/**
 * The header of a raw article: YAML front matter (what the user gives always wins), then the
 * header lines the text itself carries. Each form is one named pattern; a form that does
 * not match returns null and the next one is tried.
 */
import matter from 'gray-matter';
import type { Header } from '../types.js';
import { parseDateLine, isoDate } from './date-line.js';

/** `date 2023-03-23 <summary sentence>` */
const DATE_DEK_LINE = /^date\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$/i;
/** `By bellecarter // 2023-03-24`, `By Jane Doe | March 3, 2009`, `By Jane Doe` */
const BYLINE = /^by\s+([^/|•·]+?)\s*(?:(?:\/\/|\||•|·|,)\s*(.+))?$/i;
/** "By the end of this year, ..." starts a sentence, not a byline: a byline names someone. */
const NOT_AN_AUTHOR = /^(?:the|a|an|this|that|these|those|then|now|late|early|mid|end|next|last|law|far|contrast|comparison|way|all|some|most|many|sunday|monday|tuesday|wednesday|thursday|friday|saturday|january|february|march|april|may|june|july|august|september|october|november|december|\d)\b/i;
const MAX_BYLINE_WORDS = 6;

/** The author of a byline, or null when the line is a sentence that happens to start with "By". */
export function bylineAuthor(line: string): { author: string; rest: string | null } | null {
  const m = BYLINE.exec(line);
  if (!m) return null;
  const author = m[1].trim();
  if (NOT_AN_AUTHOR.test(author) || author.split(/\s+/).length > MAX_BYLINE_WORDS || /[.!?]["”’']?$/.test(line)) return null;
  return { author, rest: m[2] ?? null };
}
/** `OTTAWA (LifeSiteNews) ––`, `WASHINGTON, March 3 (Reuters) -`, `TOKYO 1996-12-06 -`, `LONDON —` */
const DATELINE =
  /^((?:[A-Z][A-Z.'’-]*)(?:[ ][A-Z][A-Z.'’-]*){0,3})(?:,\s*([A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{4}-\d{2}-\d{2}))?\s*(?:\(([^)\n]{2,40})\))?\s*(?:[-–—:]+|(?<=\))\s)\s*/u;
const DATELINE_ISO = /^((?:[A-Z][A-Z.'’-]*)(?:[ ][A-Z][A-Z.'’-]*){0,3}),?\s+(\d{4}-\d{2}-\d{2})\s+(?:[-–—:]+\s*)?/u;
const MAX_TITLE_LENGTH = 200;
const FRONT_MATTER_FIELDS = ['title', 'published', 'date', 'author', 'outlet', 'url', 'dateline', 'dek'] as const;

export class FrontMatterError extends Error {}

export interface HeaderResult {
  header: Header;
  /** The text after the header lines. */
  body: string;
  warnings: string[];
}

function emptyHeader(): Header {
  return {
    title: null,
    dek: null,
    published: null,
    publishedFrom: null,
    author: null,
    outlet: null,
    url: null,
    dateline: null,
    datelineText: null,
    given: {},
  };
}

/** Only YAML front matter is read: gray-matter's JavaScript engine would run article text. */
const REFUSE_ENGINE = {
  parse: () => {
    throw new FrontMatterError('front matter in a language other than YAML is not accepted');
  },
};

function readFrontMatter(text: string, warnings: string[]): { data: Record<string, unknown>; content: string } {
  if (!/^---[ \t]*\w*[ \t]*\n/.test(text)) return { data: {}, content: text };
  try {
    const parsed = matter(text, {
      engines: { javascript: REFUSE_ENGINE, js: REFUSE_ENGINE, coffee: REFUSE_ENGINE, json: REFUSE_ENGINE } as never,
    });
    const data = parsed.data && typeof parsed.data === 'object' ? (parsed.data as Record<string, unknown>) : {};
    return { data, content: parsed.content };
  } catch (err) {
    warnings.push(`front matter ignored: ${(err as Error).message.split('\n')[0]}`);
    return { data: {}, content: text };
  }
}

function givenString(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number') return String(value);
  return null;
}

/** "OTTAWA" → "Ottawa", "NEW YORK" → "New York", "ST. JOHN'S" → "St. John's". */
export function titleCasePlace(place: string): string {
  return place
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/\b(Of|The|And|De|La)\b/g, (w, _x, i: number) => (i === 0 ? w : w.toLowerCase()));
}

export interface Dateline {
  text: string;
  place: string;
  outlet: string | null;
  date: string | null;
}

export function parseDateline(paragraph: string, published: string | null): Dateline | null {
  const iso = DATELINE_ISO.exec(paragraph);
  if (iso) return { text: iso[0].trim(), place: titleCasePlace(iso[1]), outlet: null, date: iso[2] };
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const [text, place, when, outlet] = m;
  // A dateline needs a place in capitals and either an outlet in parentheses or a dash.
  if (place.replace(/[^A-Z]/g, '').length < 3) return null;
  if (!outlet && !/[-–—:]\s*$/.test(text)) return null;
  if (/^[A-Z]+$/.test(place) && !outlet && place.length <= 3) return null; // "AP —" alone is not a place
  const date = when ? parseDateLine(when, published) : null;
  return { text: text.trim(), place: titleCasePlace(place.trim()), outlet: outlet?.trim() ?? null, date };
}

export function parseHeader(raw: string, options: { published?: string | null } = {}): HeaderResult {
  const warnings: string[] = [];
  const header = emptyHeader();
  const fm = readFrontMatter(raw, warnings);
  for (const key of FRONT_MATTER_FIELDS) {
    if (fm.data[key] !== undefined) header.given[key === 'date' ? 'published' : key] = fm.data[key];
  }
  const lines = fm.content.replace(/^\n+/, '').split('\n');
  let i = 0;
  const next = () => {
    while (i < lines.length && lines[i].trim() === '') i++;
    return i < lines.length ? lines[i].trim() : null;
  };

  // Form 1: `date YYYY-MM-DD <dek>`
  const first = next();
  const dateDek = first ? DATE_DEK_LINE.exec(first) : null;
  if (dateDek) {
    header.published = isoDate(dateDek[1]);
    header.publishedFrom = 'header';
    header.dek = dateDek[2].trim() || null;
    i++;
  } else if (first && looksLikeTitle(first, lineAfter(lines, i))) {
    // Form 2: a title line, then optionally a byline and/or a date line.
    header.title = first;
    i++;
    for (let k = 0; k < 2; k++) {
      const line = next();
      if (line === null) break;
      const by = bylineAuthor(line);
      if (by) {
        header.author = by.author;
        const d = by.rest ? parseDateLine(by.rest, null) : null;
        if (d) {
          header.published = d;
          header.publishedFrom = 'header';
        }
        i++;
        continue;
      }
      const d = parseDateLine(line, null);
      if (d && !header.published) {
        header.published = d;
        header.publishedFrom = 'date-line';
        i++;
        continue;
      }
      break;
    }
  }
  let body = lines.slice(i).join('\n').replace(/^\n+/, '');

  // A dateline's "March 3" takes its year from a date the user gave (front matter, then --published).
  const givenPublished = givenString(header.given.published);
  const reference = header.published ?? (givenPublished ? parseDateLine(givenPublished, null) : null) ?? (options.published ? isoDate(options.published) : null);
  const dl = parseDateline(body, reference);
  if (dl) {
    header.dateline = dl.place;
    header.datelineText = dl.text;
    header.outlet = dl.outlet;
    if (!header.published && dl.date) {
      header.published = dl.date;
      header.publishedFrom = 'dateline';
    }
    body = body.slice(dl.text.length).trimStart();
  }

  // What the user gave wins.
  const g = header.given;
  if (givenString(g.title)) header.title = givenString(g.title);
  if (givenString(g.dek)) header.dek = givenString(g.dek);
  if (givenString(g.author)) header.author = givenString(g.author);
  if (givenString(g.outlet)) header.outlet = givenString(g.outlet);
  if (givenString(g.url)) header.url = givenString(g.url);
  if (givenString(g.dateline)) header.dateline = givenString(g.dateline);
  const givenDate = givenString(g.published);
  if (givenDate) {
    const iso = parseDateLine(givenDate, null);
    if (iso) {
      header.published = iso;
      header.publishedFrom = 'front-matter';
    } else warnings.push(`front matter "published: ${givenDate}" is not a date; ignored`);
  }
  if (!header.published && options.published) {
    header.published = isoDate(options.published);
    header.publishedFrom = header.published ? 'option' : null;
  }
  return { header, body, warnings };
}

/** A first line is a title when a byline or date line follows it, or when it is short and is not a sentence. */
function looksLikeTitle(line: string, after: string | null): boolean {
  if (line.length > MAX_TITLE_LENGTH) return false;
  if (after !== null && (bylineAuthor(after) !== null || parseDateLine(after, null) !== null)) return true;
  return after !== null && !/[.!?:]["”’']?$/.test(line);
}

function lineAfter(lines: string[], i: number): string | null {
  for (let k = i + 1; k < lines.length; k++) if (lines[k].trim()) return lines[k].trim();
  return null;
}
