/**
 * Attribution parsers for one quoted span. Each returns the speaker phrase as written with its
 * offset in the body, or null; the first that matches wins (see index.ts for the order).
 */
import type { IngestedDoc, Sentence } from '../../types.js';
import { sentenceAt } from '../evidence.js';
import { ATTRIBUTION_VERBS, SPEECH_VERB, speechVerb } from '../attribution/verbs.js';
import { isName, isSpeakerPhrase, subjectAtStart, subjectBefore } from '../attribution/subject.js';
import type { QuoteSpan } from './spans.js';

export interface Attribution {
  /** The speaker as written ("Dong", "he", "Liberal MP Charles Sousa"). */
  phrase: string;
  /** Offset of the phrase in `doc.text`. */
  at: number;
  /** Which parser found it. */
  how: 'after' | 'inverted' | 'quoted-as' | 'before' | 'label' | 'partial' | 'continued';
  /** End of the attribution in `doc.text` (for evidence). */
  end: number;
}

export interface QuoteParser {
  name: Attribution['how'];
  parse(span: QuoteSpan, doc: IngestedDoc): Attribution | null;
}

const NP = String.raw`[^\s"“”,.;:!?()][^"“”,;:!?()]{0,90}?`;
/** `," Dong said` / `," he told the news outlet` / `," Dong said during ...`. */
const SPEAKER_THEN_VERB = new RegExp(String.raw`^\s*(?:[,—–-]\s*)?(${NP})\s+(?:[a-z]+ly\s+)?(?:${ATTRIBUTION_VERBS})\b`, 'u');
/** `," Khaled Al-Maeena, editor at large at the Saudi Gazette, said.`: a description between the name and the verb. */
const SPEAKER_APPOSITIVE_VERB = new RegExp(String.raw`^\s*(?:[,—–-]\s*)?(${NP}),\s+([^"“”,;]{2,120}?),\s+(?:[a-z]+ly\s+)?(?:${ATTRIBUTION_VERBS})\b`, 'u');
/** `" - Matthew Ingram` / `” — Valeska Paris`: a name set after the quotation, ending the paragraph. */
const DASH_BYLINE = /^\s*[-–—]+\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*[.]?\s*$/u;
/** Text after a quotation that is only a short attribution closing the sentence: `" he said.` */
const SHORT_CLOSING = new RegExp(String.raw`^\s+[^"“”.!?]{1,60}?\s(?:${ATTRIBUTION_VERBS})\b[^"“”]{0,40}?[.!]\s*$`, 'u');
/** `," said Liberal MP Charles Sousa, who ...` */
const VERB_THEN_SPEAKER = new RegExp(
  String.raw`^\s*(?:[,—–-]\s*)?(?:${ATTRIBUTION_VERBS})\s+(${NP})(?=\s*(?:[,.;:!?]|$|\s(?:on|in|at|during|after|before|yesterday|today|last|this)\b))`,
  'u',
);
const NAME_AFTER_DESCRIPTION = /^[^,"“”]{0,60},\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)+)\s*[.!]?\s*$/u;
/** `," Detik.com quoted Djamal as saying` */
const QUOTED_AS = new RegExp(String.raw`^\s*,?\s*${NP}\s+quoted\s+(${NP})\s+as\s+(?:saying|telling)\b`, 'u');
/** `Secretary of the Air Force James Roche: "` (a transcript or an email exchange). */
const LABEL = /(?:^|[.:;]\s+|^:\s*)([^.:;"“”]{2,90}?):\s*$/u;
/** `..., with one poster writing "`: "with" and the participle's subject. */
const WITH_SUBJECT = /\bwith\s+((?:(?:one|a|an|the|another|some|many|several|two|three)\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}?)\s*$/u;
/** `in the words of the Crown prosecutor, Mark Tedeschi, QC, "`. */
const WORDS_OF = /\bin\s+the\s+words\s+of\s+([^"“”]{2,120}?),?\s*$/u;
/** `Dong said: "` / `saying, "` / `as saying: "` */
const VERB_BEFORE = /(?<![\p{L}'’-])([a-z]+(?:\s+(?:for|out|on\s+to\s+say))?)\s*(?:,|:|that)?\s*$/u;
/** `has called it "a textbook case ..."`: the subject names the thing in its own words. */
const NAMING_VERB =
  /(?<![,(]\s*)\b(?:has\s+|have\s+|had\s+)?(?:(?:called|calls|labell?ed|branded|termed)\s+(?:it|them|him|her|this|that|the\s+\w+|[\p{L}'’]+(?:\s+[\p{L}'’]+){0,5}?)|(?:described|describes|characteri[sz]ed|characteri[sz]es|portrayed|portrays)\s+(?:[\p{L}'’]+\s+){0,14}?as(?:\s+(?:a|an|the))?)\s*$/u;
/** "The iPhone is claimed to be": a passive, the subject is not the speaker. */
const PASSIVE = /\b(?:is|was|were|are|been|be|being)\s+(?:also\s+)?$/;
/** A quotation that ends an utterance: closing punctuation inside the marks. */
const UTTERANCE_END = /[,!?…—–-]$|\.{3}$/;

function spanSentences(doc: IngestedDoc, span: QuoteSpan): { first?: Sentence; last?: Sentence } {
  return { first: sentenceAt(doc, span.open), last: sentenceAt(doc, Math.max(span.open, span.close - 1)) };
}

function paragraphText(doc: IngestedDoc, span: QuoteSpan): { text: string; start: number } {
  const p = doc.paragraphs[span.paragraph];
  return { text: p.text, start: p.start };
}

/** The paragraph text after a quotation that ends an utterance ("…," / "….") — where an attribution may follow. */
function textAfterQuote(span: QuoteSpan, doc: IngestedDoc): { after: string; afterAt: number } | null {
  const p = paragraphText(doc, span);
  const afterAt = span.close + 1;
  const after = p.text.slice(afterAt - p.start);
  return UTTERANCE_END.test(span.text) || /^\s*,/.test(after) || SHORT_CLOSING.test(after) ? { after, afterAt } : null;
}

export const afterQuote: QuoteParser = {
  name: 'after',
  parse(span, doc) {
    const rest = textAfterQuote(span, doc);
    if (!rest) return null;
    const { after, afterAt } = rest;
    let m = SPEAKER_THEN_VERB.exec(after);
    if (!m || !isSpeakerPhrase(m[1].trim())) {
      m = SPEAKER_APPOSITIVE_VERB.exec(after);
      // "," the union's general secretary, Mary Lopez, said.": the name in the appositive.
      if (m && isName(m[2]) && !isName(m[1])) {
        const at = afterAt + m.index + m[0].indexOf(m[2], m[1].length);
        return { phrase: m[2], at, how: 'after', end: afterAt + m[0].length };
      }
    }
    if (!m || !isSpeakerPhrase(m[1].trim())) return null;
    const at = afterAt + m.index + m[0].indexOf(m[1]);
    return { phrase: m[1].trim(), at, how: 'after', end: afterAt + m[0].length };
  },
};

export const dashByline: QuoteParser = {
  name: 'after',
  parse(span, doc) {
    const p = paragraphText(doc, span);
    const afterAt = span.close + 1;
    const m = DASH_BYLINE.exec(p.text.slice(afterAt - p.start));
    if (!m || !isSpeakerPhrase(m[1])) return null;
    const at = afterAt + m[0].indexOf(m[1]);
    return { phrase: m[1], at, how: 'after', end: at + m[1].length };
  },
};

export const invertedAfterQuote: QuoteParser = {
  name: 'inverted',
  parse(span, doc) {
    const rest = textAfterQuote(span, doc);
    if (!rest) return null;
    const { after, afterAt } = rest;
    const m = VERB_THEN_SPEAKER.exec(after);
    if (!m || !isSpeakerPhrase(m[1].trim())) return null;
    // "said chief investment officer at Solaris Asset Management, Tim Ghriskey.": the name after the description.
    const named = NAME_AFTER_DESCRIPTION.exec(after.slice(m[0].length));
    if (named && !/^\p{Lu}/u.test(m[1].trim())) {
      const at = afterAt + m[0].length + named[0].indexOf(named[1]);
      return { phrase: named[1], at, how: 'inverted', end: at + named[1].length };
    }
    return { phrase: m[1].trim(), at: afterAt + m[0].lastIndexOf(m[1]), how: 'inverted', end: afterAt + m[0].length };
  },
};

export const quotedAs: QuoteParser = {
  name: 'quoted-as',
  parse(span, doc) {
    const p = paragraphText(doc, span);
    const afterAt = span.close + 1;
    const m = QUOTED_AS.exec(p.text.slice(afterAt - p.start));
    if (!m || !isSpeakerPhrase(m[1].trim())) return null;
    return { phrase: m[1].trim(), at: afterAt + m[0].indexOf(m[1]), how: 'quoted-as', end: afterAt + m[0].length };
  },
};

/** The text of the span's sentence before the opening mark; the sentence before if it ends with ":". */
function lead(doc: IngestedDoc, span: QuoteSpan): { text: string; start: number } {
  const { first } = spanSentences(doc, span);
  if (!first) return { text: '', start: span.open };
  let start = first.start;
  let text = doc.text.slice(start, span.open);
  if (!text.trim()) {
    const prev = doc.sentences[first.index - 1];
    // A quotation that opens its paragraph after "Rathbun stated," or "said:" ending the paragraph before.
    const carried = prev && prev.paragraph === first.paragraph - 1 && span.open === doc.paragraphs[first.paragraph].start && /[,:]\s*$/.test(prev.text);
    if (prev && (prev.paragraph === first.paragraph || carried) && /[,:]\s*$/.test(prev.text) && (carried || /:\s*$/.test(prev.text))) {
      start = prev.start;
      text = doc.text.slice(start, span.open);
    }
  }
  return { text, start };
}

export const beforeQuote: QuoteParser = {
  name: 'before',
  parse(span, doc) {
    const { text, start } = lead(doc, span);
    if (!/[,:]\s*$|\b(?:saying|said|says|wrote|writes|writing|tweeted|tweeting|reads|read|adding|stating|declaring)\s*$/.test(text)) return null;
    const v = VERB_BEFORE.exec(text);
    if (!v || (!speechVerb(v[1]) && !/^(?:reads|read|asked|asks)$/.test(v[1]))) return null;
    const upTo = text.slice(0, v.index);
    const withSubject = /ing$/.test(v[1]) ? WITH_SUBJECT.exec(upTo) : null;
    if (withSubject && isSpeakerPhrase(withSubject[1])) {
      // "..., with one poster writing "...": the subject of the participle.
      return { phrase: withSubject[1], at: start + withSubject.index + withSubject[0].indexOf(withSubject[1]), how: 'before', end: span.open };
    }
    if (/ing$/.test(v[1]) && /\bby\s*$/.test(upTo)) {
      // "O'Leary justified his choice by saying, "..."": the subject of the clause.
      const s = subjectAtStart(upTo.replace(/\s*\bby\s*$/, ''), true);
      return s ? { phrase: s.text, at: start + s.start, how: 'before', end: span.open } : null;
    }
    if (/ing$/.test(v[1]) && /,\s*$/.test(upTo)) {
      // "Dong emailed the media outlet, saying, "..."": the subject of the clause before.
      const s = subjectAtStart(upTo.replace(/,\s*$/, ''), true);
      return s ? { phrase: s.text, at: start + s.start, how: 'before', end: span.open } : null;
    }
    // "The UAW issued a statement saying "...": the subject of the clause.
    const s = subjectBefore(upTo) ?? (/ing$/.test(v[1]) ? subjectAtStart(upTo, true) : null);
    return s ? { phrase: s.text, at: start + s.start, how: 'before', end: span.open } : null;
  },
};

export const wordsOf: QuoteParser = {
  name: 'before',
  parse(span, doc) {
    const { text, start } = lead(doc, span);
    const m = WORDS_OF.exec(text);
    if (!m) return null;
    // "the Crown prosecutor, Mark Tedeschi, QC": the name among the commas.
    const parts = m[1].split(/,\s*/);
    const part = parts.find((x) => /^\p{Lu}\p{Ll}/u.test(x) && x.includes(' ') && isSpeakerPhrase(x)) ?? parts.find((x) => isSpeakerPhrase(x.trim()));
    if (!part) return null;
    return { phrase: part.trim(), at: start + m.index + m[0].indexOf(part), how: 'before', end: span.open };
  },
};

export const labelBefore: QuoteParser = {
  name: 'label',
  parse(span, doc) {
    const p = paragraphText(doc, span);
    const before = p.text.slice(0, span.open - p.start);
    const m = LABEL.exec(before);
    if (!m) return null;
    const phrase = m[1].trim();
    if (!isSpeakerPhrase(phrase) || !/^\p{Lu}/u.test(phrase)) return null;
    return { phrase, at: p.start + m.index + m[0].indexOf(m[1]) + (m[1].length - m[1].trimStart().length), how: 'label', end: span.open };
  },
};

/** Verbs whose complement may hold someone's words ("said that it is “getting ready”"); not plans, beliefs or documents. */
function frames(form: string): boolean {
  const v = speechVerb(form);
  return !!v && v.takes !== 'to' && !v.documentary && v.stance !== 'praises' && v.stance !== 'criticises' && v.stance !== 'believes';
}

/** `Trudeau claimed that Dong was an "outstanding member ..."`: the subject of the speech verb before it. */
export const partialQuote: QuoteParser = {
  name: 'partial',
  parse(span, doc) {
    const { text, start } = lead(doc, span);
    const naming = NAMING_VERB.exec(text);
    if (naming) {
      const s = subjectBefore(text.slice(0, naming.index));
      if (s) return { phrase: s.text, at: start + s.start, how: 'partial', end: span.open };
    }
    const verbs = [...text.matchAll(SPEECH_VERB)].filter(
      (v) => !PASSIVE.test(text.slice(0, v.index)) && frames(v[1]) && !/^\s*,/.test(text.slice(v.index! + v[0].length)),
    );
    for (let i = verbs.length - 1; i >= 0; i--) {
      const v = verbs[i];
      const upTo = text.slice(0, v.index);
      const s = /ing$/.test(v[1]) && /,\s*$/.test(upTo) ? subjectAtStart(upTo.replace(/,\s*$/, ''), true) : subjectBefore(upTo);
      if (s) return { phrase: s.text, at: start + s.start, how: 'partial', end: span.open };
    }
    return null;
  },
};
