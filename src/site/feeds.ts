/**
 * Eleventy plugin: Atom feeds (site and per person) and the sitemap get their filters from
 * @11ty/eleventy-plugin-rss; the site's address is global data `site`.
 */
import { rssPlugin } from '@11ty/eleventy-plugin-rss';
import { siteUrl, sitemapPaths, absolute } from './seo.js';

/** A publication date (YYYY-MM-DD) as an RFC 3339 time at midnight UTC: from the record, never the clock. */
export function feedDate(day: string | null | undefined): string {
  return `${day ?? '1970-01-01'}T00:00:00Z`;
}

export default function feedsPlugin(eleventyConfig: any): void {
  eleventyConfig.addPlugin(rssPlugin);
  eleventyConfig.addGlobalData('site', () => ({ url: siteUrl() }));
  eleventyConfig.addFilter('feedDate', feedDate);
  eleventyConfig.addFilter('absolute', (path: string, base: string) => absolute(base, path));
  eleventyConfig.addFilter('sitemapPaths', sitemapPaths);
}
