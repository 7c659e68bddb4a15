/**
 * Search over the split index, the same in the browser and in Node: a loader fetches files by
 * name (search/<file>), and only the files a question needs are asked for.
 * - ranking: Lunr's own, over the shards of the query's terms (partial.ts);
 * - phrases: every word required by the Lunr query, then the words' token positions checked;
 * - date ranges (Lunr has none): publication dates from meta.json's day column; mentioned dates by
 *   the fewest year/month/day tokens that cover the range, looked up in the `dates` field;
 * - facets (people, organisations, places, outlets, years; facets.ts) counted on the whole result
 *   set, several values chosen per group; sort by relevance, newest or oldest.
 */
import lunr from 'lunr';
import { PartialIndex } from './partial.js';
import { analysisPipeline } from '../lib/analysis.js';
import {
  META_FILE,
  COLUMNS_FILE,
  TERMS_FILE,
  RESULTS_PAGE,
  suggestFile,
  suggestionKey,
  shardFile,
  positionsFile,
  termFacetsFile,
  docFile,
  restFile,
  decodeDays,
  ENTITY_KINDS,
  type SearchMeta,
  type Columns,
  type Shard,
  type Positions,
  type Suggestion,
  type TermFacets,
  type FacetPair,
} from './format.js';
import { EntityFacets, FACET_GROUPS, emptyFacets, pairsToCounts, topLabels, byLabel, byYear, type Facets, type FacetGroup } from './facets.js';
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
  /** Values chosen in the facets: a result holds one of each group's (facets.ts). */
  people?: string[];
  organizations?: string[];
  places?: string[];
  outlets?: string[];
  years?: string[];
  /** Any word is enough (else every word is required). */
  any?: boolean;
}

export type { Facets, FacetGroup };

