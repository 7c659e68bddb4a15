/**
 * Body text → paragraphs. Blank lines separate paragraphs; a body that arrives as one
 * long paragraph is cut into readable ones at sentence boundaries (never inside a quotation);
 * trailing boilerplate ("More related stories:", "Sources include:") is kept apart.
 */
import { splitSentences, type Span } from './sentences.js';

/** A line that starts the trailing boilerplate of a web page. */
const BOILERPLATE_START =
  /^(?:more related stories|related(?: stories| articles| coverage)?|sources? include|read more|see also|share this(?: article)?|follow us(?: on)?|subscribe(?: to)?|sign up for|advertisement|copyright|©)\b[^\n]{0,40}:?\s*$/im;
const HEADING_MAX = 90;
const LONG_PARAGRAPH = 900;
const TARGET_PARAGRAPH = 450;
const MAX_SENTENCES = 4;

export interface BodySplit {
  paragraphs: { text: string; heading?: boolean }[];
  boilerplate: string | null;
}

function isHeading(block: string, isLast: boolean): boolean {
  return (
    !isLast &&
    !block.includes('\n') &&
    block.length <= HEADING_MAX &&
    /^[\p{Lu}\d]/u.test(block) &&
    !/[.!?:;,"”’')\]]$/.test(block) &&
    block.split(/\s+/).length >= 2
  );
}

/** Counts quotation marks to know whether a quotation is still open after `text`. */
function quoteOpen(text: string, open: boolean): boolean {
  let state = open;
  for (const ch of text) {
    if (ch === '“') state = true;
    else if (ch === '”') state = false;
    else if (ch === '"') state = !state;
  }
  return state;
}

/** Cuts one long paragraph into paragraphs of a few sentences. */
export function regroup(text: string): string[] {
  if (text.length < LONG_PARAGRAPH) return [text];
  const sentences: Span[] = splitSentences(text);
  if (sentences.length <= MAX_SENTENCES) return [text];
  const out: string[] = [];
  let current: string[] = [];
  let length = 0;
  let open = false;
  for (const s of sentences) {
    const startsQuote = /^["“]/.test(s.text);
    if (current.length > 0 && !open && (length >= TARGET_PARAGRAPH || current.length >= MAX_SENTENCES || (startsQuote && length > 150))) {
      out.push(current.join(' '));
      current = [];
      length = 0;
    }
    current.push(s.text);
    length += s.text.length;
    open = quoteOpen(s.text, open);
  }
  if (current.length) out.push(current.join(' '));
  return out;
}

export function splitBody(body: string): BodySplit {
  let main = body;
  let boilerplate: string | null = null;
  const b = BOILERPLATE_START.exec(body);
  if (b && b.index > 0) {
    main = body.slice(0, b.index);
    boilerplate = body.slice(b.index).trim() || null;
  }
  const blocks = main
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  const paragraphs: BodySplit['paragraphs'] = [];
  blocks.forEach((block, i) => {
    if (isHeading(block, i === blocks.length - 1)) paragraphs.push({ text: block, heading: true });
    else for (const p of regroup(block)) paragraphs.push({ text: p });
  });
  return { paragraphs, boilerplate };
}
