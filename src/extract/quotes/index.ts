/**
 * Direct quotes: quoted spans (spans.ts), attributed by a pipeline of parsers (attribute.ts),
 * then refined: scare quotes dropped (scare.ts), unattributed spans that continue an attributed
 * quotation take its speaker, speaker phrases resolved to the article's people and organisations.
 */
import type { Quote } from '../../types.js';
import type { ExtractContext, Extractor } from '../context.js';
import { sentenceAt } from '../evidence.js';
import { SpeakerResolver } from '../attribution/resolve.js';
import { isUnnamedWrittenSource, sourceKind } from '../attribution/kind.js';
import { quoteSpans, type QuoteSpan } from './spans.js';
import {
  afterQuote,
  beforeQuote,
  dashByline,
  invertedAfterQuote,
  labelBefore,
  partialQuote,
  quotedAs,
  wordsOf,
  type Attribution,
  type QuoteParser,
} from './attribute.js';
import { isScareQuote, isShortPhrase } from './scare.js';

/** Order matters: the attribution closest to the quotation first. */
export const QUOTE_PARSERS: readonly QuoteParser[] = [quotedAs, afterQuote, invertedAfterQuote, dashByline, wordsOf, beforeQuote, labelBefore, partialQuote];

/** Unattributed text this long in quotation marks is kept as a quote without a speaker. */
const MIN_UNATTRIBUTED_WORDS = 6;
/** Longest stretch between two parts of one quotation split around its attribution. */
const MAX_SPLIT_GAP = 160;

interface Found {
  span: QuoteSpan;
  attribution: Attribution | null;
  speaker: string | null;
}

/** The sentences from offset `from` to `to` (a quotation with its attribution), and the index of the first. */
function evidence(ctx: ExtractContext, from: number, to: number): Pick<Quote, 'sentence' | 'sentenceIndex'> {
  const a = sentenceAt(ctx.doc, from);
  const b = sentenceAt(ctx.doc, Math.max(from, to - 1));
  if (!a || !b) return { sentence: ctx.doc.text.slice(from, to) };
  const sentence = ctx.doc.sentences
    .slice(a.index, b.index + 1)
    .map((s) => s.text)
    .join(' ');
  return { sentence, sentenceIndex: a.index };
}

/** Is `span` the next part of the quotation in `prev`: same paragraph after a short attribution, or the next paragraph? */
function continues(ctx: ExtractContext, prev: Found, span: QuoteSpan): boolean {
  if (!prev.speaker) return false;
  const p = ctx.doc.paragraphs[span.paragraph];
  if (prev.span.paragraph === span.paragraph) {
    const gap = ctx.doc.text.slice(prev.span.close + 1, span.open);
    // `"...Europe"... "In addition, ..."`: two parts of one quotation with nothing but punctuation between.
    if (/^[\s.…,;–—-]*$/.test(gap)) return true;
    return gap.length <= MAX_SPLIT_GAP && prev.attribution !== null && prev.attribution.end >= prev.span.close && /[.!?:,]\s*$/.test(gap);
  }
  const opensParagraph = span.open === p.start;
  const prevEndsParagraph = prev.span.runsOn || span.paragraph === prev.span.paragraph + 1;
  return opensParagraph && prevEndsParagraph && span.paragraph === prev.span.paragraph + 1;
}

export function findQuotes(ctx: ExtractContext): Quote[] {
  const spans = quoteSpans(ctx.doc);
  const resolver = new SpeakerResolver(ctx.doc, ctx.result, spans);
  const found: Found[] = [];
  for (const span of spans) {
    let attribution: Attribution | null = null;
    for (const parser of QUOTE_PARSERS) {
      attribution = parser.parse(span, ctx.doc);
      if (attribution) break;
    }
    found.push({ span, attribution, speaker: null });
  }
  // Names first, so that pronouns can point back to speakers the entity list missed.
  for (const f of found) {
    const a = f.attribution;
    if (!a || /^(?:he|she|they|it|him|her)$/i.test(a.phrase)) continue;
    f.speaker = isUnnamedWrittenSource(a.phrase) ? a.phrase.replace(/^(?:the|a|an)\s+/i, '') : resolver.resolve(a.phrase, a.at);
    // "Civilian Deputy Undersecretary of the Air Force for Acquisition Darleen Druyun": the one person the title names.
    if (f.speaker && !resolver.knows(f.speaker)) {
      const people = resolver.namesIn(a.phrase).filter((n) => resolver.kindOf(n) === 'person');
      if (people.length === 1) f.speaker = people[0];
    }
    if (f.speaker && /^\p{Lu}/u.test(f.speaker)) {
      resolver.learn(f.speaker, resolver.kindOf(f.speaker));
      resolver.noteSpeaker(f.speaker, a.at);
    }
  }
  let prev: Found | null = null;
  for (const f of found) {
    if (f.attribution && !f.speaker) {
      f.speaker = resolver.resolve(f.attribution.phrase, f.attribution.at);
      if (f.speaker) resolver.noteSpeaker(f.speaker, f.attribution.at);
    }
    if (!f.attribution && prev && continues(ctx, prev, f.span)) {
      f.speaker = prev.speaker;
      f.attribution = { ...prev.attribution!, how: 'continued' };
    }
    prev = f;
  }
  const out: Quote[] = [];
  for (const f of found) {
    const before = ctx.doc.text.slice(Math.max(0, f.span.open - 40), f.span.open);
    if (isScareQuote(f.span, before, spans)) continue;
    if (!f.speaker && (isShortPhrase(f.span) || f.span.text.split(/\s+/).length < MIN_UNATTRIBUTED_WORDS)) continue;
    const text = f.span.text.replace(/[,\s—–-]+$/, '');
    const a = f.attribution;
    const from = Math.min(f.span.open, a && a.how !== 'continued' ? a.at : f.span.open);
    const to = Math.max(f.span.close + 1, a && a.how !== 'continued' ? a.end : 0);
    const quote: Quote = { speaker: f.speaker, text, ...evidence(ctx, from, to) };
    if (f.speaker && a) quote.speakerKind = sourceKind(a.phrase, f.speaker, (n) => resolver.kindOf(n) === 'org');
    out.push(quote);
  }
  return out;
}

export const quotes: Extractor = {
  name: 'quotes',
  run(ctx) {
    ctx.result.quotes = findQuotes(ctx);
  },
};
