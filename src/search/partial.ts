/**
 * A Lunr index assembled from the shards a query needs. Lunr's query algorithm runs over it, so
 * the ranking is that of the whole index:
 * - every term keeps its global term index and every posting the weight the whole index gave it
 *   (BM25 with the global document count, field lengths and averages, rounded as Lunr rounds);
 * - Lunr's score for a document field is (query vector · field vector) / |query vector|: only the
 *   field vector's entries for the query's terms count, and those are in the query's shards, so a
 *   field vector built from the loaded shards gives the same dot product, summed in the same order;
 * - postings keep the whole index's document order, so ties come out in the same order;
 * - a query's wildcard and fuzzy terms expand against the loaded terms, which hold every expansion.
 *
 * search() is Lunr's Index.query step for step (clauses, pipeline, term expansion with Lunr's own
 * TokenSet, required and prohibited sets, the query vector's upserts and magnitude, field scores as
 * dot products in term-index order summed per document in the order Lunr meets the field refs, the
 * stable sort by score), over postings held in typed arrays instead of Lunr's objects keyed by
 * "field/ref" strings: the same numbers and order, several times faster on large result sets.
 * lunrSearch() runs Lunr's own Index.search over the same data (its objects are made only then),
 * for the tests to compare.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Lunr's internals, which its type definitions leave out or declare
   otherwise (QueryParser, TokenSet.fromArray, new Vector(), Pipeline.runString's metadata, Query.isNegated, postings). */
import lunr from 'lunr';
import { analysisPipeline } from '../lib/analysis.js';

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
  readonly doc: number;
  readonly score: number;
  /** Matched index terms, in the order Lunr's match data meets them. */
  readonly terms: string[];
}

/** One term's postings in one field: documents ascending, and the field-vector weight of each. */
interface FieldData {
  docs: Int32Array;
  weights: Float64Array;
}
interface TermData {
  index: number;
  fields: (FieldData | undefined)[];
}

/** lunr.Set.complete, or a set of documents (lunr.Set.empty is an empty set). */
type DocSet = Set<number> | 'complete';
/** The documents in both (a set is only asked whether it holds a document: its order does not matter, so the smaller one is walked). */
function intersect(a: DocSet, b: DocSet): DocSet {
  if (a === 'complete' || a === b) return b;
  if (b === 'complete') return a;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const out = new Set<number>();
  for (const d of small) if (large.has(d)) out.add(d);
  return out;
}
function union(a: DocSet, b: DocSet | Int32Array): DocSet {
  if (a === 'complete' || b === 'complete') return 'complete';
  const out = new Set(a);
  for (const d of b) out.add(d);
  return out;
}
const contains = (s: DocSet, d: number): boolean => s === 'complete' || s.has(d);

/**
 * The slots of one query: a field of a document each, with a linked list of (term, weight) entries.
 * Sized once for the query (a common word opens tens of thousands: arrays grown by doubling cost
 * more than the scoring).
 */
class Slots {
  count = 0;
  entries = 0;
  readonly field: Int32Array;
  readonly doc: Int32Array;
  readonly head: Int32Array;
  readonly tail: Int32Array;
  readonly term: Int32Array;
  readonly termIndex: Int32Array;
  readonly weight: Float64Array;
  readonly next: Int32Array;

  /** `capacity`: the most slots, and the most entries, the query adds (one of each per posting at most). */
  constructor(capacity: number) {
    this.field = new Int32Array(capacity);
    this.doc = new Int32Array(capacity);
    this.head = new Int32Array(capacity);
    this.tail = new Int32Array(capacity);
    this.term = new Int32Array(capacity);
    this.termIndex = new Int32Array(capacity);
    this.weight = new Float64Array(capacity);
    this.next = new Int32Array(capacity);
  }

  open(field: number, doc: number): number {
    const s = this.count++;
    this.field[s] = field;
    this.doc[s] = doc;
    this.head[s] = -1;
    this.tail[s] = -1;
    return s;
  }

