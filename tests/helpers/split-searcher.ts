/**
 * Node-side search over a split index (src/search/split.ts), loading shards as a browser would:
 * what the tests and the benchmark compare with one whole Lunr index (lunr-reference.ts).
 */
import { PartialIndex } from '../../src/search/partial.js';
import type { SplitIndex } from '../../src/search/split.js';

export interface SplitHit {
  ref: string;
  score: number;
}

/**
 * Node-side search over a split index, loading shards as a browser would (cumulatively, only those
 * a query needs). Its results are those of lunr's Index.search on the whole index.
 */
export class SplitSearcher {
  readonly split: SplitIndex;
  readonly index: PartialIndex;
  /** Shard files loaded so far. */
  readonly loaded = new Set<number>();

  constructor(split: SplitIndex) {
    this.split = split;
    this.index = new PartialIndex(split.meta);
  }

  /** Shards a query needs (terms.json stands in for the whole vocabulary where needed). */
  shardsFor(q: string): number[] {
    const plan = this.index.plan(q);
    return plan.needsTerms ? this.index.planWithTerms(q, this.split.terms).shards : plan.shards;
  }

  load(q: string): void {
    for (const s of this.shardsFor(q)) {
      this.index.addShard(s, this.split.shards[s]);
      this.loaded.add(s);
    }
  }

  search(q: string): SplitHit[] {
    this.load(q);
    return this.index.search(q).map((r) => ({ ref: this.split.ids[r.doc], score: r.score }));
  }
}

/** One query on a fresh split searcher (the first query of a page). */
export function searchSplit(split: SplitIndex, q: string): SplitHit[] {
  return new SplitSearcher(split).search(q);
}
