/**
 * What the merge steps work on. Article by article, each extracted person, organisation and place
 * is a mention; after the article steps, every distinct name (its folded key) is a node, and the
 * archive steps join nodes into clusters (union-find). A join is refused when the two clusters
 * conflict (an editor keeps them apart; two full names of different people; for weak rules, two
 * names an article lists as two entities). Every join keeps a note: which rule joined which
 * names, and its evidence.
 */
import type { ArticleRecord } from '../../write/schema.js';
import { entityKey } from '../entities.js';
import { compatiblePersons, personParts, type PersonParts } from './names.js';

export type Kind = 'person' | 'organization' | 'place';
export const KINDS: readonly Kind[] = ['person', 'organization', 'place'];
export type ListName = 'people' | 'organizations' | 'places';
export const KIND_OF: Record<ListName, Kind> = { people: 'person', organizations: 'organization', places: 'place' };

/** One entity as one article lists it. */
export interface Mention {
  /** Index of its record. */
  article: number;
  /** Its type in this article (as extracted, or as an article step decided). */
  kind: Kind;
  /** Where it is in the record; null for a name split off another item's aliases. */
  source: { list: ListName; index: number } | null;
  name: string;
  key: string;
  aliases: string[];
  role?: string;
  mentions: number;
  sentences: string[];
  /** Another mention of the same article that this one is part of ("Steve" of "Steve Jobs"). */
  into: number | null;
}

export interface Evidence {
  /** The record id. */
  article: string;
  sentence?: string;
}

/** Why two names are one entity. */
export interface MergeNote {
  /** The merge step (or "editor"). */
  rule: string;
  names: [string, string];
  evidence: Evidence[];
}

export interface NameNode {
  key: string;
  /** Each spelling of the name with the number of mentions using it. */
  spellings: Map<string, number>;
  /** Articles (record indices) naming it, per type. */
  votes: Record<Kind, Set<number>>;
  articles: Set<number>;
  mentions: number[];
  person: PersonParts | null;
}

/** Mentions of one record that are not part of another. */
export function liveMentions(ctx: { mentions: Mention[]; byArticle: number[][] }, article: number): Mention[] {
  return ctx.byArticle[article].map((i) => ctx.mentions[i]).filter((m) => m.into === null);
}

export class ResolveGraph {
  readonly nodes: NameNode[] = [];
  readonly nodeOf = new Map<string, number>();
  private readonly parent: number[] = [];
  private readonly members = new Map<number, number[]>();
  private readonly articleSets = new Map<number, Set<number>>();
  readonly notes = new Map<number, MergeNote[]>();
  /** Keys an editor keeps apart. */
  private readonly apart = new Map<string, Set<string>>();
  /** "May be" pairs of nodes: ambiguous short names and their candidates. */
  readonly maybe: [number, number, string][] = [];

  private readonly aliasOf = new Map<string, number>();

  constructor(
    readonly records: ArticleRecord[],
    mentions: Mention[],
  ) {
    mentions.forEach((m, i) => {
      if (m.into !== null) return;
      let n = this.nodeOf.get(m.key);
      if (n === undefined) {
        n = this.nodes.length;
        this.nodeOf.set(m.key, n);
        this.nodes.push({
          key: m.key,
          spellings: new Map(),
          votes: { person: new Set(), organization: new Set(), place: new Set() },
          articles: new Set(),
          mentions: [],
          person: null,
        });
        this.parent.push(n);
        this.members.set(n, [n]);
      }
      const node = this.nodes[n];
      node.spellings.set(m.name, (node.spellings.get(m.name) ?? 0) + m.mentions);
      node.votes[m.kind].add(m.article);
      node.articles.add(m.article);
      node.mentions.push(i);
    });
    for (const m of mentions) {
      if (m.into !== null) continue;
      for (const a of m.aliases) if (!this.aliasOf.has(entityKey(a))) this.aliasOf.set(entityKey(a), this.nodeOf.get(m.key)!);
    }
    for (const node of this.nodes) node.person = node.votes.person.size ? personParts(node.key) : null;
    this.nodes.forEach((node, n) => this.articleSets.set(n, new Set(node.articles)));
  }