  add(slot: number, term: number, termIndex: number, weight: number): void {
    const e = this.entries++;
    this.term[e] = term;
    this.termIndex[e] = termIndex;
    this.weight[e] = weight;
    this.next[e] = -1;
    if (this.tail[slot] >= 0) this.next[this.tail[slot]] = e;
    else this.head[slot] = e;
    this.tail[slot] = e;
  }
}

/** A result: its score, and the slots whose match data Lunr would combine (its terms, on demand). */
class Match implements PartialResult {
  readonly slots: number[] = [];
  private matched: string[] | null = null;

  constructor(
    readonly doc: number,
    public score: number,
    private readonly all: Slots,
    private readonly names: string[],
  ) {}

  /** The matched index terms, for highlighting: computed when asked for (a page shows ten results). */
  get terms(): string[] {
    if (!this.matched) {
      const out: string[] = [];
      for (const slot of this.slots) {
        for (let e = this.all.head[slot]; e >= 0; e = this.all.next[e]) {
          const t = this.names[this.all.term[e]];
          if (!out.includes(t)) out.push(t);
        }
      }
      this.matched = out;
    }
    return this.matched;
  }
}

const REQUIRED = 2;
const PROHIBITED = 3;

const ref = (doc: number): string => 'd' + doc;

export class PartialIndex {
  readonly meta: SearchMeta;
  private readonly pipeline: any = analysisPipeline();
  private readonly termData = new Map<string, TermData>();
  /** Lunr's structures, made only when lunrSearch() needs them. */
  private fieldVectors: Record<string, lunr.Vector> | null = null;
  private invertedIndex: Record<string, any> | null = null;
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
    for (const [term, termIndex, byField] of shard) {
      const data: TermData = { index: termIndex, fields: [] };
      for (const [fi, docs, weights] of byField) {
        const fd: FieldData = { docs: new Int32Array(docs.length), weights: new Float64Array(docs.length) };
        let doc = 0;
        for (let i = 0; i < docs.length; i++) {
          doc += docs[i];
          fd.docs[i] = doc;
          fd.weights[i] = weights[i] / 1000;
        }
        data.fields[fi] = fd;
      }
      this.termData.set(term, data);
      this.terms.push(term);
    }
    this.tokenSet = null;
    this.allVectors = null;
    this.fieldVectors = null;
    this.invertedIndex = null;
  }

  addPositions(n: number, positions: Positions): void {
    if (this.positionsLoaded.has(n)) return;
    this.positionsLoaded.add(n);
    for (const [term, byField] of positions) {
      const perField = new Map<number, Map<number, number[]>>();
      for (const [fi, perDoc] of byField) {
        const docs = this.termData.get(term)?.fields[fi]?.docs ?? new Int32Array(0);
        const m = new Map<number, number[]>();
        perDoc.forEach((deltas, i) => {
          let p = 0;
          m.set(
            docs[i],
            deltas.map((d) => (p += d)),
          );
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
    return this.termData.has(term);
  }

  private table: Int32Array | null = null;
  /** Entries of the table set by the last query (reset by the next, even if that one threw). */
  private dirty: number[] = [];

  /** Document × field → slot of the query in progress (-1: none), reused between queries. */
  private slotTable(nf: number): Int32Array {
    this.table ??= new Int32Array(this.meta.docCount * nf).fill(-1);
    return this.table;
  }

  private loadedTokenSet(): any {
    if (!this.tokenSet) {
      this.terms.sort();
      this.tokenSet = L.TokenSet.fromArray(this.terms);
    }
    return this.tokenSet;
  }

  private index(negated: boolean): lunr.Index {
    if (!this.fieldVectors || !this.invertedIndex) {
      const vectors: Record<string, lunr.Vector> = Object.create(null);
      const inverted: Record<string, any> = Object.create(null);
      for (const [term, data] of this.termData) {
        const posting: any = { _index: data.index };
        for (const f of this.meta.fields) posting[f] = Object.create(null);
        inverted[term] = posting;
        data.fields.forEach((fd, fi) => {
          if (!fd) return;
          const field = this.meta.fields[fi];
          for (let i = 0; i < fd.docs.length; i++) {
            posting[field][ref(fd.docs[i])] = {};
            (vectors[field + '/' + ref(fd.docs[i])] ??= new L.Vector()).insert(data.index, fd.weights[i]);
          }
        });
      }
      this.fieldVectors = vectors;
      this.invertedIndex = inverted;
    }
    let fieldVectors = this.fieldVectors;
    if (negated) {
      // A query of prohibited terms only scores every document field, in the whole index's order.
      if (!this.allVectors) {
        const all: Record<string, lunr.Vector> = Object.create(null);
        for (let d = 0; d < this.meta.docCount; d++) {
          for (const f of this.meta.fields) {
            const key = f + '/' + ref(d);
            all[key] = fieldVectors[key] ?? new L.Vector();
          }
        }
        this.allVectors = all;
      }
      fieldVectors = this.allVectors;
    }
    return new lunr.Index({
      invertedIndex: this.invertedIndex,
      fieldVectors,
      tokenSet: this.loadedTokenSet(),
      fields: this.meta.fields,
      pipeline: this.pipeline,
    } as any);
  }

  /** Lunr's own Index.search over the loaded shards (the reference search() is tested against). */
  lunrSearch(q: string): PartialResult[] {
    const query: any = new lunr.Query(this.meta.fields);
    new L.QueryParser(q, query).parse();
    const results = this.index(query.isNegated()).search(q);
    return results.map((r) => ({ doc: +r.ref.slice(1), score: r.score, terms: Object.keys(r.matchData.metadata) }));
  }

  /** Lunr's search over the loaded shards; the caller loads plan(q).shards first. Throws lunr.QueryParseError. */
  search(q: string): PartialResult[] {
    return this.run(q);
  }

  private run(q: string): Match[] {
    const fields = this.meta.fields;
    const nf = fields.length;
    const query: any = new lunr.Query(fields);
    new L.QueryParser(q, query).parse();
    const tokenSet = this.loadedTokenSet();
    /** Per field: term index → summed clause boosts (lunr.Vector.upsert). */
    const queryVectors = fields.map(() => new Map<number, number>());
    const requiredMatches: (DocSet | undefined)[] = [];
    const prohibitedMatches: (DocSet | undefined)[] = [];
    const termFieldCache = new Set<string>();
    // Field refs in the order Lunr's matchingFields object meets them (slots), each with the
    // (term, weight) entries of the query's terms in it, as linked lists in flat arrays.
    const slotOf = this.slotTable(nf);
    for (const key of this.dirty) slotOf[key] = -1;
    this.dirty = [];
    // The postings each (expanded term, field) adds, in the order Lunr meets them: added to the
    // slots once all are known, so that the slots are sized once.
    const postings: { fi: number; termId: number; index: number; fd: FieldData }[] = [];
    let capacity = 0;
    const expandedTerms: string[] = [];
    const fieldIndex = new Map(fields.map((f, i) => [f, i]));

    for (const clause of query.clauses) {
      const terms: string[] = clause.usePipeline ? this.pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
      // The clause's own set, filled in place.
      const clauseMatches = new Set<number>();
      const clauseFields = (clause.fields as string[]).map((f) => fieldIndex.get(f)!);
      for (const term of terms) {
        clause.term = term;
        const expanded: string[] = tokenSet.intersect(L.TokenSet.fromClause(clause)).toArray();
        if (expanded.length === 0 && clause.presence === REQUIRED) {
          for (const fi of clauseFields) requiredMatches[fi] = new Set();
          break;
        }
        for (const expandedTerm of expanded) {
          const data = this.termData.get(expandedTerm)!;
          for (const fi of clauseFields) {
            const fd = data.fields[fi];
            const docs = fd ? fd.docs : new Int32Array(0);
            if (clause.presence === REQUIRED) {
              for (let i = 0; i < docs.length; i++) clauseMatches.add(docs[i]);
              requiredMatches[fi] ??= 'complete';
            }
            if (clause.presence === PROHIBITED) {
              prohibitedMatches[fi] = union(prohibitedMatches[fi] ?? new Set(), docs);
              continue;
            }
            const qv = queryVectors[fi];
            qv.set(data.index, (qv.get(data.index) ?? 0) + clause.boost);
            const termField = expandedTerm + '/' + fi;
            if (termFieldCache.has(termField)) continue;
            termFieldCache.add(termField);
            if (!fd) continue;
            postings.push({ fi, termId: expandedTerms.push(expandedTerm) - 1, index: data.index, fd });
            capacity += docs.length;
          }
        }
      }
      if (clause.presence === REQUIRED) {
        // The fields of a clause mostly hold one set between them: each distinct set intersected once, and shared again.
        const met = new Map<DocSet, DocSet>();
        for (const fi of clauseFields) {
          const before = requiredMatches[fi]!;
          let after = met.get(before);
          if (after === undefined) met.set(before, (after = intersect(before, clauseMatches)));
          requiredMatches[fi] = after;
        }
      }
    }
    const slots = new Slots(capacity);
    for (const { fi, termId, index, fd } of postings) {
      const { docs, weights } = fd;
      for (let i = 0; i < docs.length; i++) {
        const key = docs[i] * nf + fi;
        let slot = slotOf[key];
        if (slot < 0) {
          slot = slotOf[key] = slots.open(fi, docs[i]);
          this.dirty.push(key);
        }
        slots.add(slot, termId, index, weights[i]);
      }
    }

    let allRequired: DocSet = 'complete';
    let allProhibited: DocSet = new Set();
    for (let fi = 0; fi < nf; fi++) {
      if (requiredMatches[fi]) allRequired = intersect(allRequired, requiredMatches[fi]!);
      if (prohibitedMatches[fi]) allProhibited = union(allProhibited, prohibitedMatches[fi]!);
    }

    // The query vectors' entries in term-index order, and their magnitudes (lunr.Vector.magnitude).
    const sortedVectors = queryVectors.map((qv) => [...qv].sort((a, b) => a[0] - b[0]));
    const magnitudes = sortedVectors.map((entries) => {
      let sum = 0;
      for (const [, v] of entries) sum += v * v;
      return Math.sqrt(sum);
    });
    const similarity = (slot: number): number => {
      const fi = slots.field[slot];
      let dot = 0;
      for (const [termIndex, boost] of sortedVectors[fi]) {
        for (let e = slots.head[slot]; e >= 0; e = slots.next[e]) {
          if (slots.termIndex[e] === termIndex) {
            dot += boost * slots.weight[e];
            break;
          }
        }
      }
      return dot / magnitudes[fi] || 0;
    };

    const results: Match[] = [];
    if (query.isNegated()) {
      // Every field of every document, in the whole index's order; the query vectors are empty.
      for (let doc = 0; doc < this.meta.docCount; doc++) {
        if (!contains(allRequired, doc) || contains(allProhibited, doc)) continue;
        results.push(new Match(doc, 0, slots, expandedTerms));
      }
    } else {
      const resultOf = new Map<number, Match>();
      for (let slot = 0; slot < slots.count; slot++) {
        const doc = slots.doc[slot];
        if (!contains(allRequired, doc) || contains(allProhibited, doc)) continue;
        const score = similarity(slot);
        const match = resultOf.get(doc);
        if (match) {
          match.score += score;
          match.slots.push(slot);
        } else {
          const m = new Match(doc, score, slots, expandedTerms);
          m.slots.push(slot);
          resultOf.set(doc, m);
          results.push(m);
        }
      }
    }
    return results.sort((a, b) => b.score - a.score);
  }
}
