/**
 * Is a date phrase about the future? News is written in the past tense, so a weekday or a
 * month without a year names the one before publication unless its clause says otherwise
 * ("will", "is set to", "until", "deadline"). A past-tense verb right before the phrase
 * ("said on Tuesday it would …") keeps it in the past whatever follows.
 */

/** Clause boundaries: sentence ends, semicolons, dashes, line breaks, the end of a quotation. */
const CLAUSE_BOUNDARY = /[.;!?\n]\s|[—–]|\s-\s|\n|[,.!?]["”]\s/g;
/** Words of the future within a clause. */
const FUTURE_CUE =
  /\b(?:will|won['’]?t|wo\s+n['’]t|shall|going\s+to|is\s+to|are\s+to|was\s+to\s+be|were\s+to\s+be|to\s+be\b|set\s+to|due\s+(?:to|on|in|by)|(?:is|are|was|were|been)\s+scheduled|scheduled\s+(?:to|for)|expected\s+to|expects\s+to|plans?\s+to|planned\s+(?:to|for)|intends?\s+to|aims?\s+to|would|should|may|might|deadline|upcoming|forthcoming|until|till)\b|['’]ll\b/i;
/** "by June 10", "until Friday", "before October" right in front of the phrase. */
const FUTURE_PREFIX = /\b(?:by|until|till|starting|beginning|effective)\s+(?:the\s+)?(?:early\s+|mid-?\s*|late\s+|end\s+of\s+)?$/i;
/** A past-tense verb right before the phrase, not a passive after "be": "said on Tuesday", "announced Monday". */
const PAST_VERB =
  '(?:said|told|announced|reported|confirmed|revealed|stated|added|wrote|tweeted|was|were|had|did|made|took|gave|rose|fell|sold|bought|paid|left|met|won|lost|began|came|went|saw|found|held|\\w{3,}ed)';
const PAST_VERB_BEFORE = new RegExp(`\\b(?<!\\b(?:is|are|be|been)\\s)${PAST_VERB}\\s+(?:back\\s+)?(?:on\\s+|in\\s+|late\\s+|early\\s+|last\\s+)?$`, 'i');
/** A past-tense verb right after the phrase: "Dong late Wednesday told the House". */
const PAST_VERB_AFTER = new RegExp(`^,?\\s+(?:also\\s+)?${PAST_VERB}\\b`, 'i');
/** How far after the phrase a future cue still governs it: "A June 3 hearing has been scheduled". */
const WORDS_AFTER = 5;

function clauseAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(text); m; m = CLAUSE_BOUNDARY.exec(text)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return text.slice(from, to);
}

/** True when the phrase text[start, end) speaks of something after publication. */
export function isFutureAt(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (PAST_VERB_BEFORE.test(before) || PAST_VERB_AFTER.test(text.slice(end, end + 30))) return false;
  if (FUTURE_PREFIX.test(before)) return true;
  const windowStart = Math.max(0, start - 300);
  const window = text.slice(windowStart, Math.min(text.length, end + 300));
  const clause = clauseAround(window, start - windowStart, end - windowStart);
  // The clause up to the phrase, and a few words after it: a cue further on governs another verb.
  const at = clause.indexOf(text.slice(start, end));
  const head = at >= 0 ? clause.slice(0, at + (end - start)) : clause;
  const tail =
    at >= 0
      ? clause
          .slice(at + (end - start))
          .split(/\s+/)
          .slice(0, WORDS_AFTER + 1)
          .join(' ')
      : '';
  return FUTURE_CUE.test(`${head} ${tail}`.replace(/\b(?:than|as)\s+expected\b/gi, ''));
}
