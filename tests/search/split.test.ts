/**
 * The split index ranks exactly as one whole Lunr index over the same records: same refs, same
 * order, same scores, for generated queries of every kind (single and several terms, person,
 * date, prefix, fuzzy, +/-, field-scoped, boosted, prohibited-only), over the seeds and the
 * MEANTIME dev articles (MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import type lunr from 'lunr';
import { buildLunrIndex } from '../../src/search/build.js';
import { buildSplitIndex, searchSplit, SplitSearcher, splitIndexFiles, type SplitIndex } from '../../src/search/split.js';
import { dateTokens, plainText } from '../../src/search/documents.js';
import { parseQuery } from '../../src/client/query.js';
import type { ArticleRecord } from '../../src/write/schema.js';
import { seedRecords, meantimeRecords } from './records.js';

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Queries of every kind, from words of the records' own text, names and dates. */
export function generateQueries(records: ArticleRecord[], count: number, seed = 7): string[] {
  const rand = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const words = [...new Set(records.flatMap((r) => plainText(r.body).toLowerCase().split(/[^a-z]+/)).filter((w) => w.length > 3))].sort();
  const names = [...new Set(records.flatMap((r) => r.people.flatMap((p) => [p.name, ...p.aliases])))].sort();
  const dates = [...new Set(records.flatMap((r) => [...(r.published ? [r.published] : []), ...r.dates.map((d) => d.value)]))].sort();
  const kinds: (() => string)[] = [
    () => pick(words),
    () => `${pick(words)} ${pick(words)}`,
    () => `${pick(words)} ${pick(words)} ${pick(words)}`,
    () => `+${pick(words)} ${pick(words)}`,
    () => `+${pick(words)} -${pick(words)}`,
    () => `${pick(words)} -${pick(words)}`,
    () => `-${pick(words)}`,
    () => `${pick(words).slice(0, 3)}*`,
    () => `${pick(words).slice(0, 5)}*`,
    () => `*${pick(words).slice(-3)}`,
    () => `${pick(words)}~1`,
    () => `${pick(words)}~2`,
    () => `title:${pick(words)}`,
    () => `${pick(words)}^4 ${pick(words)}`,
    () => pick(names).toLowerCase(),
    () => pick(names).split(' ').pop()!.toLowerCase(),
    () => parseQuery(`person:"${pick(names)}"`).lunr,
    () => pick(dateTokens(pick(dates))),
    () => parseQuery(pick(dates)).lunr,
    () => `dates:${pick(dateTokens(pick(dates)))} ${pick(words)}`,
  ];
  return Array.from({ length: count }, (_v, i) => kinds[i % kinds.length]());
}

function compare(whole: lunr.Index, split: SplitIndex, queries: string[], searcher?: SplitSearcher): number {
  let nonEmpty = 0;
  for (const q of queries) {
    const expected = whole.search(q).map((r) => ({ ref: r.ref, score: r.score }));
    const got = searcher ? searcher.search(q) : searchSplit(split, q);
    expect(got.map((r) => r.ref), q).toEqual(expected.map((r) => r.ref));
    expect(got.map((r) => r.score.toFixed(3)), q).toEqual(expected.map((r) => r.score.toFixed(3)));
    expect(got.map((r) => r.score), q).toEqual(expected.map((r) => r.score));
    if (expected.length) nonEmpty++;
  }
  return nonEmpty;
}

describe('split index against one whole Lunr index', () => {
  let records: ArticleRecord[];
  let whole: lunr.Index;
  let queries: string[];

  beforeAll(() => {
    records = [...seedRecords(), ...meantimeRecords()];
    whole = buildLunrIndex(records);
    queries = generateQueries(records, 400);
  }, 120_000);

  it('builds records of the seeds and the MEANTIME dev articles', () => {
    expect(records).toHaveLength(122);
    expect(new Set(queries).size).toBeGreaterThan(300);
  });

  it('gives the same refs, order and scores for 400 generated queries, each on a fresh page', () => {
    const split = buildSplitIndex(records);
    expect(split.shards.length).toBeGreaterThan(5);
    expect(compare(whole, split, queries)).toBeGreaterThan(300);
  });

  it('stays equal with tiny shards, loading cumulatively as a page does', () => {
    const split = buildSplitIndex(records, { shardChars: 1500 });
    expect(split.shards.length).toBeGreaterThan(150);
    const searcher = new SplitSearcher(split);
    compare(whole, split, queries, searcher);
    expect(searcher.loaded.size).toBeLessThan(split.shards.length);
  });

  it('fetches for a one-word query only the shard that holds its term', () => {
    const split = buildSplitIndex(records, { shardChars: 1500 });
    const searcher = new SplitSearcher(split);
    const shards = searcher.shardsFor('kovrig');
    expect(shards).toHaveLength(1);
    expect(split.shards[shards[0]].map((e) => e[0])).toContain('kovrig');
    expect(searcher.search('kovrig').map((r) => r.ref)).toEqual(whole.search('kovrig').map((r) => r.ref));
    expect(searcher.search('kovrig')).toHaveLength(2);
  });

  it('writes every part as JSON named as the client asks for it', () => {
    const split = buildSplitIndex(records);
    const files = splitIndexFiles(split);
    expect(files.has('meta.json')).toBe(true);
    expect(files.has('t0.json') && files.has('p0.json') && files.has('f0.json') && files.has('d/0.json')).toBe(true);
    expect(JSON.parse(files.get('meta.json')!).docCount).toBe(122);
    expect(JSON.parse(files.get(`d/${split.ids.length - 1}.json`)!).id).toBe(split.ids[split.ids.length - 1]);
  });
});
