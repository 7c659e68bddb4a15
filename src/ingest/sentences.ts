/**
 * Sentence splitting: ICU's sentence segmenter (Intl.Segmenter) and one refiner that
 * joins the pieces ICU cuts after an abbreviation ("Mr.", "Jan.", "J.", "U.S."), before a closing
 * bracket, or after the rank of a results list ("1. Michael Johnson ( U.S. ) 19.92 2. Donovan ...").
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

/** Countries and unions written with points: a capitalised word after them is often their body ("U.S. Army"). */
const COUNTRY_ABBREVIATIONS = new Set('u.s u.k u.n e.u'.split(' '));
/** Words that start a sentence after "... the U.S." rather than continue a name ("The", "He", "In"). */
const SENTENCE_STARTERS = new Set(
  (
    'the a an he she it they we i you this that these those there here in on at by for from with to of but and or so if when while after ' +
    'before as however meanwhile also still yet his her its their our my some many most all no not one two both each other such then now ' +
    'today yesterday what who why how where earlier later last next since until during according'
  ).split(' '),
);
/** "U.S. Department of Agriculture", "U.S. President Clinton": the next word is a capitalised word that does not start sentences. */
function continuesName(next: string): boolean {
  const w = /^\s*(\p{Lu}[\p{L}'’-]*)/u.exec(next)?.[1];
  return w !== undefined && !SENTENCE_STARTERS.has(w.toLowerCase());
}

const LAST_WORD = /(?:^|[\s("“‘'])([A-Za-z](?:\.[A-Za-z])*|[A-Za-z]+)\.\s*$/;
const NEXT_START = /^\s*["“‘']?\s*(\S)/;

export interface Span {
  text: string;
  start: number;
  end: number;
}

/** A piece that ends in a full-width terminator: CJK sentences are not separated by spaces. */
const CJK_END = /[。！？｡]["”’」』）)]*$/u;

/**
 * ICU ends a sentence inside "image ![pixel]" or "Wow![x]" (an opening bracket counts as closing
 * punctuation): a boundary with no space after it is not one, unless the piece ends in a CJK terminator.
 */
function noSpaceBetween(piece: string): boolean {
  return !/\s$/u.test(piece) && !CJK_END.test(piece);
}

/** Only the end of a piece decides (abbreviations are short): keeps long texts linear. */
const TAIL = 80;

/** A sentence never starts with a closing bracket or a comma ("( U.S. ) 19.92"). */
const NEXT_CLOSES = /^\s*[)\]},;]/;
/**
 * A rank of a results list, after a colon or a time or score, or alone: "200 metres : 1.",
 * "19.92 2.", "3." ("The vote was 52 to 47." ends a sentence).
 */
const RANK_END = /(?:^|[:;]\s*|\d[\d:.,]*\s+)\d{1,3}\.\s*$/;

function joinsNext(piece: string, next: string): boolean {
  if (NEXT_CLOSES.test(next)) return true;
  const tail = piece.length > TAIL ? piece.slice(-TAIL) : piece;
  if (RANK_END.test(tail) && /^\s*\p{Lu}/u.test(next)) return true;
  const m = LAST_WORD.exec(tail);
  if (!m) return false;
  const word = m[1].toLowerCase();
  const first = NEXT_START.exec(next)?.[1] ?? '';
  const nextIsLower = /[a-z0-9]/.test(first);
  if (TITLE_ABBREVIATIONS.has(word)) return true;
  if (/^[a-z]$/.test(word) && m[1] === m[1].toUpperCase()) return true; // an initial: "George W. Bush"
  if (COUNTRY_ABBREVIATIONS.has(word)) return nextIsLower || continuesName(next);
  if (SOFT_ABBREVIATIONS.has(word)) return nextIsLower;
  return false;
}

/**
 * Intl.Segmenter's iterator slows down quadratically on long strings (a 1 MB paragraph takes
 * minutes), so a long text is segmented in chunks. A chunk ends where ICU breaks anyway: after
 * a sentence terminator, closing marks and spaces, before a capital letter. Where a text has no
 * such place for CHUNK_MAX characters, the chunk is cut at CHUNK_MAX and the pieces either side
 * of the cut are joined again, so the cut never makes a sentence boundary.
 */
const CHUNK_TARGET = 2_000;
const CHUNK_MAX = 8_000;
const NATURAL_BREAK = /[.!?]["”’')\]]*[ \t]+(?=\p{Lu})/gu;

interface Chunk {
  start: number;
  end: number;
  /** The chunk was cut where ICU would not break: its last piece continues in the next chunk. */
  cut: boolean;
}

function chunks(text: string): Chunk[] {
  if (text.length <= CHUNK_MAX) return [{ start: 0, end: text.length, cut: false }];
  const out: Chunk[] = [];
  let start = 0;
  while (text.length - start > CHUNK_MAX) {
    NATURAL_BREAK.lastIndex = start + CHUNK_TARGET;
    const m = NATURAL_BREAK.exec(text);
    const natural = m ? m.index + m[0].length : -1;
    if (natural > 0 && natural - start <= CHUNK_MAX) {
      out.push({ start, end: natural, cut: false });
      start = natural;
    } else {
      out.push({ start, end: start + CHUNK_MAX, cut: true });
      start += CHUNK_MAX;
    }
  }
  out.push({ start, end: text.length, cut: false });
  return out;
}

/** Splits `text` (one paragraph) into sentences with offsets relative to `text`. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let pending: Span | null = null;
  let glue = false;
  for (const chunk of chunks(text)) {
    const part = chunk.start === 0 && chunk.end === text.length ? text : text.slice(chunk.start, chunk.end);
    for (const seg of segmenter.segment(part)) {
      const start = chunk.start + seg.index;
      const piece: Span = { text: seg.segment, start, end: start + seg.segment.length };
      if (pending && (glue || noSpaceBetween(pending.text) || joinsNext(pending.text, piece.text))) {
        pending = { text: pending.text + piece.text, start: pending.start, end: piece.end };
      } else {
        if (pending) out.push(pending);
        pending = piece;
      }
      glue = false;
    }
    glue = chunk.cut;
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
