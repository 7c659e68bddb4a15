/**
 * Eleventy plugin: Atom feeds (site and per person) and the sitemap get their filters from
 * @11ty/eleventy-plugin-rss; the site's address is global data `site`.
 */
import type { UserConfig } from '@11ty/eleventy';
import { rssPlugin } from '@11ty/eleventy-plugin-rss';
import { siteUrl, siteUrlWarning, sitemapPaths, absolute } from './seo.js';

/** Said once per process (a watching server rebuilds often). */
let warned = false;

/** A publication date (YYYY-MM-DD) as an RFC 3339 time at midnight UTC: from the record, never the clock. */
export function feedDate(day: string | null | undefined): string {
  return `${day ?? '1970-01-01'}T00:00:00Z`;
}

export default function feedsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addPlugin(rssPlugin);
  eleventyConfig.addGlobalData('site', () => ({ url: siteUrl() }));
  eleventyConfig.on('eleventy.before', () => {
    const warning = warned ? null : siteUrlWarning();
    if (warning) console.warn(`[news-archive] ${warning}`);
    warned = true;
  });
  eleventyConfig.addFilter('feedDate', feedDate);
  // Pure and called on every page (canonical links, feeds): remembered per build.
  const known = new Map<string, string>();
  eleventyConfig.addFilter('absolute', (path: string, base: string) => {
    const key = `${base}\u0000${path}`;
    let out = known.get(key);
    if (out === undefined) {
      out = absolute(base, path);
      known.set(key, out);
    }
    return out;
  });
  eleventyConfig.addFilter('sitemapPaths', sitemapPaths);
}
