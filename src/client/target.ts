/**
 * What a search result shows and where it leads: the snippet, and the anchor (`s-N`) of the
 * article sentence that matched. When the question names dates (in the query, or a range of
 * mentioned dates) and the article mentions one of them in a body sentence, that sentence is the
 * snippet, its date marked, and the link goes to it; otherwise the snippet is the stretch around
 * the matched words and the link goes to the sentence holding the first of them.
 */
import type { DocFragment } from '../search/documents.js';
import { boundDay } from '../search/date-range.js';
import { decodeStarts, sentenceAt, sentenceText } from '../lib/anchors.js';
import { snippet, type SnippetPart } from './snippet.js';

/** A span of dates asked for, as ISO values (YYYY, YYYY-MM or YYYY-MM-DD). */
export interface DateSpan {
  from: string;
  to: string;
}

export interface ResultView {
  parts: SnippetPart[];
  /** The matched words as written in the text (for highlighting on the article page). */
  words: string[];
  /** "s-N", or null when the match is not in a body sentence the search knows. */
  anchor: string | null;
}

/** Whether a date value (a day, month or year) lies inside the span, as the index's date tokens match it. */
function within(value: string, span: DateSpan): boolean {
  const lo = boundDay(value, false);
  const hi = boundDay(value, true);
  const from = boundDay(span.from, false);
  const to = boundDay(span.to, true);
  if (lo === null || hi === null || from === null || to === null) return false;
  return lo >= from && hi <= to;
}

/**
 * Whether a mentioned date matches a span: its value or its end inside it (a year mentioned
 * does not match a day asked for; a day mentioned matches its year).
 */
function matches(value: string, end: string, span: DateSpan): boolean {
  return within(value, span) || (!!end && within(end, span));
}

/** The sentence as parts, its first occurrence of the date as written marked. */
function markDate(sentence: string, written: string): SnippetPart[] {
  const at = sentence.indexOf(written);
  if (at < 0) return [{ text: sentence, mark: false }];
  const parts: SnippetPart[] = [];
  if (at > 0) parts.push({ text: sentence.slice(0, at), mark: false });
  parts.push({ text: written, mark: true });
  if (at + written.length < sentence.length) parts.push({ text: sentence.slice(at + written.length), mark: false });
  return parts;
}

/**
 * Whether the opening of a text (a display file with `more`) shows the same as the whole text
 * would: the sentence of a date asked for lies inside it, or the snippet around the matched words
 * cannot change with more text (snippet.ts `whole`). Otherwise the rest is fetched first.
 */
export function openingSuffices(d: DocFragment, terms: Set<string>, spans: DateSpan[]): boolean {
  if (!d.more) return true;
  const starts = d.s ? decodeStarts(d.s) : null;
  if (starts) {
    for (const [, value, end, n] of d.dt ?? []) {
      if (!spans.some((s) => matches(value, end, s))) continue;
      const next = starts.slice(n).find((s) => s > starts[n - 1]);
      return starts[n - 1] < d.text.length && next !== undefined && next <= d.text.length;
    }
  }
  return snippet(d.text, terms).whole;
}

export function resultView(d: DocFragment, terms: Set<string>, spans: DateSpan[]): ResultView {
  const around = snippet(d.text, terms);
  const starts = d.s ? decodeStarts(d.s) : null;
  if (!starts) return { parts: around.parts, words: around.words, anchor: null };
  for (const [written, value, end, n] of d.dt ?? []) {
    if (!spans.some((s) => matches(value, end, s))) continue;
    const sentence = sentenceText(d.text, starts, n);
    if (!sentence) continue;
    return { parts: markDate(sentence, written), words: around.words, anchor: `s-${n}` };
  }
  const n = around.at >= 0 ? sentenceAt(starts, around.at) : null;
  return { parts: around.parts, words: around.words, anchor: n === null ? null : `s-${n}` };
}
