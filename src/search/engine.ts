/**
 * Search over the split index, the same in the browser and in Node: a loader fetches files by
 * name (search/<file>), and only the files a question needs are asked for.
 * - ranking: Lunr's own, over the shards of the query's terms (partial.ts);
 * - phrases: every word required by the Lunr query, then the words' token positions checked;
 * - date ranges (Lunr has none): publication dates from meta.json's day column; mentioned dates by
 *   the fewest year/month/day tokens that cover the range, looked up in the `dates` field;
 * - facets (people, outlets, years) counted on the whole result set; sort by relevance or date.
 */
import lunr from 'lunr';
import { PartialIndex } from './partial.js';
import { analysisPipeline } from '../lib/analysis.js';
import {
  META_FILE,
  TERMS_FILE,
  peopleFile,
  suggestFile,
  suggestionKey,
  shardFile,
  positionsFile,
  facetFile,
  tierFacetFile,
  docFile,
  decodeDays,
  type SearchMeta,
  type Shard,
  type Positions,
  type FacetChunk,
  type Suggestion,
} from './format.js';
import type { DocFragment } from './documents.js';
import { parseQuery, plainQuery, type ParsedQuery } from './query.js';
import { isoDates, type DateReader } from './date-reader.js';

export type Loader = (file: string) => Promise<unknown>;

export type DateField = 'published' | 'mentioned';
/** Relevance, newest first ('date') or oldest first. */
export type SortOrder = 'relevance' | 'date' | 'oldest';

export interface SearchRequest {
  q: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  from?: string;
  to?: string;
  dateField?: DateField;
  sort?: SortOrder;
  person?: string;
  outlet?: string;
  year?: string;
  /** Any word is enough (else every word is required). */
  any?: boolean;
}

export interface Hit {
  readonly doc: number;
  readonly score: number;
  /** Index terms that matched (Lunr's stemmed forms), for highlighting. */
  readonly terms: string[];
}

export interface SearchResponse {
  hits: Hit[];
  /** The Lunr query string that was run ('' when only filters were given). */
  lunr: string;
  phrases: string[];
  /** True when the reader's syntax could not be parsed and the plain words were searched. */
  fallback: boolean;
  /** Dates read in the query, as written and as searched. */
  dates: { text: string; from: string; to: string }[];
  /** The date range applied, as ISO values (after reading From and To as written). */
  range: { from?: string; to?: string };
  /** Why a part of the request was not used or gives nothing (an unreadable or reversed range). */
  problems: string[];
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface Facets {
  people: FacetCount[];
  outlets: FacetCount[];
  years: FacetCount[];
}

export { boundDay, coveringTokens } from './date-range.js';
import { boundDay, coveringTokens, MENTION_FLOOR, MENTION_CEILING } from './date-range.js';

const analyse = analysisPipeline();

/** A token of lunr.tokenizer with its position, which Lunr's type definitions leave out. */
type PositionedToken = lunr.Token & { metadata: { index: number } };

const TERM_CACHE_LIMIT = 100_000;
const termCache = new Map<string, string | null>();

/**
 * A word of text → the index term it becomes, or null (stop word, punctuation). Remembered: a
 * snippet asks for every word of ten articles, and Lunr's stemmer is the slow part of a query.
 */
export function indexTerm(word: string): string | null {
  const lower = word.toLowerCase();
  let term = termCache.get(lower);
  if (term === undefined) {
    const out = analyse.runString(lower);
    term = out.length ? out[0] : null;
    if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
    termCache.set(lower, term);
  }
  return term;
}

export class SearchEngine {
  private readonly load: Loader;
  private metaP: Promise<SearchMeta> | null = null;
  private index: PartialIndex | null = null;
  private days: (number | null)[] = [];
  /** Publication year of each document, or 0. */
  private years = new Int16Array(0);
  private readonly files = new Map<string, Promise<unknown>>();
  /** Facet chunks decoded: per chunk, each document's people as offsets into one array. */
  private readonly chunks = new Map<string, Promise<{ offsets: Int32Array; people: Int32Array }>>();

  /** How dates in the query and in From/To are read (ISO only until a date reader is given). */
  dates: DateReader;

  constructor(load: Loader, dates: DateReader = isoDates) {
    this.load = load;
    this.dates = dates;
  }

  private fetch<T>(file: string): Promise<T> {
    let p = this.files.get(file);
    if (!p) {
      p = this.load(file);
      p.catch(() => this.files.delete(file));
      this.files.set(file, p);
    }
    return p as Promise<T>;
  }

