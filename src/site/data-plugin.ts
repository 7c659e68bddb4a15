/** Eleventy plugin: the records (schema-checked) and the archive built from them, as global data. */
import type { Archive } from '../archive/index.js';
import { buildArchive } from '../archive/index.js';
import { loadRecords, type LoadedRecords } from './records.js';
import { siteOptions } from './options.js';

let loaded: LoadedRecords | null = null;
let last: Archive | null = null;

/** The records of the build in progress (read once per build; the search plugin indexes them). */
export function currentRecords(): LoadedRecords {
  if (!loaded) {
    const opts = siteOptions();
    const report = opts.onProblem ?? ((file: string, reason: string) => console.warn(`[news-archive] ${file}: ${reason}`));
    loaded = loadRecords(opts.articlesDir, report, opts.cacheDir, opts.onNotice);
  }
  return loaded;
}

/** The archive of the build in progress, built from currentRecords() when first asked for. */
export function currentArchive(): Archive {
  if (!last) {
    const { records, anchors } = currentRecords();
    last = buildArchive(records, anchors);
  }
  return last;
}

export default function dataPlugin(eleventyConfig: any): void {
  eleventyConfig.addWatchTarget(siteOptions().articlesDir);
  eleventyConfig.on('eleventy.before', () => {
    // Each build reads the records again; the archive waits until the templates ask for it
    // (the search plugin starts indexing the records before that).
    loaded = null;
    last = null;
    currentRecords();
  });
  eleventyConfig.addGlobalData('archive', () => currentArchive());
}
