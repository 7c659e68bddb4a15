/**
 * Entity resolution across the archive: one entity per real thing. Each article's people,
 * organisations and places go through an ordered list of small merge steps (RESOLVE_STEPS, one
 * concept per file, like chrono-node's refiners): first inside each article, then across the
 * archive on the graph of names. A step joins two names only when one candidate fits; an
 * ambiguous name joins none and becomes a "may be" of each candidate. Every join keeps which rule
 * joined which names and its evidence (article ids and sentences), shown on the entity's page.
 * Editors' operations (content/entities.yml, editor.ts) run in the same list. Pure: the same
 * records and operations give the same entities in the same order.
 */
import type { ArticleRecord } from '../../write/schema.js';
import { entityKey } from '../entities.js';
import { absorb, type ResolveContext, type ResolveStep } from './context.js';
import { editorApart, editorMerge, editorReassign, editorRetypeRename } from './editor.js';
import type { EntityOp } from './entities-file.js';
import { KIND_OF, ResolveGraph, type Kind, type ListName, type Mention, type MergeNote } from './graph.js';
import { isAcronym, words } from './names.js';
import { articleAliases } from './steps/article-aliases.js';
import { articleShortNames } from './steps/article-short-names.js';
import { sameSpelling } from './steps/same-spelling.js';
import { legalForm } from './steps/legal-form.js';
import { placeQualifier } from './steps/place-qualifier.js';
import { placeForms } from './steps/place-forms.js';
import { venueWings } from './steps/venue-wings.js';
import { acronyms } from './steps/acronyms.js';
import { acronymInitials } from './steps/acronym-initials.js';
import { countryForms } from './steps/countries.js';
import { articleQualifiedNames } from './steps/article-qualified-names.js';
import { countryNames } from './steps/country-names.js';
import { orgDivision } from './steps/org-division.js';
import { fullNames } from './steps/full-names.js';
import { shortNames } from './steps/short-names.js';
import { typeVote } from './steps/type-vote.js';
import { aliasCheck } from './steps/alias-check.js';
import { misspelling } from './steps/misspelling.js';

/** The merge steps, in the order they run. */
export const RESOLVE_STEPS: readonly ResolveStep[] = [
  editorReassign,
  articleAliases,
  articleShortNames,
  articleQualifiedNames,
  editorApart,
  sameSpelling,
  misspelling,
  legalForm,
  placeQualifier,
  placeForms,
  venueWings,
  acronyms,
  acronymInitials,
  countryForms,
  countryNames,
  orgDivision,
  fullNames,
  shortNames,
  editorMerge,
  aliasCheck,
  typeVote,
  editorRetypeRename,
];

/** What each rule means, in plain words, by its name. */
export const RULES: Readonly<Record<string, string>> = Object.fromEntries(RESOLVE_STEPS.map((s) => [s.name, s.describes]));

export interface ResolvedEntity {
  kind: Kind;
  /** The name its page shows. */
  name: string;
  /**
   * The name its page id is made from (idNode): steady while spellings change in frequency: the
   * editor's rename if any, else the full name (not an acronym) first seen in the archive.
   */
  idName: string;
  /** Every other name and alias the articles use for it. */
  aliases: string[];
  roles: string[];
  mentions: number;
  /** Indices of the records naming it, ascending. */
  articles: number[];
  /** Why its names are one. */
  notes: MergeNote[];
  /** Entities it may be (indices): kept apart, pointed at. */
  maybe: number[];
}

/** One entity as one article names it, after resolution. */
export interface ResolvedMention {
  entity: number;
  kind: Kind;
  /** The article's own name for it, and its other forms there. */
  name: string;
  aliases: string[];
  role?: string;
  mentions: number;
  sentences: string[];
  /** The record items it stands for. */
  sources: { list: ListName; index: number }[];
}

export interface Resolution {
  entities: ResolvedEntity[];
  /** Per record (in the order given): its entities. */
  articles: ResolvedMention[][];
  /** Editor operations that found nothing to act on. */
  issues: string[];
}

const LISTS: readonly ListName[] = ['people', 'organizations', 'places'];

