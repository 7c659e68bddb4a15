/**
 * Quoted spans of a body: text between “curly” or "straight" double quotation marks.
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

const OPENING_CONTEXT = /[\s(\[{—–-]|^$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Is the straight quote at `i` an opening mark? Start of text or after a space / opening bracket. */
function opensAt(text: string, i: number): boolean {
  const before = i === 0 ? '' : text[i - 1];
  const after = text[i + 1] ?? '';
  return OPENING_CONTEXT.test(before) && (LETTER_OR_DIGIT.test(after) || /[‘'(\[.…]/.test(after));
}

export function quoteSpans(doc: IngestedDoc): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const p of doc.paragraphs) {
    const t = p.text;
    let openAt = -1;
    for (let i = 0; i < t.length; i++) {
      const c = t[i];
      if (c === '“' || (c === '"' && openAt < 0 && opensAt(t, i))) {
        if (openAt < 0) openAt = i;
        continue;
      }
      if ((c === '”' || c === '"') && openAt >= 0) {
        push(out, p.index, p.start, t, openAt, i, false);
        openAt = -1;
      }
    }
    if (openAt >= 0) push(out, p.index, p.start, t, openAt, t.length, true);
  }
  return out;
}

function push(out: QuoteSpan[], paragraph: number, base: number, t: string, open: number, close: number, runsOn: boolean): void {
  const raw = t.slice(open + 1, close);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return;
  out.push({
    start: base + open + 1 + lead,
    end: base + open + 1 + lead + text.length,
    text,
    paragraph,
    open: base + open,
    close: base + close,
    runsOn,
  });
}
