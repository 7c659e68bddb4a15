/**
 * Eleventy configuration: thin on purpose. Records come in as global data (schema-checked),
 * filters, feeds and search are plugins in src/site/. Article text is rendered by marked through
 * a filter and never passes through a template engine.
 */
import dataPlugin from './src/site/data-plugin.js';
import filtersPlugin from './src/site/filters.js';
import feedsPlugin from './src/site/feeds.js';
import searchPlugin from './src/site/search-plugin.js';
import { cacheNunjucksCompile } from './src/site/nunjucks-cache.js';

export default async function (eleventyConfig: any) {
  // Each template is compiled once per build, not once per page (see src/site/nunjucks-cache.ts).
  await cacheNunjucksCompile();
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  eleventyConfig.addPlugin(dataPlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(feedsPlugin);
  eleventyConfig.addPlugin(searchPlugin);
  eleventyConfig.addPassthroughCopy({ 'templates/assets/style.css': 'assets/style.css' });
  eleventyConfig.addPassthroughCopy({ 'templates/assets/favicon.svg': 'assets/favicon.svg' });
  eleventyConfig.setQuietMode(true);
}

export const config = {
  dir: {
    includes: '_includes',
    layouts: '_layouts',
    data: '_data',
  },
  templateFormats: ['njk'],
  htmlTemplateEngine: 'njk',
};
