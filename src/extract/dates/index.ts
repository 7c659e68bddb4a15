/**
 * Dates the article mentions: the phrase as written, its ISO value at its true granularity
 * (2021, 2021-02, 2021-09-24), the end of a range, and the sentence it came from.
 * Relative dates count back from the publication date (see chrono-news.ts). An article without
 * a publication date keeps only the dates that do not depend on one.
 */
import type { ParsedResult } from 'chrono-node';
import type { DateMention, Sentence } from '../../types.js';
import type { Extractor } from '../context.js';
import { parseIsoDay } from './calendar.js';
import { newsChrono } from './chrono-news.js';
import { isoValue } from './value.js';

export interface DateFound {
  text: string;
  value: string;
  end?: string;
  /** Offset of the phrase in the text parsed. */
  index: number;
}

/** Two far-apart references: a date found the same under both does not depend on the reference. */
const PROBE_REFERENCES = ['2001-04-11', '2013-10-23'];

function referenceInstant(published: string): Date | null {
  const d = parseIsoDay(published.slice(0, 10));
  return d ? new Date(d.year, d.month - 1, d.day, 12) : null;
}

function toFound(r: ParsedResult): DateFound | null {
  const value = isoValue(r.start);
  if (!value) return null;
  const end = r.end ? isoValue(r.end) : null;
  return { text: r.text, value, ...(end && end !== value ? { end } : {}), index: r.index };
}

function parseAt(text: string, reference: Date): DateFound[] {
  return newsChrono
    .parse(text, reference)
    .map(toFound)
    .filter((d): d is DateFound => d !== null);
}

/** Every date mentioned in `text`, relative ones counted from `published` (YYYY-MM-DD). */
export function findDates(text: string, published: string | null): DateFound[] {
  const ref = published ? referenceInstant(published) : null;
  if (ref) return parseAt(text, ref);
  const [a, b] = PROBE_REFERENCES.map((p) => parseAt(text, referenceInstant(p)!));
  return a.filter((d) => b.some((e) => e.index === d.index && e.text === d.text && e.value === d.value && e.end === d.end));
}

/** The sentence holding offset `at` (sentences are sorted by start). */
function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= at) lo = mid + 1;
    else if (sentences[mid].start > at) hi = mid - 1;
    else return sentences[mid];
  }
  return sentences[lo];
}

/** A date found in `sentence`: a body sentence (with its index) or a header line (the title, the dek). */
function mention(d: DateFound, sentence: Pick<Sentence, 'text' | 'index'> | string | undefined): DateMention {
  const evidence = typeof sentence === 'string' ? { sentence } : sentence ? { sentence: sentence.text, sentenceIndex: sentence.index } : {};
  return { text: d.text, value: d.value, ...(d.end ? { end: d.end } : {}), ...evidence };
}

export const dates: Extractor = {
  name: 'dates',
  run(ctx) {
    const { doc } = ctx;
    const out: DateMention[] = [];
    for (const line of [doc.header.title, doc.header.dek]) {
      if (line) out.push(...findDates(line, ctx.published).map((d) => mention(d, line)));
    }
    for (const d of findDates(doc.text, ctx.published)) out.push(mention(d, sentenceAt(doc.sentences, d.index)));
    ctx.result.dates = out;
  },
};
