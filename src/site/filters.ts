/** Eleventy plugin: the filters templates use. Everything they return from article text is escaped. */
import type { ArticleRecord } from '../write/schema.js';
import type { Archive, ArchiveEntity } from '../archive/index.js';
import { renderMarkdown, type NameLink } from './render.js';
import { entityKey } from '../archive/entities.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-03-24" → "24 March 2023"; "2023-03" → "March 2023"; "2023" → "2023". */
export function readableDate(value: string | null | undefined): string {
  if (!value) return 'undated';
  const [y, m, d] = value.split('-');
  if (d) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y;
}

/** Safe inside <script type="application/ld+json">: no "</script", no HTML comment openers. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function entityFor(list: ArchiveEntity[], name: string): ArchiveEntity | undefined {
  const k = entityKey(name);
  return list.find((e) => entityKey(e.name) === k);
}

export function nameLinks(record: ArticleRecord, archive: Archive, prefix: string): NameLink[] {
  const links: NameLink[] = [];
  for (const p of record.people) {
    const e = entityFor(archive.people, p.name);
    if (!e) continue;
    for (const form of [p.name, ...p.aliases]) if (form.length > 2) links.push({ form, href: `${prefix}people/${e.id}/` });
  }
  return links;
}

export default function filtersPlugin(eleventyConfig: any): void {
  eleventyConfig.addFilter('readableDate', readableDate);
  eleventyConfig.addFilter('scriptJson', scriptJson);
  eleventyConfig.addFilter('entityFor', entityFor);
  eleventyConfig.addFilter('articleBody', function (this: any, record: ArticleRecord, archive: Archive) {
    const prefix = eleventyConfig.pathPrefix ?? '/';
    return renderMarkdown(record.body, nameLinks(record, archive, prefix));
  });
  eleventyConfig.addFilter('take', (list: unknown[], n: number) => (list ?? []).slice(0, n));
  eleventyConfig.addFilter('sortByArticles', (list: ArchiveEntity[]) =>
    [...list].sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name)),
  );
  eleventyConfig.addFilter('monthName', (month: string) => readableDate(month));
}
