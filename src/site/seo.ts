/**
 * What other programs read from the pages: the site's address (for canonical links, feeds and
 * the sitemap), NewsArticle JSON-LD and Open Graph facts. Nothing here reads the build clock:
 * the same records always give the same pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import type { Archive } from '../archive/index.js';
import type { SiteArticle } from '../archive/articles.js';

export const DEFAULT_SITE_URL = 'http://localhost:8080';

/** NEWS_ARCHIVE_SITE_URL, else package.json "homepage", else http://localhost:8080; no trailing slash. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  let url = env.NEWS_ARCHIVE_SITE_URL;
  if (!url) {
    try {
      url = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { homepage?: string }).homepage;
    } catch {
      url = undefined;
    }
  }
  if (!url || !/^https?:\/\//i.test(url)) url = DEFAULT_SITE_URL;
  return url.replace(/\/+$/, '');
}

/** The warning a build gives when no public address is set (every absolute URL then names localhost), else null. */
export function siteUrlWarning(env: NodeJS.ProcessEnv = process.env): string | null {
  if (siteUrl(env) !== DEFAULT_SITE_URL) return null;
  return `no public site address is set: canonical links, feeds, the sitemap and citations name ${DEFAULT_SITE_URL}. Set NEWS_ARCHIVE_SITE_URL (or "homepage" in package.json) to the address the site is published at`;
}

export function absolute(base: string, path: string): string {
  return new URL(path, base + '/').toString();
}

export function articlePath(id: string): string {
  return `/articles/${id}/`;
}

/** schema.org NewsArticle for an article page; the filter scriptJson makes it safe inside <script>. */
export function articleJsonLd(a: SiteArticle, base: string): Record<string, unknown> {
  const url = absolute(base, articlePath(a.id));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    ...(a.dek ? { description: a.dek } : {}),
    ...(a.published ? { datePublished: a.published } : {}),
    ...(a.author ? { author: { '@type': 'Person', name: a.author } } : {}),
    ...(a.outlet ? { publisher: { '@type': 'Organization', name: a.outlet } } : {}),
    ...(a.dateline ? { locationCreated: { '@type': 'Place', name: a.dateline } } : {}),
    ...(a.url ? { isBasedOn: a.url } : {}),
    url,
    mainEntityOfPage: url,
    mentions: a.facts.people.map((p) => ({ '@type': 'Person', name: p.name })),
  };
}

/** A citation line: Outlet. Author. "Title". Date. Permalink. */
export function citation(a: SiteArticle, base: string, readable: (d: string | null) => string): string {
  const parts = [a.author, `“${a.title}”`, a.outlet, a.published ? readable(a.published) : 'undated', absolute(base, articlePath(a.id))];
  return parts.filter(Boolean).join('. ') + '.';
}

/** Every page of the site, for sitemap.xml: paths only, in a fixed order. */
export function sitemapPaths(archive: Archive): { path: string; lastmod?: string }[] {
  const out: { path: string; lastmod?: string }[] = [];
  const add = (path: string, lastmod?: string | null) => out.push(lastmod ? { path, lastmod } : { path });
  add('/', archive.latest);
  for (const p of [
    '/archive/',
    '/people/',
    '/people/by-articles/',
    '/organisations/',
    '/places/',
    '/outlets/',
    '/timeline/',
    '/stories/',
    '/claims/',
    '/search/',
  ])
    add(p);
  for (const a of archive.articles) add(articlePath(a.id), a.published);
  for (const p of archive.people) add(`/people/${p.id}/`, p.articles[0]?.published);
  for (const o of archive.organizations) add(`/organisations/${o.id}/`, o.articles[0]?.published);
  for (const o of archive.places) add(`/places/${o.id}/`, o.articles[0]?.published);
  for (const o of archive.outlets) add(`/outlets/${o.id}/`, o.articles[0]?.published);
  for (const s of archive.stories) add(`/stories/${s.id}/`, s.last);
  for (const y of archive.years) add(`/archive/${y.year}/`);
  for (const m of archive.months) add(`/archive/${m.month}/`);
  for (const y of archive.timeline) add(`/timeline/${y.year}/`);
  for (const y of archive.claimYears) add(`/claims/${y.year}/`);
  return out;
}
