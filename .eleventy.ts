/**
 * Eleventy configuration: thin on purpose. Records come in as global data (schema-checked),
 * filters, feeds and search are plugins in src/site/. Article text is rendered by marked through
 * a filter and never passes through a template engine.
 *
 * `news-archive build` does not load this file as a config file: it imports `configureSite` and
 * calls it from Eleventy's programmatic `config` option with the build's run (src/site/options.ts),
 * which each plugin receives as its options. A plain Eleventy run (`npx @11ty/eleventy`) loads
 * the default export, which makes a run of its own with the defaults.
 */
import type { UserConfig } from '@11ty/eleventy';
import dataPlugin from './src/site/data-plugin.js';
import filtersPlugin from './src/site/filters.js';
import feedsPlugin from './src/site/feeds.js';
import searchPlugin from './src/site/search-plugin.js';
import { cacheNunjucksCompile } from './src/site/nunjucks-cache.js';
import { siteRun, type SiteRun } from './src/site/options.js';

/** The site's templates, layouts and data folders, inside the templates folder; Nunjucks only. */
export async function configureSite(eleventyConfig: UserConfig, run: SiteRun): Promise<void> {
  // Each template is compiled once per build, not once per page (see src/site/nunjucks-cache.ts).
  await cacheNunjucksCompile();
  eleventyConfig.setTemplateFormats(['njk']);
  eleventyConfig.setIncludesDirectory('_includes');
  eleventyConfig.setLayoutsDirectory('_layouts');
  eleventyConfig.setDataDirectory('_data');
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  eleventyConfig.addPlugin(dataPlugin, run);
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(feedsPlugin);
  eleventyConfig.addPlugin(searchPlugin, run);
  eleventyConfig.addPassthroughCopy({ 'templates/assets/style.css': 'assets/style.css' });
  eleventyConfig.addPassthroughCopy({ 'templates/assets/favicon.svg': 'assets/favicon.svg' });
  eleventyConfig.setQuietMode(true);
}

/** A plain Eleventy run: the records of content/articles under the working folder. */
export default async function (eleventyConfig: UserConfig): Promise<void> {
  await configureSite(eleventyConfig, siteRun());
}