function collect(records: ArticleRecord[], ctx: ResolveContext): void {
  records.forEach((r, article) => {
    const seen = new Map<string, number>();
    for (const list of LISTS) {
      (r[list] as { name: string; aliases: string[]; mentions: number; sentences: string[]; role?: string }[]).forEach((e, index) => {
        const key = entityKey(e.name);
        if (!key) return;
        const m: Mention = {
          article,
          kind: KIND_OF[list],
          source: { list, index },
          name: e.name,
          key,
          aliases: [...e.aliases],
          ...(e.role ? { role: e.role } : {}),
          mentions: e.mentions,
          sentences: [...e.sentences],
          into: null,
        };
        const i = ctx.mentions.length;
        ctx.mentions.push(m);
        ctx.byArticle[article].push(i);
        const votes = ctx.known.get(key) ?? { person: 0, organization: 0, place: 0 };
        votes[m.kind]++;
        ctx.known.set(key, votes);
        // The same name twice in one article (as a person and as an organisation) is one entity there.
        const first = seen.get(key);
        if (first === undefined) seen.set(key, i);
        else absorb(ctx, i, first, 'same-spelling');
      });
    }
  });
}

/** The name a cluster's page shows: a full name for a person, not an acronym, the most used. */
function displayNode(g: ResolveGraph, nodes: number[], kind: Kind): number {
  const score = (n: number): number[] => {
    const node = g.nodes[n];
    const full = kind === 'person' ? (words(node.key).length > 1 ? 1 : 0) : isAcronym(g.spelling(n)) ? 0 : 1;
    return [full, node.votes[kind].size, node.articles.size, node.key.length];
  };
  return nodes.reduce((best, n) => {
    const [a, b] = [score(n), score(best)];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i] ? n : best;
    return g.nodes[n].key < g.nodes[best].key ? n : best;
  });
}

/** When each record was published, for "first seen": undated last, then by id. */
function firstSeenOrder(records: ArticleRecord[]): number[] {
  const order = records
    .map((_, i) => i)
    .sort((a, b) => {
      const [pa, pb] = [records[a].published ?? '9999', records[b].published ?? '9999'];
      return pa < pb ? -1 : pa > pb ? 1 : records[a].id < records[b].id ? -1 : records[a].id > records[b].id ? 1 : 0;
    });
  const rank: number[] = [];
  order.forEach((article, r) => (rank[article] = r));
  return rank;
}

/**
 * The name a cluster's page id is made from: a full name for a person (not an acronym for the
 * others), then the one the archive's earliest article uses, then the shortest key. Unlike the
 * display name it does not follow how often each spelling is used, so the id stays when another
 * spelling becomes the commoner one; it moves only when an earlier-dated article is added, or
 * when a person first gets a full name ("Obama" → "Barack Obama").
 */
function idNode(g: ResolveGraph, nodes: number[], kind: Kind, rank: number[]): number {
  const score = (n: number): number[] => {
    const node = g.nodes[n];
    const full = kind === 'person' ? (words(node.key).length > 1 ? 1 : 0) : isAcronym(g.spelling(n)) ? 0 : 1;
    return [full, -Math.min(...[...node.articles].map((a) => rank[a])), -node.key.length];
  };
  return nodes.reduce((best, n) => {
    const [a, b] = [score(n), score(best)];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i] ? n : best;
    return g.nodes[n].key < g.nodes[best].key ? n : best;
  });
}

function target(ctx: ResolveContext, i: number): number {
  while (ctx.mentions[i].into !== null) i = ctx.mentions[i].into!;
  return i;
}

