/** Small statistics of the generated archive and of measured times. */
import type { GeneratedArticle } from './generate.js';

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i];
}

export const median = (v: number[]) => percentile(v, 50);

const WORD = /[\p{L}][\p{L}'’]*/gu;

/** Lowercased word tokens (letters and apostrophes), as a reader would count words. */
export function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** Heaps' law fit V = k · n^β through two points of the vocabulary growth curve. */
export function heaps(points: { tokens: number; distinct: number }[]): { k: number; beta: number } {
  const a = points[Math.floor(points.length / 4)];
  const b = points[points.length - 1];
  const beta = Math.log(b.distinct / a.distinct) / Math.log(b.tokens / a.tokens);
  return { beta, k: b.distinct / Math.pow(b.tokens, beta) };
}

export interface ArchiveStats {
  articles: number;
  bytes: number;
  tokens: number;
  distinctWords: number;
  heaps: { k: number; beta: number };
  words: { median: number; p90: number; p99: number; max: number };
  forms: Record<string, number>;
  datelines: number;
  years: { first: string; last: string; distinct: number };
  paragraphs: number;
  quotedParagraphs: number;
  people: { distinct: number; topArticles: number; inOneOrTwo: number };
  organizations: { distinct: number; topArticles: number; inOneOrTwo: number };
  places: { distinct: number; topArticles: number; inOneOrTwo: number };
}

/** What the statistics read of a generated article (its text and what the generator put in it). */
export type ArticleLike = Pick<GeneratedArticle, 'text' | 'meta'>;

export class ArchiveStatsCollector {
  private vocab = new Set<string>();
  private tokens = 0;
  private bytes = 0;
  private lengths: number[] = [];
  private forms: Record<string, number> = {};
  private datelines = 0;
  private dates: string[] = [];
  private paragraphs = 0;
  private quoted = 0;
  private ents = { people: new Map<number, number>(), organizations: new Map<number, number>(), places: new Map<number, number>() };
  readonly curve: { tokens: number; distinct: number }[] = [];

  add(a: ArticleLike): void {
    for (const w of words(a.text)) {
      this.vocab.add(w);
      this.tokens++;
    }
    this.bytes += Buffer.byteLength(a.text);
    this.lengths.push(a.meta.words);
    this.forms[a.meta.form] = (this.forms[a.meta.form] ?? 0) + 1;
    if (a.meta.dateline) this.datelines++;
    this.dates.push(a.meta.published);
    this.paragraphs += a.meta.paragraphs;
    this.quoted += a.meta.quotes;
    for (const k of ['people', 'organizations', 'places'] as const) for (const i of a.meta[k]) this.ents[k].set(i, (this.ents[k].get(i) ?? 0) + 1);
    const n = this.lengths.length;
    if ((n & (n - 1)) === 0 || n % 1000 === 0) this.curve.push({ tokens: this.tokens, distinct: this.vocab.size });
  }

  result(): ArchiveStats {
    this.curve.push({ tokens: this.tokens, distinct: this.vocab.size });
    const ent = (m: Map<number, number>) => {
      const counts = [...m.values()];
      return { distinct: m.size, topArticles: Math.max(0, ...counts), inOneOrTwo: counts.filter((c) => c <= 2).length / Math.max(1, counts.length) };
    };
    const sortedDates = [...this.dates].sort();
    return {
      articles: this.lengths.length,
      bytes: this.bytes,
      tokens: this.tokens,
      distinctWords: this.vocab.size,
      heaps: heaps(this.curve),
      words: { median: median(this.lengths), p90: percentile(this.lengths, 90), p99: percentile(this.lengths, 99), max: Math.max(...this.lengths) },
      forms: this.forms,
      datelines: this.datelines,
      years: { first: sortedDates[0], last: sortedDates[sortedDates.length - 1], distinct: new Set(this.dates.map((d) => d.slice(0, 4))).size },
      paragraphs: this.paragraphs,
      quotedParagraphs: this.quoted,
      people: ent(this.ents.people),
      organizations: ent(this.ents.organizations),
      places: ent(this.ents.places),
    };
  }
}
