/**
 * A Lunr index assembled from the shards a query needs. Lunr's own Index.query runs over it, so
 * the ranking is that of the whole index:
 * - every term keeps its global term index and every posting the weight the whole index gave it
 *   (BM25 with the global document count, field lengths and averages, rounded as Lunr rounds);
 * - Lunr's score for a document field is (query vector · field vector) / |query vector|: only the
 *   field vector's entries for the query's terms count, and those are in the query's shards, so a
 *   field vector built from the loaded shards gives the same dot product, summed in the same order;
 * - postings keep the whole index's document order, so ties come out in the same order;
 * - a query's wildcard and fuzzy terms expand against the loaded terms, which hold every expansion.
 */
import lunr from 'lunr';

/** Lunr internals its type definitions leave out (QueryParser, TokenSet.fromArray, Vector()). */
const L = lunr as any;
import type { SearchMeta, Shard, Positions } from './format.js';

export interface Plan {
  /** Shards the query needs. */
  shards: number[];
  /** True when the plan needs terms.json first (then call planWithTerms). */
  needsTerms: boolean;
}

export interface PartialResult {
  doc: number;
  score: number;
  /** Matched index terms → fields. */
  terms: Record<string, string[]>;
}

const ref = (doc: number): string => 'd' + doc;

export class PartialIndex {
  readonly meta: SearchMeta;
  private readonly pipeline: any = lunr.Pipeline.load(['stemmer']);
  private readonly invertedIndex: Record<string, any> = Object.create(null);
  private readonly fieldVectors: Record<string, lunr.Vector> = Object.create(null);
  private readonly loaded = new Set<number>();
  private readonly positionsLoaded = new Set<number>();
  private readonly positionsByTerm = new Map<string, Map<number, Map<number, number[]>>>();
  private terms: string[] = [];
  private tokenSet: any = null;
  private allVectors: Record<string, lunr.Vector> | null = null;
  private fullTokenSet: any = null;

  constructor(meta: SearchMeta) {
    this.meta = meta;
  }

