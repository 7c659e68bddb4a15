/** Eleventy plugin: the records (schema-checked) and the archive built from them, as global data. */
import type { Archive } from '../archive/index.js';
import { buildArchive } from '../archive/index.js';
import { loadRecords } from './records.js';
import { siteOptions } from './options.js';

let last: Archive | null = null;

/** The archive of the build in progress (the search plugin indexes the same records). */
export function currentArchive(): Archive {
  last ??= load();
  return last;
}

function load(): Archive {
  const opts = siteOptions();
  const report = opts.onProblem ?? ((file: string, reason: string) => console.warn(`[news-archive] ${file}: ${reason}`));
  const { records, anchors } = loadRecords(opts.articlesDir, report, opts.cacheDir);
  return buildArchive(records, anchors);
}

export default function dataPlugin(eleventyConfig: any): void {
  eleventyConfig.addWatchTarget(siteOptions().articlesDir);
  eleventyConfig.on('eleventy.before', () => {
    last = load();
  });
  eleventyConfig.addGlobalData('archive', () => currentArchive());
}
