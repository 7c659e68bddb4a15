/**
 * The state the merge steps share, and the shape of a step. Steps run in the order of
 * RESOLVE_STEPS (index.ts): article steps first, on each article's own list of entities, then
 * archive steps on the graph of names (graph.ts) built from what the article steps left.
 */
import type { ArticleRecord } from '../../write/schema.js';
import { entityKey } from '../entities.js';
import type { EntityOp } from './entities-file.js';
import { KINDS, type Kind, type Mention, type MergeNote, type ResolveGraph } from './graph.js';

export interface ResolveContext {
  records: ArticleRecord[];
  mentions: Mention[];
  /** Mention indices of each record. */
  byArticle: number[][];
  /** Every name the records give an entity (not aliases), folded → the articles per type. */
  known: Map<string, Record<Kind, number>>;
  /** The graph of names: set once the article steps are done. */
  graph: ResolveGraph | null;
  /** Decided types of clusters (by root), set by the type vote and the editor. */
  kinds: Map<number, Kind>;
  /** Display names an editor gave (by root). */
  names: Map<number, string>;
  editor: EntityOp[];
  /** Editor operations that found nothing to act on. */
  issues: string[];
  /** Joins made inside one article, by the mention they joined into. */
  articleNotes: Map<number, MergeNote[]>;
}

export interface ResolveStep {
  /** Short id, shown in "Why these names are one" notes. */
  name: string;
  scope: 'article' | 'archive';
  /** What the step joins, in a few plain words (shown beside its notes). */
  describes: string;
  run(ctx: ResolveContext): void;
}

/** A note for a join of two nodes, with a mention of each as evidence. */
export function noteFor(ctx: ResolveContext, rule: string, a: number, b: number): MergeNote {
  const g = ctx.graph!;
  const evidence = [...g.evidence(b, ctx.mentions, 1), ...g.evidence(a, ctx.mentions, 1)];
  const seen = new Set<string>();
  return {
    rule,
    names: [g.spelling(a), g.spelling(b)],
    evidence: evidence.filter((e) => !seen.has(e.article + e.sentence) && !!seen.add(e.article + e.sentence)),
  };
}

/** The type most articles give a name, or null for an unknown name. */
export function knownKind(ctx: ResolveContext, name: string): Kind | null {
  const votes = ctx.known.get(entityKey(name));
  if (!votes) return null;
  return KINDS.reduce((best, k) => (votes[k] > votes[best] ? k : best), KINDS[0]);
}

/** Adds a mention to a record (a name split off another's aliases); returns its index. */
export function addMention(ctx: ResolveContext, m: Mention): number {
  const i = ctx.mentions.length;
  ctx.mentions.push(m);
  ctx.byArticle[m.article].push(i);
  return i;
}

/** Makes mention `from` part of mention `into` (same article): its names become aliases there. */
export function absorb(ctx: ResolveContext, from: number, into: number, rule: string): void {
  const a = ctx.mentions[from];
  const b = ctx.mentions[into];
  a.into = into;
  const notes = ctx.articleNotes.get(into) ?? [];
  const sentence = a.sentences[0] ?? b.sentences[0];
  notes.push({ rule, names: [a.name, b.name], evidence: [{ article: ctx.records[a.article].id, ...(sentence ? { sentence } : {}) }] });
  ctx.articleNotes.set(into, notes);
  for (const form of [a.name, ...a.aliases]) if (form !== b.name && !b.aliases.includes(form)) b.aliases.push(form);
}