  /** meta.json: the first file, fetched when the search field is first used. */
  meta(): Promise<SearchMeta> {
    this.metaP ??= this.fetch<SearchMeta>(META_FILE).then((meta) => {
      this.index = new PartialIndex(meta);
      this.days = decodeDays(meta);
      this.years = Int16Array.from(this.days, (d) => (d === null ? 0 : new Date(d * 86_400_000).getUTCFullYear()));
      return meta;
    });
    return this.metaP;
  }

  /** People with a name or alias, or a word of one, beginning with the fragment; most articles first. */
  async suggest(fragment: string): Promise<Suggestion[]> {
    const f = fragment.trim().toLowerCase();
    const key = suggestionKey(f);
    if (!key) return [];
    let list: Suggestion[];
    try {
      list = await this.fetch<Suggestion[]>(suggestFile(key));
    } catch {
      return []; // no file: nobody's name has a word beginning so
    }
    return list.filter(([, name, aliases]) =>
      [name, ...aliases].some((form) => {
        const s = form.toLowerCase();
        return s.startsWith(f) || s.split(/\s+/).some((w) => w.startsWith(f));
      }),
    );
  }

  /** The number of the person with exactly this name, or -1. */
  async personNumber(name: string): Promise<number> {
    const hit = (await this.suggest(name)).find((p) => p[1] === name);
    return hit ? hit[0] : -1;
  }

  /** Names of people by number (from the name chunks that hold them). */
  async personNames(numbers: number[]): Promise<string[]> {
    const meta = await this.meta();
    const ks = [...new Set(numbers.map((n) => Math.floor(n / meta.peopleChunk)))];
    const lists = new Map(await Promise.all(ks.map(async (k) => [k, await this.fetch<string[]>(peopleFile(k))] as const)));
    return numbers.map((n) => lists.get(Math.floor(n / meta.peopleChunk))![n % meta.peopleChunk]);
  }

  /** A facet chunk decoded: f<K>.json, or with a tier the people of that tier only (ft<T>-<K>.json). */
  private chunk(k: number, tier?: number): Promise<{ offsets: Int32Array; people: Int32Array }> {
    const file = tier === undefined ? facetFile(k) : tierFacetFile(tier, k);
    let p = this.chunks.get(file);
    if (!p) {
      p = this.fetch<FacetChunk>(file).then((data) => {
        const offsets = new Int32Array(data.length + 1);
        let total = 0;
        data.forEach((list, i) => {
          offsets[i] = total;
          total += list.length;
        });
        offsets[data.length] = total;
        const people = new Int32Array(total);
        let at = 0;
        for (const list of data) {
          let v = 0;
          for (const d of list) people[at++] = v += d;
        }
        return { offsets, people };
      });
      p.catch(() => this.chunks.delete(file));
      this.chunks.set(file, p);
    }
    return p;
  }

  fragment(doc: number): Promise<DocFragment> {
    return this.fetch<DocFragment>(docFile(doc));
  }

  publishedDay(doc: number): number | null {
    return this.days[doc] ?? null;
  }

  private async ensureShards(q: string): Promise<void> {
    const index = this.index!;
    let plan = index.plan(q);
    if (plan.needsTerms) plan = index.planWithTerms(q, await this.fetch<string[]>(TERMS_FILE));
    const missing = plan.shards.filter((s) => !index.has(s));
    const shards = await Promise.all(missing.map((s) => this.fetch<Shard>(shardFile(s))));
    missing.forEach((s, i) => index.addShard(s, shards[i]));
  }

  /** Lunr's ranked results for a Lunr query string, from the shards it needs. */
  async lunrSearch(q: string): Promise<Hit[]> {
    await this.meta();
    await this.ensureShards(q);
    return this.index!.search(q);
  }

  /** Documents whose token positions hold the phrase (in any one field). */
  private async phraseFilter(hits: Hit[], phrase: string): Promise<Hit[]> {
    const index = this.index!;
    const words = lunr.tokenizer(phrase).map((t) => ({ term: indexTerm(t.toString()), at: (t as PositionedToken).metadata.index }));
    const parts = words.filter((w): w is { term: string; at: number } => !!w.term);
    if (parts.length < 2) return hits;
    if (parts.some((p) => !index.hasTerm(p.term))) return [];
    const shards = [...new Set(parts.map((p) => index.shardOf(p.term)))].filter((s) => !index.hasPositions(s));
    const loaded = await Promise.all(shards.map((s) => this.fetch<Positions>(positionsFile(s))));
    shards.forEach((s, i) => index.addPositions(s, loaded[i]));
    const base = parts[0].at;
    return hits.filter((h) =>
      index.meta.fields.some((_f, fi) => {
        const first = index.positions(parts[0].term, fi, h.doc);
        if (!first.length) return false;
        const others = parts.slice(1).map((p) => ({ set: new Set(index.positions(p.term, fi, h.doc)), off: p.at - base }));
        return first.some((p0) => others.every((o) => o.set.has(p0 + o.off)));
      }),
    );
  }

