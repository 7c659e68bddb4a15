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
  name: string;
  aliases: string[];
  roles: string[];
  mentions: number;
  articles: ArticleRef[];
}

export function refOf(r: ArticleRecord): ArticleRef {
  return { id: r.id, title: r.title, published: r.published, outlet: r.outlet };
}

/** The key two records must share for their entities to be one: the name, folded. */
export function entityKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function byPublishedDesc(a: ArticleRef, b: ArticleRef): number {
  return (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id);
}

type Named = { name: string; aliases?: string[]; mentions?: number; role?: string };

/**
 * Groups the entities the records list (chosen by `pick`) across the archive. Ids are unique:
 * two different names whose slugs collide get a numeric suffix, given in name order.
 */
export function aggregate(records: ArticleRecord[], pick: (r: ArticleRecord) => Named[]): ArchiveEntity[] {
  const byKey = new Map<string, ArchiveEntity & { seen: Set<string> }>();
  for (const r of records) {
    for (const e of pick(r)) {
      const k = entityKey(e.name);
      if (!k) continue;
      let agg = byKey.get(k);
      if (!agg) {
        agg = { id: '', name: e.name, aliases: [], roles: [], mentions: 0, articles: [], seen: new Set() };
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
  const used = new Set<string>();
  return list.map(([, agg]) => {
    const base = nameSlug(agg.name);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const { seen: _seen, ...entity } = agg;
    return { ...entity, id, aliases: entity.aliases.sort(), roles: entity.roles.sort(), articles: entity.articles.sort(byPublishedDesc) };
  });
}
