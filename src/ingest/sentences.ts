/**
 * Sentence splitting: ICU's sentence segmenter (Intl.Segmenter) and one refiner that
 * joins the pieces ICU cuts after an abbreviation ("Mr.", "Jan.", "J.", "U.S.").
 */

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations after which a sentence never ends when a name or number follows. */
const TITLE_ABBREVIATIONS = new Set(
  (
    'mr mrs ms messrs dr prof gen lt col maj capt cpt sgt cpl adm cmdr gov sen rep rev fr st mt ' +
    'hon pres supt insp det jan feb mar apr jun jul aug sep sept oct nov dec no nos vs v ft approx ' +
    'fig est dept univ ave blvd rd'
  ).split(' '),
);
/** Abbreviations that may end a sentence, but not when a lower-case word or number follows. */
const SOFT_ABBREVIATIONS = new Set('inc co corp ltd jr sr bros plc llc etc u.s u.k u.n e.u a.m p.m'.split(' '));

const LAST_WORD = /(?:^|[\s("“‘'])([A-Za-z](?:\.[A-Za-z])*|[A-Za-z]+)\.\s*$/;
const NEXT_START = /^\s*["“‘']?\s*(\S)/;

export interface Span {
  text: string;
  start: number;
  end: number;
}

function joinsNext(piece: string, next: string): boolean {
  const m = LAST_WORD.exec(piece);
  if (!m) return false;
  const word = m[1].toLowerCase();
  const first = NEXT_START.exec(next)?.[1] ?? '';
  const nextIsLower = /[a-z0-9]/.test(first);
  if (TITLE_ABBREVIATIONS.has(word)) return true;
  if (/^[a-z]$/.test(word) && m[1] === m[1].toUpperCase()) return true; // an initial: "George W. Bush"
  if (SOFT_ABBREVIATIONS.has(word)) return nextIsLower;
  return false;
}

/** Splits `text` (one paragraph) into sentences with offsets relative to `text`. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let pending: Span | null = null;
  for (const seg of segmenter.segment(text)) {
    const piece: Span = { text: seg.segment, start: seg.index, end: seg.index + seg.segment.length };
    if (pending && joinsNext(pending.text, piece.text)) {
      pending = { text: pending.text + piece.text, start: pending.start, end: piece.end };
    } else {
      if (pending) out.push(pending);
      pending = piece;
    }
  }
  if (pending) out.push(pending);
  return out
    .map((s) => {
      const lead = s.text.length - s.text.trimStart().length;
      const trimmed = s.text.trim();
      return { text: trimmed, start: s.start + lead, end: s.start + lead + trimmed.length };
    })
    .filter((s) => s.text.length > 0);
}