  /** Documents with a mentioned date within from..to (days). */
  private async mentionedIn(from: number, to: number): Promise<Set<number>> {
    const tokens = coveringTokens(from, to);
    if (!tokens.length) return new Set();
    const hits = await this.lunrSearch(tokens.map((t) => `dates:${t}`).join(' '));
    return new Set(hits.map((h) => h.doc));
  }

  /** Documents holding at least one word of each group (groups of `a OR b`, date ranges in the query). */
  private anyOfFilter(hits: Hit[], groups: string[][]): Hit[] {
    const sets = groups
      .map((g) => g.map((w) => w.replace(/^\w+:/, '').replace(/\^\d+$/, '')))
      .filter((g) => g.every((w) => !/[*~]/.test(w)))
      .map((g) => g.map(indexTerm))
      .filter((g) => g.every((t) => t !== null))
      .map((g) => new Set(g as string[]));
    return sets.length ? hits.filter((h) => sets.every((set) => h.terms.some((t) => set.has(t)))) : hits;
  }

  /** From and To read as readers write them; the reasons either cannot be used. */
  static readRange(req: SearchRequest, reader: DateReader = isoDates): { from: number | null; to: number | null; range: { from?: string; to?: string }; problems: string[] } {
    const problems: string[] = [];
    const range: { from?: string; to?: string } = {};
    const from = req.from?.trim() ? reader.readDate(req.from) : null;
    const to = req.to?.trim() ? reader.readDate(req.to) : null;
    if (req.from?.trim() && !from) problems.push(`From “${req.from.trim()}” is not a date I can read (try 13 June 2005, June 2005 or 2005): it was left out`);
    if (req.to?.trim() && !to) problems.push(`To “${req.to.trim()}” is not a date I can read (try 13 June 2005, June 2005 or 2005): it was left out`);
    if (from) range.from = from.from;
    if (to) range.to = to.to;
    const lo = range.from ? boundDay(range.from, false) : null;
    const hi = range.to ? boundDay(range.to, true) : null;
    if (lo !== null && hi !== null && lo > hi) problems.push(`From ${range.from} is after To ${range.to}: swap them to search that range`);
    return { from: lo, to: hi, range, problems };
  }

  /** The full result set of a request, ranked and filtered (not yet paged). */
  async search(req: SearchRequest): Promise<SearchResponse> {
    const meta = await this.meta();
    const text = req.q.trim();
    let parsed: ParsedQuery = { lunr: '', phrases: [], anyOf: [], dates: [] };
    let fallback = false;
    let hits: Hit[];
    const { from, to, range, problems } = SearchEngine.readRange(req, this.dates);
    if (text) {
      parsed = parseQuery(text, { any: req.any, dates: this.dates });
      try {
        hits = parsed.lunr ? await this.lunrSearch(parsed.lunr) : [];
      } catch (err) {
        if (!(err instanceof lunr.QueryParseError)) throw err;
        fallback = true;
        parsed = { lunr: plainQuery(text, { any: req.any }), phrases: [], anyOf: [], dates: [] };
        hits = parsed.lunr ? await this.lunrSearch(parsed.lunr) : [];
      }
      hits = this.anyOfFilter(hits, parsed.anyOf);
      for (const phrase of parsed.phrases) hits = await this.phraseFilter(hits, phrase);
    } else if (from !== null || to !== null || req.person || req.outlet || req.year) {
      hits = Array.from({ length: meta.docCount }, (_v, doc) => ({ doc, score: 0, terms: [] }));
    } else hits = [];

    if (from !== null || to !== null) {
      const lo = from ?? -1e7;
      const hi = to ?? 1e7;
      if (lo > hi) hits = [];
      else if (req.dateField === 'mentioned') {
        const inRange = await this.mentionedIn(from ?? MENTION_FLOOR, to ?? MENTION_CEILING);
        hits = hits.filter((h) => inRange.has(h.doc));
      } else {
        hits = hits.filter((h) => {
          const d = this.days[h.doc];
          return d !== null && d >= lo && d <= hi;
        });
      }
    }
    if (req.outlet) hits = hits.filter((h) => meta.outlets[meta.outlet[h.doc]] === req.outlet);
    if (req.year) hits = hits.filter((h) => this.years[h.doc] !== 0 && String(this.years[h.doc]) === req.year);
    if (req.person) {
      const want = await this.personNumber(req.person);
      const lists = await this.peopleOf(hits.map((h) => h.doc));
      hits = hits.filter((h) => lists.get(h.doc)!.includes(want));
    }
    if (req.sort === 'date' || req.sort === 'oldest' || (!text && hits.length)) {
      const rank = new Map(hits.map((h, i) => [h.doc, i]));
      const sign = req.sort === 'oldest' ? -1 : 1;
      hits = [...hits].sort((a, b) => {
        const da = this.days[a.doc];
        const db = this.days[b.doc];
        if (da !== db) return da === null ? 1 : db === null ? -1 : sign * (db - da);
        return rank.get(a.doc)! - rank.get(b.doc)!;
      });
    }
    return { hits, lunr: parsed.lunr, phrases: parsed.phrases, fallback, dates: parsed.dates.map(({ text, from, to }) => ({ text, from, to })), range, problems };
  }