/** Facets with the groups actually counted (the others are empty because they were not asked for). */
export type CountedFacets = Facets & { counted: FacetGroup[] };
export { FACET_GROUPS };

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
  /** The results before the facet choices, and per group with a choice the documents holding one of its values. */
  base: Hit[];
  chosen: Partial<Record<FacetGroup, Set<number>>>;
  /** The one index term the results are every document of (a one-word query without range or phrase), else null. */
  single: string | null;
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
  private columnsP: Promise<void> | null = null;
  private index: PartialIndex | null = null;
  private entities: EntityFacets | null = null;
  private days: (number | null)[] = [];
  /** Publication year of each document, or 0. */
  private years = new Int16Array(0);
  private outletOf: number[] = [];
  private readonly files = new Map<string, Promise<unknown>>();

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
      this.entities = new EntityFacets((file) => this.fetch(file), meta);
      return meta;
    });
    return this.metaP;
  }

  /** c.json: publication days and outlets of every document, fetched when a question needs them. */
  private columns(): Promise<void> {
    this.columnsP ??= this.fetch<Columns>(COLUMNS_FILE).then((columns) => {
      this.days = decodeDays(columns);
      this.years = Int16Array.from(this.days, (d) => (d === null ? 0 : new Date(d * 86_400_000).getUTCFullYear()));
      this.outletOf = columns.outlet;
    });
    this.columnsP.catch(() => (this.columnsP = null));
    return this.columnsP;
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
    await this.meta();
    return this.entities!.numberOf(0, name);
  }

  /** Names of people by number. */
  async personNames(numbers: number[]): Promise<string[]> {
    await this.meta();
    return this.entities!.names(0, numbers);
  }

  /** What result `doc` shows: its display data, with the opening of its text. */
  fragment(doc: number): Promise<DocFragment> {
    return this.fetch<DocFragment>(docFile(doc));
  }

  /** The whole display data of `doc`: its text with the rest beyond the opening (x/<N>.json) when there is more. */
  async wholeFragment(doc: number): Promise<DocFragment> {
    const d = await this.fragment(doc);
    return d.more ? { ...d, text: d.text + (await this.fetch<string>(restFile(doc))) } : d;
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
  static readRange(
    req: SearchRequest,
    reader: DateReader = isoDates,
  ): { from: number | null; to: number | null; range: { from?: string; to?: string }; problems: string[] } {
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

  /** The one index term a Lunr query looks up in every field, if that is all it does (no wildcard, no fuzziness, not prohibited). */
  private singleTerm(q: string): string | null {
    const clauses = this.index!.clauses(q);
    if (clauses.length !== 1) return null;
    const [{ clause, terms }] = clauses;
    const plain =
      !('editDistance' in clause && clause.editDistance) && clause.presence !== PROHIBITED_PRESENCE && clause.fields.length === this.index!.meta.fields.length;
    return plain && terms.length === 1 && !terms[0].includes('*') ? terms[0] : null;
  }

  /** The documents among `docs` holding one of the chosen values of a group. */
  private async holding(group: FacetGroup, values: string[], docs: number[]): Promise<Set<number>> {
    const kind = (ENTITY_KINDS as readonly FacetGroup[]).indexOf(group);
    if (kind >= 0) {
      const out = new Set<number>();
      for (const value of values) for (const d of await this.entities!.members(kind, await this.entities!.numberOf(kind, value), docs)) out.add(d);
      return out;
    }
    await this.columns();
    const meta = await this.meta();
    const wanted = new Set(values);
    return new Set(
      docs.filter((d) => (group === 'outlets' ? wanted.has(meta.outlets[this.outletOf[d]]) : this.years[d] !== 0 && wanted.has(String(this.years[d])))),
    );
  }

  /** The full result set of a request, ranked and filtered (not yet paged). */
  async search(req: SearchRequest): Promise<SearchResponse> {
    const meta = await this.meta();
    const text = req.q.trim();
    let parsed: ParsedQuery = { lunr: '', phrases: [], anyOf: [], dates: [] };
    let fallback = false;
    let hits: Hit[];
    const { from, to, range, problems } = SearchEngine.readRange(req, this.dates);
    const choices = FACET_GROUPS.filter((g) => req[g]?.length);
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
    } else if (from !== null || to !== null || choices.length) {
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
        await this.columns();
        hits = hits.filter((h) => {
          const d = this.days[h.doc];
          return d !== null && d >= lo && d <= hi;
        });
      }
    }
    const single =
      text && !fallback && !parsed.phrases.length && !parsed.anyOf.length && from === null && to === null && parsed.lunr ? this.singleTerm(parsed.lunr) : null;
    const base = hits;
    const chosen: SearchResponse['chosen'] = {};
    const baseDocs = base.map((h) => h.doc);
    for (const g of choices) chosen[g] = await this.holding(g, req[g]!, baseDocs);
    hits = base.filter((h) => choices.every((g) => chosen[g]!.has(h.doc)));
    if (req.sort === 'date' || req.sort === 'oldest' || (!text && hits.length)) {
      await this.columns();
      const rank = new Map(hits.map((h, i) => [h.doc, i]));
      const sign = req.sort === 'oldest' ? -1 : 1;
      hits = [...hits].sort((a, b) => {
        const da = this.days[a.doc];
        const db = this.days[b.doc];
        if (da !== db) return da === null ? 1 : db === null ? -1 : sign * (db - da);
        return rank.get(a.doc)! - rank.get(b.doc)!;
      });
    }
    return {
      hits,
      lunr: parsed.lunr,
      phrases: parsed.phrases,
      fallback,
      dates: parsed.dates.map(({ text, from, to }) => ({ text, from, to })),
      range,
      problems,
      base,
      chosen,
      single,
    };
  }

  /**
   * The facets of a response: each group counted over the results of the other groups' choices
   * (facets.ts), its chosen values kept in the list with their counts. A set of documents no
   * larger than a page is counted from their display data (fetched for the results anyway); the
   * documents of one term from that term's facets counted at build time; any other set from the
   * facet chunks of the entity kinds asked for (and c.json for outlets and years).
   *
   * Only the groups in `groups` are counted, and any other whose counts come at no cost (display
   * data, one-term counts); `counted` names them, the rest are left empty: a page shows some groups
   * closed and counts them when the reader opens them.
   */
  async facets(req: SearchRequest, res: SearchResponse, groups: readonly FacetGroup[] = FACET_GROUPS): Promise<CountedFacets> {
    const meta = await this.meta();
    const max = meta.facetMax;
    const out: CountedFacets = { ...emptyFacets(), counted: [] };
    const wanted = FACET_GROUPS.filter((g) => groups.includes(g));
    const choices = FACET_GROUPS.filter((g) => res.chosen[g]);
    const setFor = (group: FacetGroup | null): number[] =>
      res.base.filter((h) => choices.every((g) => g === group || res.chosen[g]!.has(h.doc))).map((h) => h.doc);
    // Groups without a choice share the set of the results; each group with one has its own.
    const plan: [number[], FacetGroup[], boolean][] = [[setFor(null), FACET_GROUPS.filter((g) => !res.chosen[g]), choices.length === 0]];
    for (const g of choices) if (wanted.includes(g)) plan.push([setFor(g), [g], choices.length === 1]);
    for (const [docs, shared, whole] of plan) {
      const asked = shared.filter((g) => wanted.includes(g));
      if (!asked.length) continue;
      const counted = await this.countSet(docs, whole ? res.single : null, max, asked);
      for (const g of shared) {
        const pairs = counted[FACET_GROUPS.indexOf(g)];
        if (!pairs) continue;
        out[g] = pairsToCounts(pairs);
        out.counted.push(g);
      }
    }
    for (const g of choices) {
      if (!wanted.includes(g)) continue;
      for (const value of req[g]!) {
        if (out[g].some((c) => c.value === value)) continue;
        out[g].push({ value, count: (await this.holding(g, [value], setFor(g))).size });
      }
    }
    out.counted.sort((a, b) => FACET_GROUPS.indexOf(a) - FACET_GROUPS.indexOf(b));
    return out;
  }

  /**
   * The facet lists of a set of documents, in FACET_GROUPS order: those asked for, and any other
   * that comes at no cost (from display data or one-term counts); null for a group not counted.
   */
  private async countSet(docs: number[], single: string | null, max: number, groups: readonly FacetGroup[]): Promise<(FacetPair[] | null)[]> {
    const meta = await this.meta();
    if (docs.length <= RESULTS_PAGE) return this.countFragments(docs, max);
    const shard = single === null ? -1 : this.index!.shardOf(single);
    if (shard >= 0 && meta.termFacets.includes(shard)) {
      const entry = (await this.fetch<TermFacets>(termFacetsFile(shard))).find((e) => e[0] === single);
      if (entry) return entry.slice(1) as FacetPair[][];
    }
    const labels = groups.includes('outlets') || groups.includes('years');
    const [entities] = await Promise.all([
      Promise.all(ENTITY_KINDS.map((g, kind) => (groups.includes(g) ? this.entities!.count(kind, docs, max) : null))),
      labels ? this.columns() : null,
    ]);
    if (!labels) return [...entities, null, null];
    const outlets = new Map<string, number>();
    const years = new Map<string, number>();
    for (const d of docs) {
      const o = this.outletOf[d];
      if (o >= 0) outlets.set(meta.outlets[o], (outlets.get(meta.outlets[o]) ?? 0) + 1);
      if (this.years[d]) years.set(String(this.years[d]), (years.get(String(this.years[d])) ?? 0) + 1);
    }
    return [...entities, topLabels(outlets, max, byLabel), topLabels(years, max, byYear)];
  }

  /** Facet lists of a few documents from their display data. */
  private async countFragments(docs: number[], max: number): Promise<FacetPair[][]> {
    const fragments = await Promise.all(docs.map((d) => this.fragment(d)));
    const entities = [0, 1, 2].map((kind) => {
      // name → [count, band]; ties by band (largest first), then name: the order of the entities' numbers.
      const counts = new Map<string, [number, number]>();
      for (const f of fragments) {
        const names = [f.people, f.org ?? [], f.pl ?? []][kind];
        names.forEach((name, i) => {
          const c = counts.get(name);
          if (c) c[0]++;
          else counts.set(name, [1, f.b?.[kind][i] ?? 0]);
        });
      }
      return [...counts]
        .sort((a, b) => b[1][0] - a[1][0] || b[1][1] - a[1][1] || byLabel(a[0], b[0]))
        .slice(0, max)
        .map(([name, [count]]): FacetPair => [name, count]);
    });
    const outlets = new Map<string, number>();
    const years = new Map<string, number>();
    for (const f of fragments) {
      if (f.outlet) outlets.set(f.outlet, (outlets.get(f.outlet) ?? 0) + 1);
      const y = f.published?.slice(0, 4);
      if (y) years.set(y, (years.get(y) ?? 0) + 1);
    }
    return [...entities, topLabels(outlets, max, byLabel), topLabels(years, max, byYear)];
  }
}

const PROHIBITED_PRESENCE = 3;