  /** The node of a name, or of the name an article gives it as an alias. */
  node(name: string): number | undefined {
    const k = entityKey(name);
    return this.nodeOf.get(k) ?? this.aliasOf.get(k);
  }

  find(n: number): number {
    while (this.parent[n] !== n) {
      this.parent[n] = this.parent[this.parent[n]];
      n = this.parent[n];
    }
    return n;
  }

  /** The nodes some article names as this kind (an organisation, say), in node order. */
  namedAs(kind: Kind): number[] {
    return [...this.nodes.keys()].filter((n) => this.nodes[n].votes[kind].size > 0);
  }

  /** The nodes of a node's cluster. */
  cluster(n: number): number[] {
    return this.members.get(this.find(n))!;
  }

  /** Articles naming any name of the cluster. */
  clusterArticles(n: number): Set<number> {
    return this.articleSets.get(this.find(n))!;
  }

  /** Articles per type over the cluster. */
  clusterVotes(n: number): Record<Kind, number> {
    const out: Record<Kind, Set<number>> = { person: new Set(), organization: new Set(), place: new Set() };
    for (const m of this.cluster(n)) for (const k of KINDS) for (const a of this.nodes[m].votes[k]) out[k].add(a);
    return { person: out.person.size, organization: out.organization.size, place: out.place.size };
  }

  keepApart(a: string, b: string): void {
    const [x, y] = [entityKey(a), entityKey(b)];
    if (!this.apart.has(x)) this.apart.set(x, new Set());
    if (!this.apart.has(y)) this.apart.set(y, new Set());
    this.apart.get(x)!.add(y);
    this.apart.get(y)!.add(x);
  }

  /** Why two clusters cannot be one, or null. `weak`: also when one article lists both as two entities. */
  conflict(a: number, b: number, weak: boolean, force = false): string | null {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return null;
    const A = this.members.get(ra)!;
    const B = this.members.get(rb)!;
    const keysB = new Set(B.map((n) => this.nodes[n].key));
    for (const n of A) for (const k of this.apart.get(this.nodes[n].key) ?? []) if (keysB.has(k)) return 'kept apart by content/entities.yml';
    if (force) return null;
    const people = (list: number[]) => list.map((n) => this.nodes[n].person).filter((p): p is PersonParts => p !== null);
    const pb = people(B);
    for (const p of people(A)) for (const q of pb) if (p.surname === q.surname && !compatiblePersons(p, q)) return 'two different full names';
    if (weak) {
      const [small, large] = [this.articleSets.get(ra)!, this.articleSets.get(rb)!].sort((x, y) => x.size - y.size);
      for (const art of small) if (large.has(art)) return 'an article names both as two entities';
    }
    return null;
  }

  /** Joins the clusters of two nodes unless they conflict (`force`: only an editor's split stops it); returns whether they are one now. */
  join(a: number, b: number, note: MergeNote, weak = false, force = false): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    if (this.conflict(ra, rb, weak, force)) return false;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    this.members.get(root)!.push(...this.members.get(child)!);
    this.members.delete(child);
    const arts = this.articleSets.get(root)!;
    for (const x of this.articleSets.get(child)!) arts.add(x);
    this.articleSets.delete(child);
    const notes = this.notes.get(root) ?? [];
    notes.push(...(this.notes.get(child) ?? []), note);
    this.notes.set(root, notes);
    this.notes.delete(child);
    return true;
  }

  /** The roots of all clusters, in node order. */
  roots(): number[] {
    return this.nodes.map((_, n) => n).filter((n) => this.find(n) === n);
  }

  /** The most used spelling of a node. */
  spelling(n: number): string {
    let best = '';
    let count = -1;
    for (const [s, c] of this.nodes[n].spellings) if (c > count || (c === count && s < best)) [best, count] = [s, c];
    return best;
  }

  /** Evidence for a name: the first article naming it, and a sentence there. */
  evidence(n: number, mentions: Mention[], limit = 2): Evidence[] {
    return this.nodes[n].mentions.slice(0, limit).map((i) => {
      const m = mentions[i];
      return { article: this.records[m.article].id, ...(m.sentences[0] ? { sentence: m.sentences[0] } : {}) };
    });
  }
}
