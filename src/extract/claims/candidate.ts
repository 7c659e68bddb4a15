/** What a claim parser reads from one sentence, before the claimant is resolved. */
import type { IngestedDoc, Sentence, Stance } from '../../types.js';

export interface Candidate {
  /** The claimant as written ("Dong", "he", "two national security sources"). */
  phrase: string;
  /** Offset of `phrase` in `doc.text`. */
  at: number;
  stance: Stance;
  /** The attributing words as written ("said", "according to"). */
  cue?: string;
  /** The content: what is claimed (the that-clause, the object of "denied", ...). */
  text: string;
  /** Offset of `text` in `doc.text`. */
  textAt: number;
  /** The chain it came through, as written ("CSIS documents"). */
  via?: string;
  /** Which parser read it (reported, trailing, according, passive, interposed). */
  how: string;
  sentence: Sentence;
}

export interface ClaimParser {
  name: string;
  parse(sentence: Sentence, doc: IngestedDoc, quoted: { start: number; end: number }[]): Candidate[];
}

/** Trailing sentence punctuation and spaces. */
export function trimContent(text: string): string {
  return text
    .replace(/^\s*(?:that\b,?\s*)?/i, '')
    .replace(/[\s.,;:]+$/u, '')
    .replace(/^["“]([^"“”]*)["”]$/su, '$1')
    .trim();
}
