import { ORG_SUFFIXES, PLACE_SUFFIXES, isDemonym, isFirstName, isLastName, isLexOrg, isLexPlace } from './lexicon.js';
import { andJoinsBodyName } from './and-names.js';
import { isEnglishWord } from './english.js';

/** "the MICEX and RTS exchanges": two acronyms joined by "and" are two names, never one. */
const ALL_CAPS_ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;

/**
 * Candidate names: runs of capitalised tokens in one segment of text (a sentence, the title),
 * joined across name particles ("de la", "van", "bin"), "of"/"&" and "the X and Y". Cheap: one
 * tokenising regex per segment, no parsing.
 */

/** One token: a word, an initial ("W."), an abbreviation ("Inc.", "U.S."), a number or a punctuation mark. */
const TOKEN =
  /(?:\p{Lu}\.){2,}(?!\p{L})|\p{Lu}\.(?=\s*\p{Lu})|(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Inc|Corp|Co|Ltd|Gen|Gov|Sen|Rep|Lt|Col|Capt|Prof|Rev|Mt|Ft|Bros|Pty|Plc|Cie)\.(?!\p{L})|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-&][\p{L}\p{M}\p{N}]+|\.(?:com|org|net|co\.uk)(?!\p{L}))*(?:['’](?!\p{L}))?|\d[\d,.:]*\d|\d|\S/gu;

/** A token that can be part of a name: starts with a capital, or a particle form like "al-Assad", "d'Estaing". */
const CAP_TOKEN = /^(?:\p{Lu}|(?:al|el|ad|ibn|bin|d)['’-]\p{Lu})/u;
/** Lower-case name particles that may sit inside a name ("Maria de la Vega", "Vincent van Gogh", "Mohammed bin Salman"). */
const PARTICLE = /^(?:de|del|dela|della|der|den|di|da|das|do|dos|du|la|le|los|van|von|ten|ter|zu|bin|ibn|ben|al|el|y|abu|st\.)$/;
/** Particles that may start a name ("van Gogh", "de Gaulle", "bin Salman"). */
const LEADING_PARTICLE = /^(?:de|della|di|du|van|von|bin|ibn|al|el)$/;
/** Words of a university's name, whose campus may follow with "at" ("University of Texas at Austin"). */
const UNIVERSITY = /^(?:University|College|Institute|Universidad|Université|Universität|Universiteit)$/;
/** A token ending in a possessive ("Trudeau's", "Beatles'"). */
export const POSSESSIVE = /(?:['’]s|s['’])$/u;
/** "People's" inside a name ("People's Republic of China", "People's Bank of China"). */
const PEOPLES = /^People['’]s$/;
/** Punctuation that opens a sentence-like unit inside a segment. */
const OPENER = /^[“"‘':;—–-]$/u;

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Span {
  /** The tokens of the span, as written. */
  tokens: string[];
  /** Offsets in the segment. */
  start: number;
  end: number;
  /** First word of its sentence (or after an opening quote/colon): its capital says nothing. */
  initial: boolean;
  /** The span was followed by a possessive 's (removed from the last token). */
  possessive: boolean;
}

/** Words of a name that cannot stand alone: words of English, no known name ("Salt", "Republic Windows", "Rock"; not "Ford"). */
function plainWords(words: string[]): boolean {
  return words.every((w, i) => (i === 0 && ARTICLE.test(w)) || (isEnglishWord(w) && !isLexPlace(w) && !isLexOrg(w) && !isFirstName(w) && !isLastName(w)));
}
/** A capitalised article opening a span ("The Salt and Verde Rivers"). */
const ARTICLE = /^(?:The|A|An)$/;

/** The singular of a last word ("Rivers" → "river"). */
const singular = (w: string): string => w.toLowerCase().replace(/(?<!s)s$/, '');

/**
 * "the Salt and Verde Rivers", "the Republic Windows and Doors Factory", "Rock and Roll Hall of
 * Fame": plain words, "and", then a name ending in a word of places: one name whose head both
 * sides share. ("Ford and General Motors", "Browning and War Office": two names.)
 */
function sharedHeadAnd(c: string, words: string[], toks: Token[], k: number): boolean {
  if (c !== 'and' || !plainWords(words)) return false;
  const tail: string[] = [];
  for (let i = k; i < Math.min(toks.length, k + 5) && (isCap(toks[i].text) || toks[i].text === 'of'); i++) {
    tail.push(toks[i].text);
    const w = singular(toks[i].text);
    // "the Nations and United States": a known name after "and" is a name of its own.
    if (PLACE_SUFFIXES.has(w) || PLACE_SUFFIXES.has(toks[i].text.toLowerCase()))
      return tail.length > 1 && !isLexPlace(tail.join(' ')) && !isLexOrg(tail.join(' '));
  }
  return false;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

const isCap = (t: string): boolean => CAP_TOKEN.test(t);
const isWord = (t: string): boolean => /^[\p{L}\p{M}]/u.test(t);

/** Capitalised runs of one segment. */
export function findSpans(text: string): Span[] {
  const toks = tokenize(text);
  const spans: Span[] = [];
  let i = 0;
  let firstWordSeen = false;
  let afterOpener = true;
  while (i < toks.length) {
    const t = toks[i].text;
    const leadingParticle = LEADING_PARTICLE.test(t) && i + 1 < toks.length && isCap(toks[i + 1].text) && !/^(?:al|el)$/.test(t);
    // Letters glued to a number are a model or unit ("3GS", "777-200LR", "3D"), not a name.
    const glued = i > 0 && toks[i - 1].end === toks[i].start && /\d$/.test(toks[i - 1].text);
    if ((!isCap(t) && !leadingParticle) || glued) {
      if (isWord(t) || /^\d/.test(t)) {
        firstWordSeen = true;
        afterOpener = false;
      } else if (OPENER.test(t)) afterOpener = true;
      i++;
      continue;
    }
    const initial = !firstWordSeen || afterOpener;
    firstWordSeen = true;
    afterOpener = false;
    const startTok = i;
    const words: string[] = [toks[i].text];
    let j = i + 1;
    let possessive = false;
    if (POSSESSIVE.test(words[0]) && !leadingParticle) possessive = true;
    while (!possessive && j < toks.length) {
      const gapOk = toks[j].start === toks[j - 1].end + 1 || toks[j].start === toks[j - 1].end;
      if (!gapOk || /\n/.test(text.slice(toks[j - 1].end, toks[j].start))) break;
      const w = toks[j].text;
      if (isCap(w)) {
        words.push(w);
        j++;
        if (POSSESSIVE.test(w) && !PEOPLES.test(w)) possessive = true;
        continue;
      }
      // Connectors: look ahead for the capitalised word they lead to.
      let k = j;
      const conn: string[] = [];
      while (k < toks.length && conn.length < 3 && (PARTICLE.test(toks[k].text) || /^(?:of|the|&|and|for|at)$/.test(toks[k].text))) {
        conn.push(toks[k].text);
        k++;
      }
      if (!conn.length || k >= toks.length || !isCap(toks[k].text)) break;
      const c = conn.join(' ');
      const particles = conn.every((x) => PARTICLE.test(x));
      const ofLike = /^(?:of|of the|&)$/.test(c) || (/^(?:for|for the)$/.test(c) && ORG_SUFFIXES.has(words[words.length - 1].toLowerCase()));
      const andLike =
        c === 'and' &&
        words.length === 1 &&
        j - 2 >= 0 &&
        /^the$/i.test(toks[startTok - 1]?.text ?? '') &&
        !isCap(toks[k + 1]?.text ?? 'x') &&
        !isDemonym(toks[k].text) &&
        !isLexPlace(words[0]) &&
        !ALL_CAPS_ACRONYM.test(words[0]) &&
        !ALL_CAPS_ACRONYM.test(toks[k].text);
      // "University of North Carolina at Greensboro": a campus of a university system.
      const campus = c === 'at' && words.some((w) => UNIVERSITY.test(w));
      // "National Aeronautics and Space Administration (NASA)", "Institute of History and Philology" (and-names.ts).
      const andInName = c === 'and' && !andLike && andJoinsBodyName(words, toks[k].text, toks[k + 1]?.text, text.slice(toks[k].start, toks[k].start + 120));
      if (!(particles || ofLike || andLike || campus || andInName || sharedHeadAnd(c, words, toks, k))) break;
      words.push(...conn);
      j = k;
    }
    const last = toks[j - 1];
    let end = last.end;
    if (possessive) {
      const w = words[words.length - 1];
      const cut = w.replace(POSSESSIVE, (m) => (m.startsWith('s') ? 's' : ''));
      end -= w.length - cut.length;
      words[words.length - 1] = cut;
    }
    spans.push({ tokens: words, start: toks[startTok].start, end, initial, possessive });
    i = j;
  }
  return spans;
}
