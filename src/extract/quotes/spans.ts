/**
 * Quoted spans of a body: text between “curly”, "straight", ''doubled'' or « angled » marks, or
 * between 'single' marks in a paragraph that has no double ones (British style).
 * A quotation that runs over paragraphs leaves its first paragraphs open (news style:
 * no closing mark until the last paragraph); each paragraph's part is one span.
 */
import type { IngestedDoc } from '../../types.js';

export interface QuoteSpan {
  /** Offsets of the quoted text (without the marks) in `doc.text`. */
  start: number;
  end: number;
  text: string;
  paragraph: number;
  /** Offsets of the marks themselves. */
  open: number;
  close: number;
  /** The quotation went on past the end of its paragraph without a closing mark. */
  runsOn: boolean;
}

const OPENING_CONTEXT = /[\s([{—–-]|^$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Marks that only open or only close: curly quotes, guillemets, the typewriter ``. */
const OPENERS = new Set(['“', '«', '„', '``']);
const CLOSERS = new Set(['”', '»']);
/** Every quotation mark of a paragraph: curly, straight, guillemets, two apostrophes (`''`) or backticks. */
const DOUBLE_MARK = /``|''|[“”"«»„]/g;
/** Single quotation marks (British style), read only in paragraphs without double marks. */
const SINGLE_MARK = /[‘’']/g;

/** Is the straight mark at `i` (of `len` characters) an opening mark? Start of text or after a space / opening bracket. */
function opensAt(text: string, i: number, len = 1): boolean {
  const before = i === 0 ? '' : text[i - 1];
  const after = text[i + len] ?? '';
  return OPENING_CONTEXT.test(before) && (LETTER_OR_DIGIT.test(after) || /[‘'([.…]/.test(after));
}

/** Can the single mark at `i` close a quotation: after a letter or punctuation, before a space or punctuation, and not a plural possessive ("workers' union")? */
function closesSingleAt(text: string, i: number): boolean {
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  if (LETTER_OR_DIGIT.test(after)) return false;
  if (/[.,!?…]/.test(before)) return true;
  return LETTER_OR_DIGIT.test(before) && !/s$/i.test(before) && /^$|[\s,.;:!?)—–-]/.test(after);
}

interface Mark {
  at: number;
  len: number;
  opens: boolean;
  closes: boolean;
}

function doubleMarks(t: string): Mark[] {
  return [...t.matchAll(DOUBLE_MARK)].map((m) => {
    const c = m[0];
    const at = m.index!;
    if (OPENERS.has(c)) return { at, len: c.length, opens: true, closes: c === '„' ? false : false };
    if (CLOSERS.has(c)) return { at, len: c.length, opens: false, closes: true };
    // A straight mark or '': opens after a space, closes otherwise.
    return { at, len: c.length, opens: opensAt(t, at, c.length), closes: true };
  });
}

function singleMarks(t: string): Mark[] {
  return [...t.matchAll(SINGLE_MARK)].map((m) => {
    const at = m.index!;
    const opens = m[0] !== '’' && opensAt(t, at);
    return { at, len: 1, opens, closes: m[0] !== '‘' && !opens && closesSingleAt(t, at) };
  });
}

export function quoteSpans(doc: IngestedDoc): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const p of doc.paragraphs) {
    const t = p.text;
    let marks = doubleMarks(t);
    const single = marks.length === 0;
    if (single) marks = singleMarks(t);
    let open: Mark | null = null;
    for (const m of marks) {
      if (!open) {
        if (m.opens) open = m;
        continue;
      }
      if (m.closes) {
        push(out, p.index, p.start, t, open.at, open.len, m.at, m.len, false);
        open = null;
      }
    }
    // A single mark left open is an apostrophe, not a quotation running on.
    if (open && !single) push(out, p.index, p.start, t, open.at, open.len, t.length, 0, true);
  }
  return out;
}

function push(
  out: QuoteSpan[],
  paragraph: number,
  base: number,
  t: string,
  open: number,
  openLen: number,
  close: number,
  closeLen: number,
  runsOn: boolean,
): void {
  const raw = t.slice(open + openLen, close);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return;
  out.push({
    start: base + open + openLen + lead,
    end: base + open + openLen + lead + text.length,
    text,
    paragraph,
    open: base + open,
    // The last character of the closing mark, so that `close + 1` is the text after it.
    close: base + close + Math.max(0, closeLen - 1),
    runsOn,
  });
}
