/**
 * Affiliation lines of scholarly papers: "Claire Warwick c.l.h.warwick@durham.ac.uk Durham
 * University, United Kingdom", "Lattice Lab, CNRS, France", "Electrical Engineering Department,
 * Bataan Peninsula State University, 2100, Balanga City Bataan, Philippines". Each comma-separated
 * part headed or ended by a word of an institution, or written as an acronym, names an
 * organisation whole, with its lower-case words ("Universidad Nacional de Educación a Distancia"),
 * however its capitals look (these lines read like headlines).
 */
import { isLexPlace } from './lexicon.js';
import { ACRONYM } from './titles.js';

/** One organisation of an affiliation line: its text and where it stands in the line. */
export interface AffiliationPart {
  text: string;
  start: number;
  end: number;
}

/** An e-mail address. */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** Words of institutions, in English and in the languages of most affiliations. */
const INSTITUTION_WORD =
  /^(?:University|Universit(?:y|ies)|Universidad|Universidade|Università|Universität|Université|Universiteit|Uniwersytet|College|Institute|Instituto|Institut|Istituto|Department|Dept\.?|Departamento|Département|Laboratory|Lab|Laboratorio|Laboratoire|Laboratório|Centre|Center|Centro|School|Escuela|Escola|École|Faculty|Facultad|Faculdade|Academy|Academia|Library|Foundation|Fundación|Council|Society|Agency|Ministry|Ministerio|Corporation|Company|Inc\.?|Ltd\.?|GmbH)$/;
/** A line ending as a sentence does: no affiliation. */
const SENTENCE_END = /[.!?:]["”’)]?\s*$/;
/** A part of a line: a run of text between commas or semicolons. */
const PART = /[^,;]+/g;

/** Is this part of a line an institution's name: an institution word first, second or last, or an acronym alone? */
function namesInstitution(part: string): boolean {
  if (/\d/.test(part) || !/^\p{Lu}/u.test(part)) return false;
  const words = part.split(/\s+/);
  if (words.length === 1) return ACRONYM.test(part) && !isLexPlace(part);
  if (isLexPlace(part) || words.length > 8) return false;
  return [words[0], words[1], words[words.length - 1]].some((w) => INSTITUTION_WORD.test(w));
}

/** Does a stretch of the line end with a country or region ("..., Spain", "..., the Netherlands Lotte Wilms")? */
function endsInPlace(stretch: string): boolean {
  const parts = stretch.split(/[,;]/);
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1]
    .trim()
    .replace(/^the\s+/i, '')
    .split(/\s+/);
  for (let n = Math.min(3, last.length); n >= 1; n--) if (isLexPlace(last.slice(0, n).join(' '))) return true;
  return false;
}

/**
 * The organisations of a line when it is an affiliation: the stretches after an e-mail address,
 * or a whole line of comma-separated parts ending in a country. A line ending as a sentence ends
 * is none ("We thank the University of Kent, UK.").
 */
export function affiliationParts(line: string): AffiliationPart[] {
  if (SENTENCE_END.test(line) || line.length > 400) return [];
  const emails = [...line.matchAll(EMAIL)];
  const stretches: { from: number; to: number }[] = [];
  if (emails.length) {
    emails.forEach((e, i) => stretches.push({ from: e.index + e[0].length, to: emails[i + 1]?.index ?? line.length }));
  } else if (endsInPlace(line)) stretches.push({ from: 0, to: line.length });
  const parts: AffiliationPart[] = [];
  for (const { from, to } of stretches) {
    const stretch = line.slice(from, to);
    if (emails.length && !endsInPlace(stretch) && stretch.includes(',')) continue;
    for (const p of stretch.matchAll(PART)) {
      const lead = p[0].length - p[0].trimStart().length;
      const text = p[0].trim();
      if (namesInstitution(text)) parts.push({ text, start: from + p.index + lead, end: from + p.index + lead + text.length });
    }
  }
  return parts;
}
