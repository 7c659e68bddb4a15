/**
 * Wire headlines open with the desk or sport they belong to: "RUGBY UNION - CUTTITTA BACK FOR
 * ITALY", "MOTOR RACING - HILL WINS", "RUGBY-SPRINGBOKS NAME SIDE". That label is no entity,
 * unless it is a known place or body ("ISRAEL - ...").
 */
import { isLexOrg, isLexPlace } from './lexicon.js';

/** A label of one to three words in capitals, then a dash, then more of a headline in capitals. */
const SECTION_PREFIX = /^\s*(\p{Lu}[\p{Lu}&'’.]*(?:\s+\p{Lu}[\p{Lu}&'’.]*){0,2})\s*-\s*(?=\p{Lu})/u;
const LOWER = /\p{Ll}/u;

/** Where the section label of an ALL-CAPS headline ends (the offset of its last letter), or -1 when it has none or it names a place or body. */
export function sectionLabelEnd(title: string): number {
  if (LOWER.test(title)) return -1;
  const m = SECTION_PREFIX.exec(title);
  if (!m) return -1;
  const label = m[1].toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  if (isLexPlace(label) || isLexOrg(label)) return -1;
  return m.index + m[0].indexOf(m[1]) + m[1].length;
}
