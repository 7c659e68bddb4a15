/**
 * People, organisations, places and outlets across the archive: one entry per entity, with a
 * stable id (the slug of its name) and every article that names it.
 */
import type { ArticleRecord } from '../write/schema.js';
import { nameSlug } from '../write/slug.js';

export interface ArticleRef {
  id: string;
  title: string;
  published: string | null;
  outlet: string | null;
}

export interface ArchiveEntity {
  id: string;
  /** The folded name that identifies it across articles. */
  key: string;
  name: string;
  aliases: string[];
  roles: string[];
  mentions: number;
  articles: ArticleRef[];
  /** Why its names are one: each join of the resolution (src/archive/resolve), with its evidence. */
  why?: { rule: string; describes: string; names: [string, string]; evidence: { article: string; sentence?: string }[] }[];
  /** Entities it may be: ambiguous names kept apart (href: the page's path). */
  maybeAlso?: { id: string; name: string; href: string }[];
  /** The entities most often named in the same articles (href: the page's path). */
  together?: { name: string; href: string; kind: 'person' | 'organization' | 'place'; count: number }[];
}

/** Each record's reference, made once (refOf). */
const REFS = new WeakMap<ArticleRecord, ArticleRef>();

/**
 * The reference by which pages name an article: one frozen object per record, shared by every list
 * that names it (at 10,000 articles the lists name articles some 480,000 times). Frozen, because
 * shared: a list that needs more fields copies it (`{ ...refOf(r), reason }`).
 */
export function refOf(r: ArticleRecord): ArticleRef {
  let ref = REFS.get(r);
  if (ref === undefined) REFS.set(r, (ref = Object.freeze({ id: r.id, title: r.title, published: r.published, outlet: r.outlet })));
  return ref;
}

/** The key two records must share for their entities to be one: the name, folded. */
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 200_000;

export function entityKey(name: string): string {
  const known = KEY_CACHE.get(name);
  if (known !== undefined) return known;
  if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
  const key = foldName(name);
  KEY_CACHE.set(name, key);
  return key;
}

function foldName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

export function byPublishedDesc(a: ArticleRef, b: ArticleRef): number {
  return (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id);
}

type Named = { name: string; aliases?: string[]; mentions?: number; role?: string };

/** The slug of a folded key, without transliteration: used to decide which name owns a plain slug. */
function plainSlug(key: string): string {
  return key.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

/**
 * Stable ids: an entity's id is the slug of its name. When two different names give the same
 * slug ("O'Neil", "ONeil"), the name whose plain form is the slug keeps it and the others get a
 * suffix from a hash of their own name — never a counter, so adding articles never renumbers
 * the pages of others.
 */
export function stableIds(keys: { key: string; name: string }[]): Map<string, string> {
  const bySlug = new Map<string, { key: string; name: string }[]>();
  for (const k of keys) {
    const base = nameSlug(k.name);
    const list = bySlug.get(base) ?? [];
    list.push(k);
    bySlug.set(base, list);
  }
  const ids = new Map<string, string>();
  for (const [base, list] of bySlug) {
    if (list.length === 1) {
      ids.set(list[0].key, base);
      continue;
    }
    // Only one name keeps the plain slug, even when several fold to it ("Genmund", "Genmund'").
    let owned = false;
    for (const k of list) {
      const owns: boolean = !owned && plainSlug(k.key) === base;
      owned ||= owns;
      ids.set(k.key, owns ? base : `${base}-${shortHash(k.key)}`);
    }
  }
  return ids;
}

/** Groups the entities the records list (chosen by `pick`) across the archive, one per folded name. */
export function aggregate(records: ArticleRecord[], pick: (r: ArticleRecord) => Named[]): ArchiveEntity[] {
  const byKey = new Map<string, ArchiveEntity & { seen: Set<string> }>();
  for (const r of records) {
    for (const e of pick(r)) {
      const k = entityKey(e.name);
      if (!k) continue;
      let agg = byKey.get(k);
      if (!agg) {
        agg = { id: '', key: k, name: e.name, aliases: [], roles: [], mentions: 0, articles: [], seen: new Set() };
        byKey.set(k, agg);
      }
      for (const a of e.aliases ?? []) if (!agg.aliases.includes(a) && a !== agg.name) agg.aliases.push(a);
      if (e.role && !agg.roles.includes(e.role)) agg.roles.push(e.role);
      agg.mentions += e.mentions ?? 1;
      if (!agg.seen.has(r.id)) {
        agg.seen.add(r.id);
        agg.articles.push(refOf(r));
      }
    }
  }
  const list = [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const ids = stableIds(list.map(([key, agg]) => ({ key, name: agg.name })));
  return list.map(([key, agg]) => {
    const { seen: _seen, ...entity } = agg;
    return { ...entity, id: ids.get(key)!, aliases: entity.aliases.sort(), roles: entity.roles.sort(), articles: entity.articles.sort(byPublishedDesc) };
  });
}