  /** The shard that would hold a term, or -1 when it sorts before every term. */
  shardOf(term: string): number {
    const s = this.meta.shards;
    let lo = 0;
    let hi = s.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid] <= term) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Shards holding terms that begin with a prefix. */
  shardsOfPrefix(prefix: string): number[] {
    const first = Math.max(0, this.shardOf(prefix));
    const last = this.shardOf(prefix + '\uffff');
    const out: number[] = [];
    for (let i = first; i <= last; i++) out.push(i);
    return out;
  }

  /** Lunr's query clauses for a query string, with the terms each clause looks up (after the search pipeline). */
  clauses(q: string): { clause: any; terms: string[] }[] {
    const query: any = new lunr.Query(this.meta.fields);
    new L.QueryParser(q, query).parse();
    return query.clauses.map((clause: any) => ({
      clause,
      terms: clause.usePipeline ? this.pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term],
    }));
  }

  /** Which shards a query needs. Throws lunr.QueryParseError as Index.search would. */
  plan(q: string): Plan {
    const shards = new Set<number>();
    let needsTerms = false;
    for (const { clause, terms } of this.clauses(q)) {
      for (const term of terms) {
        if ('editDistance' in clause) needsTerms = true;
        else if (term.includes('*')) {
          const prefix = term.slice(0, term.indexOf('*'));
          if (!prefix) needsTerms = true;
          else for (const s of this.shardsOfPrefix(prefix)) shards.add(s);
        } else {
          const s = this.shardOf(term);
          if (s >= 0) shards.add(s);
        }
      }
    }
    return { shards: [...shards].sort((a, b) => a - b), needsTerms };
  }

  /** The plan of a query that needed the whole vocabulary (terms.json): the shards of every expansion. */
  planWithTerms(q: string, allTerms: string[]): Plan {
    this.fullTokenSet ??= L.TokenSet.fromArray(allTerms);
    const shards = new Set(this.plan(q).shards);
    for (const { clause, terms } of this.clauses(q)) {
      for (const term of terms) {
        const expanded = this.fullTokenSet.intersect(L.TokenSet.fromClause({ ...clause, term })).toArray();
        for (const t of expanded) shards.add(this.shardOf(t));
      }
    }
    return { shards: [...shards].sort((a, b) => a - b), needsTerms: false };
  }

  has(shard: number): boolean {
    return this.loaded.has(shard);
  }

  hasPositions(shard: number): boolean {
    return this.positionsLoaded.has(shard);
  }

  addShard(n: number, shard: Shard): void {
    if (this.loaded.has(n)) return;
    this.loaded.add(n);
    const fields = this.meta.fields;
    for (const [term, termIndex, byField] of shard) {
      const posting: any = { _index: termIndex };
      for (const f of fields) posting[f] = Object.create(null);
      for (const [fi, docs, weights] of byField) {
        const field = fields[fi];
        const fp = posting[field];
        let doc = 0;
        for (let i = 0; i < docs.length; i++) {
          doc += docs[i];
          fp[ref(doc)] = {};
          const key = field + '/' + ref(doc);
          const vector = (this.fieldVectors[key] ??= new L.Vector());
          vector.insert(termIndex, weights[i] / 1000);
        }
      }
      this.invertedIndex[term] = posting;
      this.terms.push(term);
    }
    this.tokenSet = null;
    this.allVectors = null;
  }

  addPositions(n: number, positions: Positions): void {
    if (this.positionsLoaded.has(n)) return;
    this.positionsLoaded.add(n);
    for (const [term, byField] of positions) {
      const posting = this.invertedIndex[term];
      const perField = new Map<number, Map<number, number[]>>();
      for (const [fi, perDoc] of byField) {
        const docs = posting ? Object.keys(posting[this.meta.fields[fi]]) : [];
        const m = new Map<number, number[]>();
        perDoc.forEach((deltas, i) => {
          let p = 0;
          m.set(+docs[i].slice(1), deltas.map((d) => (p += d)));
        });
        perField.set(fi, m);
      }
      this.positionsByTerm.set(term, perField);
    }
  }

  /** Token positions of an index term in a document's field (needs the term's positions file). */
  positions(term: string, field: number, doc: number): number[] {
    return this.positionsByTerm.get(term)?.get(field)?.get(doc) ?? [];
  }

  hasTerm(term: string): boolean {
    return term in this.invertedIndex;
  }

  private index(negated: boolean): lunr.Index {
    if (!this.tokenSet) {
      this.terms.sort();
      this.tokenSet = L.TokenSet.fromArray(this.terms);
    }
    let fieldVectors = this.fieldVectors;
    if (negated) {
      // A query of prohibited terms only scores every document field, in the whole index's order.
      if (!this.allVectors) {
        const all: Record<string, lunr.Vector> = Object.create(null);
        for (let d = 0; d < this.meta.docCount; d++) {
          for (const f of this.meta.fields) {
            const key = f + '/' + ref(d);
            all[key] = this.fieldVectors[key] ?? new L.Vector();
          }
        }
        this.allVectors = all;
      }
      fieldVectors = this.allVectors;
    }
    return new lunr.Index({
      invertedIndex: this.invertedIndex,
      fieldVectors,
      tokenSet: this.tokenSet,
      fields: this.meta.fields,
      pipeline: this.pipeline,
    } as any);
  }

  /** Lunr's search over the loaded shards; the caller loads plan(q).shards first. */
  search(q: string): PartialResult[] {
    const query: any = new lunr.Query(this.meta.fields);
    new L.QueryParser(q, query).parse();
    const results = this.index(query.isNegated()).search(q);
    return results.map((r) => {
      const terms: Record<string, string[]> = {};
      for (const [term, fields] of Object.entries(r.matchData.metadata)) terms[term] = Object.keys(fields);
      return { doc: +r.ref.slice(1), score: r.score, terms };
    });
  }
}
