/**
 * The header of a raw article: YAML front matter (what the user gives always wins), then the
 * header lines the text itself carries, then the dateline opening the first paragraph.
 *
 *   1. marker lines before everything ("-DOCSTART-") are skipped;
 *   2. `date YYYY-MM-DD <dek>`, or a title followed by header lines: each line is tried against
 *      LINE_READERS in order (date line, dateline alone on its line, byline or agency line), and a
 *      bare name counts as a byline when a header line or a dateline follows it;
 *   3. the dateline that opens the first paragraph (dateline.ts).
 *
 * Each form is one named pattern; a form that does not match returns null and the next one is
 * tried. Only what was read as header leaves the text (`taken`); the body is the rest, unchanged.
 */
import matter from 'gray-matter';
import type { Header } from '../types.js';
import { parseDateLine, readDateLine, isoDate, type DateLine } from './date-line.js';
import { parseDateline, parseDatelineLine, type Dateline } from './dateline.js';
import { readByline, readBareName, readAgencyLine, type Byline } from './byline.js';

export { parseDateline } from './dateline.js';

/** `date 2023-03-23 <summary sentence>` */
const DATE_DEK_LINE = /^date\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$/i;
/** Between the parts of a line that gives several dates: "Published March 3, 2023 | Updated March 4, 2023". */
const DATE_PARTS = /\s+(?:\||•|·|\/)\s+/;
/** A part of a date line that is only a time or an age: "10:32 AM EST", "10.32am", "Updated 2 hours ago". */
const TIME_PART =
  /^(?:(?:updated|posted|published)\s+)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago)$/i;