/** Resolves the entities of `records`, with the editor's operations. */
export function resolveEntities(records: ArticleRecord[], editor: readonly EntityOp[] = []): Resolution {
  const ctx: ResolveContext = {
    records,
    mentions: [],
    byArticle: records.map(() => []),
    known: new Map(),
    graph: null,
    kinds: new Map(),
    names: new Map(),
    editor: [...editor],
    issues: [],
    articleNotes: new Map(),
  };
  collect(records, ctx);
  for (const step of RESOLVE_STEPS) {
    if (step.scope === 'archive' && !ctx.graph) ctx.graph = new ResolveGraph(records, ctx.mentions);
    step.run(ctx);
  }
  const g = ctx.graph ?? new ResolveGraph(records, ctx.mentions);

  // One entity per cluster, ordered by its name's key.
  const roots = g.roots();
  const rank = firstSeenOrder(records);
  const made = roots.map((root) => {
    const nodes = g.cluster(root);
    const kind = ctx.kinds.get(root) ?? 'person';
    const name = ctx.names.get(root) ?? g.spelling(displayNode(g, nodes, kind));
    const idName = ctx.names.get(root) ?? g.spelling(idNode(g, nodes, kind, rank));
    return { root, kind, name, idName, key: entityKey(name) };
  });
  made.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.root - b.root));
  const entityOfRoot = new Map(made.map((m, i) => [m.root, i]));
  const entities: ResolvedEntity[] = made.map((m) => ({
    kind: m.kind,
    name: m.name,
    idName: m.idName,
    aliases: [],
    roles: [],
    mentions: 0,
    articles: [],
    notes: [...(g.notes.get(m.root) ?? [])],
    maybe: [],
  }));

  const articles: ResolvedMention[][] = records.map(() => []);
  const forms = entities.map(() => new Map<string, string>());
  const arts = entities.map(() => new Set<number>());
  const roles = entities.map(() => new Set<string>());
  records.forEach((_, article) => {
    // Per entity of the article: its mention, and the keys of its aliases and its sentences so far (sets: an entity
    // named a hundred times in an article is not compared a hundred times over).
    const byEntity = new Map<number, { rm: ResolvedMention; own: string; aliasKeys: Set<string>; sentences: Set<string> }>();
    for (const i of ctx.byArticle[article]) {
      const m = ctx.mentions[i];
      const t = target(ctx, i);
      const live = ctx.mentions[t];
      const e = entityOfRoot.get(g.find(g.nodeOf.get(live.key)!))!;
      let here = byEntity.get(e);
      if (!here) {
        const rm: ResolvedMention = { entity: e, kind: entities[e].kind, name: live.name, aliases: [], mentions: 0, sentences: [], sources: [] };
        here = { rm, own: entityKey(rm.name), aliasKeys: new Set(), sentences: new Set() };
        byEntity.set(e, here);
        articles[article].push(rm);
      }
      const rm = here.rm;
      if (m.source) rm.sources.push(m.source);
      for (const f of [m.name, ...m.aliases]) {
        const k = entityKey(f);
        if (k !== here.own && !here.aliasKeys.has(k)) {
          here.aliasKeys.add(k);
          rm.aliases.push(f);
        }
        if (!forms[e].has(k)) forms[e].set(k, f);
      }
      if (m.role && !rm.role) rm.role = m.role;
      if (m.role && !roles[e].has(m.role)) {
        roles[e].add(m.role);
        entities[e].roles.push(m.role);
      }
      rm.mentions += m.mentions;
      entities[e].mentions += m.mentions;
      for (const s of m.sentences) {
        if (here.sentences.has(s)) continue;
        here.sentences.add(s);
        rm.sentences.push(s);
      }
      arts[e].add(article);
      if (t === i) entities[e].notes.push(...(ctx.articleNotes.get(i) ?? []));
    }
  });
  entities.forEach((e, i) => {
    e.articles = [...arts[i]].sort((a, b) => a - b);
    const own = entityKey(e.name);
    e.aliases = [...forms[i].entries()]
      .filter(([k]) => k !== own)
      .map(([, f]) => f)
      .sort();
    e.roles.sort();
  });
  const maybe = entities.map(() => new Set<number>());
  for (const [a, b] of g.maybe) {
    const [x, y] = [entityOfRoot.get(g.find(a))!, entityOfRoot.get(g.find(b))!];
    if (x === y) continue;
    maybe[x].add(y);
    maybe[y].add(x);
  }
  entities.forEach((e, i) => (e.maybe = [...maybe[i]]));
  for (const e of entities) e.maybe.sort((a, b) => a - b);
  return { entities, articles, issues: ctx.issues };
}

export { type Kind, type MergeNote, type EntityOp };
export { parseEntitiesFile, readEntitiesFile, EntitiesFileError, ENTITIES_FILE } from './entities-file.js';