  /** People (person numbers) of each document, from the facet chunks that hold them. */
  async peopleOf(docs: number[]): Promise<Map<number, number[]>> {
    const meta = await this.meta();
    const ks = [...new Set(docs.map((d) => Math.floor(d / meta.facetChunk)))];
    const byChunk = new Map(await Promise.all(ks.map(async (k) => [k, await this.chunk(k)] as const)));
    const out = new Map<number, number[]>();
    for (const d of docs) {
      const c = byChunk.get(Math.floor(d / meta.facetChunk))!;
      const i = d % meta.facetChunk;
      out.set(d, Array.from(c.people.subarray(c.offsets[i], c.offsets[i + 1])));
    }
    return out;
  }

  /**
   * Counts of people, outlets and years over a result set, largest first (people with equal counts
   * by their number: most named in the archive first, then by name).
   *
   * People are counted tier by tier (format.ts: ft<T>-<K>.json, the most named first). After each
   * tier the counts of the people it covers are exact, and anyone in a later tier is named in at
   * most facetFloors[T] articles, so in at most that many results: when the max-th largest count
   * is at least that, no one else can enter the list (an equal count loses to the smaller number)
   * and the list is exact. A large result set needs the first tier only; the last tier has floor 0.
   */
  async facets(hits: Hit[], max = 12): Promise<Facets> {
    const meta = await this.meta();
    const outletCounts = new Int32Array(meta.outlets.length);
    const yearCounts = new Map<number, number>();
    for (const { doc } of hits) {
      const o = meta.outlet[doc];
      if (o >= 0) outletCounts[o]++;
      const y = this.years[doc];
      if (y) yearCounts.set(y, (yearCounts.get(y) ?? 0) + 1);
    }
    const byLabel = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const outlets = [...meta.outlets.keys()]
      .filter((o) => outletCounts[o] > 0)
      .sort((a, b) => outletCounts[b] - outletCounts[a] || byLabel(meta.outlets[a], meta.outlets[b]))
      .slice(0, max);
    const years = [...yearCounts.keys()].sort((a, b) => yearCounts.get(b)! - yearCounts.get(a)! || a - b).slice(0, max);

    const counts = new Int32Array(meta.people);
    const touched: number[] = [];
    let people: [number, number][] = [];
    for (let tier = 0; tier < meta.facetTiers.length; tier++) {
      await this.countTier(hits, tier, counts, touched);
      people = touched
        .slice()
        .sort((a, b) => counts[b] - counts[a] || a - b)
        .slice(0, max)
        .map((p) => [p, counts[p]]);
      if (people.length === max && people[max - 1][1] >= meta.facetFloors[tier]) break;
    }
    const names = await this.personNames(people.map((p) => p[0]));
    return {
      people: people.map(([, count], i) => ({ value: names[i], count })),
      outlets: outlets.map((o) => ({ value: meta.outlets[o], count: outletCounts[o] })),
      years: years.map((y) => ({ value: String(y), count: yearCounts.get(y)! })),
    };
  }

  /** Adds the hits' people of one tier to the counts. */
  private async countTier(hits: Hit[], tier: number, counts: Int32Array, touched: number[]): Promise<void> {
    const meta = await this.meta();
    const ks = [...new Set(hits.map((h) => Math.floor(h.doc / meta.facetChunk)))];
    const byChunk = new Map(await Promise.all(ks.map(async (k) => [k, await this.chunk(k, tier)] as const)));
    for (const { doc } of hits) {
      const c = byChunk.get(Math.floor(doc / meta.facetChunk))!;
      const i = doc % meta.facetChunk;
      for (let k = c.offsets[i]; k < c.offsets[i + 1]; k++) if (counts[c.people[k]]++ === 0) touched.push(c.people[k]);
    }
  }
}