/** A paragraph that opens with a speaker in capitals ("SMITH: I think"): two of them make a transcript. */
const SPEAKER_TURN = /^\p{Lu}[\p{Lu} .'’-]{1,30}:\s/gmu;
/** A marker line before the title ("-DOCSTART-", "<DOC>", "* * *", "====="): no words, only a tag between marks. */
const MARKER_LINE = /^(?:[-=*#~_<>[\]]+\s*)+(?:[\p{Lu}\d_]{0,20}(?:\s*[-=*#~_<>[\]]+)+)?$/u;
/** Header lines are looked for among the first lines only. */
const MAX_HEADER_LINES = 8;
const MAX_TITLE_LENGTH = 200;
const FRONT_MATTER_FIELDS = ['title', 'published', 'date', 'author', 'outlet', 'url', 'dateline', 'dek'] as const;

export class FrontMatterError extends Error {}

export interface HeaderResult {
  header: Header;
  /** The text after the header lines, exactly as written. */
  body: string;
  /** What was read as header, as written and in order (lines, then the dateline): all that left the text. */
  taken: string[];
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
    outletFrom: null,
    outletEvidence: null,
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

/** What a header line says. */
type HeaderLine =
  | { kind: 'date'; line: string; date: string; updated: boolean }
  | { kind: 'dateline'; line: string; dateline: Dateline }
  | { kind: 'byline'; line: string; byline: Byline };

/** One form of header line: returns what the line says, or null when it is not of that form. */
interface LineReader {
  name: string;
  read(line: string, reference: string | null): HeaderLine | null;
}

/** "Published: March 3, 2023 10:32 ET", "June 13, 2005", "Published March 3, 2023 | Updated March 4, 2023". */
function readDates(line: string, reference: string | null): HeaderLine | null {
  const parts = line.split(DATE_PARTS).filter((p) => !TIME_PART.test(p.trim()));
  const read = parts.map((p) => readDateLine(p, reference));
  if (!read.length || read.some((p) => p === null)) return null;
  const dates = read as DateLine[];
  const first = dates.find((d) => !d.updated) ?? dates[0];
  return { kind: 'date', line, date: first.date, updated: first.updated };
}

/** The forms a header line can take, tried in order. */
const LINE_READERS: LineReader[] = [
  { name: 'date line', read: readDates },
  {
    name: 'dateline alone on its line',
    read: (line, reference) => {
      const dateline = parseDatelineLine(line, reference);
      return dateline ? { kind: 'dateline', line, dateline } : null;
    },
  },
  {
    name: 'byline',
    read: (line) => {
      const byline = readByline(line) ?? readAgencyLine(line);
      return byline ? { kind: 'byline', line, byline } : null;
    },
  },
];

function readHeaderLine(line: string, reference: string | null): HeaderLine | null {
  for (const reader of LINE_READERS) {
    const found = reader.read(line, reference);
    if (found) return found;
  }
  return null;
}

/** What the header lines and the dateline say, in the order read. */
interface Found {
  title: string | null;
  author: string | null;
  outlet: { name: string; evidence: string; from: 'dateline' | 'byline' } | null;
  published: { date: string; from: string } | null;
  updated: string | null;
  dateline: Dateline | null;
}

function emptyFound(): Found {
  return { title: null, author: null, outlet: null, published: null, updated: null, dateline: null };
}

function note(found: Found, line: HeaderLine): void {
  if (line.kind === 'date') {
    if (line.updated) found.updated ??= line.date;
    else found.published ??= { date: line.date, from: 'date-line' };
  } else if (line.kind === 'dateline') {
    noteDateline(found, line.dateline);
  } else {
    const b = line.byline;
    if (b.author) found.author ??= b.author;
    if (b.outlet && !found.outlet) found.outlet = { name: b.outlet, evidence: line.line, from: 'byline' };
    if (b.date) found.published ??= { date: b.date, from: 'header' };
  }
}

function noteDateline(found: Found, d: Dateline): void {
  found.dateline ??= d;
  if (d.outlet && found.outlet?.from !== 'dateline') found.outlet = { name: d.outlet, evidence: d.text, from: 'dateline' };
  if (d.date) found.published ??= { date: d.date, from: 'dateline' };
}

/** How many lines at the top are markers or blank (before the first line of text). */
function markerLines(lines: string[]): number {
  let n = 0;
  while (n < lines.length && (!lines[n].trim() || MARKER_LINE.test(lines[n].trim()))) n++;
  // Blank lines alone are not markers: only count them when a marker was among them.
  return lines.slice(0, n).some((l) => l.trim()) ? n : 0;
}

/** The lines that are not blank, with their index in `lines`. */
function nonBlank(lines: string[]): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  for (let i = 0; i < lines.length && out.length < MAX_HEADER_LINES + 1; i++) {
    if (lines[i].trim()) out.push({ index: i, text: lines[i].trim() });
  }
  return out;
}

/**
 * Reads header lines from `start` on: dates, datelines, bylines, and a bare name when a header
 * line or a dateline follows it. Returns how many lines it read, noting what they say in `found`.
 */
function readRun(blocks: { text: string }[], start: number, found: Found, reference: string | null): number {
  let j = start;
  for (; j < blocks.length && j < MAX_HEADER_LINES; j++) {
    const line = readHeaderLine(blocks[j].text, found.published?.date ?? reference);
    if (line) {
      note(found, line);
      continue;
    }
    const bare = found.author ? null : readBareName(blocks[j].text);
    const after = blocks[j + 1]?.text;
    if (bare && after && (readHeaderLine(after, reference) || parseDateline(after, reference))) {
      note(found, { kind: 'byline', line: blocks[j].text, byline: bare });
      continue;
    }
    break;
  }
  return j - start;
}

export interface HeaderOptions {
  /** Publication date for a text that states none (YYYY-MM-DD). */
  published?: string | null;
  /** The outlet the user gives (`--outlet`, a folder's `_source.yml`): wins over the one the text names. */
  outlet?: string | null;
}

/**
 * Reads the header: front matter, then a `date YYYY-MM-DD <summary>` line or a title with the
 * header lines under it (bylines, date lines, datelines alone on their line), then the dateline
 * that opens the first paragraph. Only what was read as header leaves the body; the rest of the
 * text is returned exactly as it came.
 */
export function parseHeader(raw: string, options: HeaderOptions = {}): HeaderResult {
  const warnings: string[] = [];
  const header = emptyHeader();
  const fm = readFrontMatter(raw, warnings);
  for (const key of FRONT_MATTER_FIELDS) {
    if (fm.data[key] !== undefined) header.given[key === 'date' ? 'published' : key] = fm.data[key];
  }
  const givenPublished = givenString(header.given.published);
  const userReference = (givenPublished ? parseDateLine(givenPublished, null) : null) ?? (options.published ? isoDate(options.published) : null);

  const lines = fm.content.replace(/^\n+/, '').split('\n');
  const markers = markerLines(lines);
  const blocks = nonBlank(lines.slice(markers));
  const found = emptyFound();
  const taken: string[] = lines
    .slice(0, markers)
    .filter((l) => l.trim())
    .map((l) => l.trim());
  let consumed = 0; // header lines read, as a count of `blocks`
  const dek = blocks[0] ? DATE_DEK_LINE.exec(blocks[0].text) : null;
  if (dek) {
    // Form 1: `date YYYY-MM-DD <dek>`
    found.published = isoDate(dek[1]) ? { date: dek[1], from: 'header' } : null;
    header.dek = dek[2].trim() || null;
    consumed = 1;
  } else if (blocks.length) {
    const firstLine = readHeaderLine(blocks[0].text, userReference);
    if (firstLine) consumed = readRun(blocks, 0, found, userReference);
    else {
      // Form 2: a title, then the header lines under it.
      const under = emptyFound();
      const run = readRun(blocks, 1, under, userReference);
      const next = blocks[1]?.text ?? null;
      if (run > 0 || (next !== null && parseDateline(next, userReference)) || looksLikeTitle(blocks[0].text, next)) {
        Object.assign(found, under);
        found.title = blocks[0].text;
        consumed = 1 + run;
      }
    }
  }
  for (const b of blocks.slice(0, consumed)) taken.push(b.text);
  let body = lines
    .slice(consumed ? markers + blocks[consumed - 1].index + 1 : markers)
    .join('\n')
    .replace(/^\n+/, '');

  // The dateline that opens the first paragraph: "BRUSSELS, Aug 22 (Reuters) - ...".
  const reference = found.published?.date ?? userReference;
  const transcript = (body.match(SPEAKER_TURN) ?? []).length >= 2;
  const dl = parseDateline(body, reference, { colon: !transcript });
  if (dl) {
    noteDateline(found, dl);
    taken.push(dl.text);
    body = body.slice(dl.text.length).trimStart();
  }

  header.title = found.title;
  header.author = found.author;
  if (found.dateline) {
    header.dateline = found.dateline.place;
    header.datelineText = found.dateline.text;
  }
  const published = found.published ?? (found.updated ? { date: found.updated, from: 'date-line' } : null);
  if (published) {
    header.published = published.date;
    header.publishedFrom = published.from;
  }

  // What the user gave wins: front matter, then the outlet given for the source (folder, --outlet).
  const g = header.given;
  if (givenString(g.title)) header.title = givenString(g.title);
  if (givenString(g.dek)) header.dek = givenString(g.dek);
  if (givenString(g.author)) header.author = givenString(g.author);
  if (givenString(g.url)) header.url = givenString(g.url);
  if (givenString(g.dateline)) header.dateline = givenString(g.dateline);
  const outlet = givenString(g.outlet) ?? (options.outlet?.trim() || null);
  header.outlet = outlet ?? found.outlet?.name ?? null;
  header.outletFrom = givenString(g.outlet) ? 'front-matter' : outlet ? 'option' : (found.outlet?.from ?? null);
  header.outletEvidence = found.outlet && found.outlet.name === header.outlet ? found.outlet.evidence : null;
  if (givenPublished) {
    const iso = parseDateLine(givenPublished, null);
    if (iso) {
      header.published = iso;
      header.publishedFrom = 'front-matter';
    } else warnings.push(`front matter "published: ${givenPublished}" is not a date; ignored`);
  }
  if (!header.published && options.published) {
    header.published = isoDate(options.published);
    header.publishedFrom = header.published ? 'option' : null;
  }
  return { header, body, taken, warnings };
}

/**
 * A first line is a title when a header line follows it, or when it is short and is not a
 * sentence, or when it is a headline in capitals ("SOCCER - JAPAN WIN , CHINA LOSE .").
 */
function looksLikeTitle(line: string, after: string | null): boolean {
  if (line.length > MAX_TITLE_LENGTH || after === null) return false;
  if (!/[.!?:]["”’']?$/.test(line)) return true;
  return !/\p{Ll}/u.test(line) && /\p{Lu}{2,}.*\s.*\p{Lu}{2,}/u.test(line);
}
