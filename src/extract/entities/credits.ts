/**
 * Credits of pictures and videos: "Image: Nick Moreau.", "Video: Miharris & Acphillips.",
 * "Photo: Snbehnke". The name after the label, ending the credit, is the photographer's: a
 * person, whatever its shape (a user name of one word), unless it is a known body or place, an
 * acronym or a name ending in a word of organisations ("Image: NASA", "Image: Home Office").
 */
import { isLexOrg, isLexPlace, ORG_SUFFIXES } from './lexicon.js';
import type { Mention } from './mention.js';
import { splitMention } from './pairs.js';
import { ACRONYM } from './titles.js';

/** The label of a credit right before the name ("Image: ", "Photo credit: "), or before the first of two ("Video: Miharris & "). */
const CREDIT_BEFORE =
  /(?:^|[.!?]\s+|\s)(?:Image|Images|Photo|Photos|Photograph|Picture|Video|Credit|Photo credit|Courtesy)\s*:\s+(?:\p{Lu}[\p{L}'’-]*\s+&\s+)?$/u;
/** The end of the credit after the name, or a second name after "&". */
const CREDIT_END_AFTER = /^\s*(?:&\s+\p{Lu}[\p{L}'’-]*\s*)?\.?\s*$/u;

/** A photographer's name: up to three words, no known body, place or acronym, no word of organisations. */
function photographer(tokens: string[]): boolean {
  const form = tokens.join(' ');
  return (
    tokens.length <= 3 &&
    !isLexOrg(form) &&
    !isLexPlace(form) &&
    !tokens.some((t) => ACRONYM.test(t) || ORG_SUFFIXES.has(t.toLowerCase()) || /^(?:et|al\.?)$/.test(t))
  );
}

/** "Miharris & Acphillips" in a credit: two photographers. */
function creditPair(m: Mention): Mention[] {
  const amp = m.tokens.indexOf('&');
  if (amp !== 1 || m.tokens.length !== 3) return [m];
  return splitMention(m, [m.tokens[0]], ' & ', [m.tokens[2]]);
}

/** Marks the names of credits as people's. */
export function creditedNames(mentions: Mention[]): Mention[] {
  return mentions.flatMap((m) => {
    if (!CREDIT_BEFORE.test(m.before) || !CREDIT_END_AFTER.test(m.after)) return [m];
    const parts = creditPair(m);
    if (!parts.every((p) => photographer(p.tokens))) return [m];
    for (const p of parts) p.kindHint = 'person';
    return parts;
  });
}
