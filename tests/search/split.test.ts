/**
 * The split index ranks exactly as one whole Lunr index over the same records: same refs, same
 * order, same scores, for generated queries of every kind (single and several terms, person,
 * date, prefix, fuzzy, +/-, field-scoped, boosted, prohibited-only), over the seeds and the
 * MEANTIME dev articles (MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import type lunr from 'lunr';
import { buildLunrIndex } from '../helpers/lunr-reference.js';
import { buildSplitIndex, splitIndexFiles, type SplitIndex } from '../../src/search/split.js';
import { searchSplit, SplitSearcher } from '../helpers/split-searcher.js';
import { generateQueries } from '../../bench/lib/identity.js';
import type { ArticleRecord } from '../../src/write/schema.js';
import { seedRecords, meantimeRecords } from './records.js';

function compare(whole: lunr.Index, split: SplitIndex, queries: string[], searcher?: SplitSearcher): number {
  let nonEmpty = 0;
  for (const q of queries) {
    const expected = whole.search(q).map((r) => ({ ref: r.ref, score: r.score }));
    const got = searcher ? searcher.search(q) : searchSplit(split, q);
    expect(
      got.map((r) => r.ref),
      q,
    ).toEqual(expected.map((r) => r.ref));
    expect(
      got.map((r) => r.score.toFixed(3)),
      q,
    ).toEqual(expected.map((r) => r.score.toFixed(3)));
    expect(
      got.map((r) => r.score),
      q,
    ).toEqual(expected.map((r) => r.score));
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

  it("matches the same terms in each result as Lunr's own search over the same shards (for highlighting)", () => {
    const split = buildSplitIndex(records);
    const searcher = new SplitSearcher(split);
    let compared = 0;
    for (const q of queries) {
      searcher.load(q);
      const fast = searcher.index.search(q);
      const own = searcher.index.lunrSearch(q);
      expect(
        fast.map((r) => r.doc),
        q,
      ).toEqual(own.map((r) => r.doc));
      fast.forEach((r, i) => expect([...r.terms].sort(), q).toEqual([...own[i].terms].sort()));
      compared += fast.length;
    }
    expect(compared).toBeGreaterThan(5_000);
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
    expect(files.has('t0.json') && files.has('p0.json') && files.has('ft0-0-0.json') && files.has('c.json') && files.has('d/0.json')).toBe(true);
    expect(JSON.parse(files.get('meta.json')!).docCount).toBe(122);
    expect(JSON.parse(files.get(`d/${split.ids.length - 1}.json`)!).id).toBe(split.ids[split.ids.length - 1]);
    // Shard files are the texts made while cutting the shards: the shards' own JSON.
    expect(split.shards.length).toBeGreaterThan(1);
    split.shards.forEach((shard, n) => expect(files.get(`t${n}.json`)).toBe(JSON.stringify(shard)));
  });
});
