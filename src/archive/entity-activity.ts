/**
 * What an entity's page shows of its place in the archive: how many articles named it in each
 * month (publication month, every month from its first to its last, empty ones included), and
 * the entities most often named in the same articles. From the resolved entities
 * (src/archive/resolve): one entity per real thing, so "Apple" and "Apple Inc." count once.
 */
import type { Resolution } from './resolve/index.js';

/** How many co-mentioned entities a page lists. */
export const CO_MENTIONED_LIMIT = 8;

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  count: number;
}

export interface CoMentioned {
  /** Index of the entity in the resolution. */
  entity: number;
  /** Articles naming both. */
  count: number;
}

/** "2023-03" → the next month, "2023-04". */
export function nextMonth(month: string): string {
  const y = +month.slice(0, 4);
  const m = +month.slice(5, 7);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Articles per publication month, every month from the first to the last (undated articles left out). */
export function articlesPerMonth(published: (string | null)[]): MonthCount[] {
  const counts = new Map<string, number>();
  for (const p of published) if (p && p.length >= 7) counts.set(p.slice(0, 7), (counts.get(p.slice(0, 7)) ?? 0) + 1);
  if (!counts.size) return [];
  const months = [...counts.keys()].sort();
  const out: MonthCount[] = [];
  for (let m = months[0]; m <= months[months.length - 1]; m = nextMonth(m)) out.push({ month: m, count: counts.get(m) ?? 0 });
  return out;
}

/**
 * The first `limit` items in the order `compare` gives (a total order), in that order: what
 * sorting them all and keeping the first would give, without sorting the thousands an entity
 * named in many articles is named with.
 */
export function topRanked<T>(items: T[], compare: (a: T, b: T) => number, limit: number): T[] {
  const top: T[] = [];
  if (limit <= 0) return top;
  for (const item of items) {
    if (top.length === limit && compare(item, top[top.length - 1]) >= 0) continue;
    let at = top.length;
    while (at > 0 && compare(item, top[at - 1]) < 0) at--;
    top.splice(at, 0, item);
    if (top.length > limit) top.pop();
  }
  return top;
}

/**
 * For every entity, the entities named in most of the same articles (then the rarer in the
 * archive, then by name), at most `limit`. One counter array is reused from entity to entity.
 */
export function coMentions(res: Resolution, limit = CO_MENTIONED_LIMIT): CoMentioned[][] {
  const inArticle: number[][] = res.articles.map((ms) => [...new Set(ms.map((m) => m.entity))]);
  const count = new Int32Array(res.entities.length);
  const out: CoMentioned[][] = [];
  for (let e = 0; e < res.entities.length; e++) {
    const touched: number[] = [];
    for (const a of res.entities[e].articles) {
      for (const other of inArticle[a] ?? []) {
        if (other === e) continue;
        if (count[other] === 0) touched.push(other);
        count[other]++;
      }
    }
    const ranked = topRanked(
      touched.map((o) => ({ entity: o, count: count[o] })),
      (x, y) =>
        y.count - x.count ||
        res.entities[x.entity].articles.length - res.entities[y.entity].articles.length ||
        res.entities[x.entity].name.localeCompare(res.entities[y.entity].name) ||
        x.entity - y.entity,
      limit,
    );
    for (const o of touched) count[o] = 0;
    out.push(ranked);
  }
  return out;
}

/**
 * An entity's articles per month, from the articles its page lists. Computed when its page is
 * rendered (the `perMonth` filter), not for every entity of every build: it follows from the
 * articles' dates, which the page's hash already covers.
 */
export function entityMonths(entity: { articles: { published: string | null }[] }): MonthCount[] {
  return articlesPerMonth(entity.articles.map((a) => a.published));
}
