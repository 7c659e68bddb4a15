/**
 * Eleventy plugin: after the pages are written, the split Lunr index (see src/search/format.ts)
 * goes into <output>/search-index/, the search client (bundled with lunr by esbuild) into
 * assets/search.js and the article-page highlighter into assets/highlight.js.
 */
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildSplitIndex, splitIndexFiles } from '../search/split.js';
import lunr from 'lunr';
import { AnalysisCache } from '../search/tokens.js';
import { currentArchive } from './data-plugin.js';
import { siteOptions } from './options.js';

/** Folder of the split index in the site (the client fetches <base>search-index/<file>). */
export const INDEX_DIR = 'search-index';

const ANALYSIS_FILE = 'search-analysis.json';
/** Bump when the analysis changes (the tokenizer or pipeline given to Lunr, the document fields). */
const ANALYSIS_VERSION = '1';

const CLIENT = join(dirname(fileURLToPath(import.meta.url)), '..', 'client');

export async function writeSearchAssets(outDir: string): Promise<void> {
  const dir = join(outDir, INDEX_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'd'), { recursive: true });
  const cacheDir = siteOptions().cacheDir;
  // Analysed documents by hash: a rebuild analyses only new and changed articles.
  const cache = new AnalysisCache(cacheDir ? join(cacheDir, ANALYSIS_FILE) : null, `lunr ${lunr.version}; ${ANALYSIS_VERSION}`);
  const split = buildSplitIndex(currentArchive().articles, { cache });
  cache.save();
  for (const [name, text] of splitIndexFiles(split)) writeFileSync(join(dir, name), text);
  await build({
    entryPoints: { search: join(CLIENT, 'search.ts'), highlight: join(CLIENT, 'highlight.ts') },
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    outdir: join(outDir, 'assets'),
    logLevel: 'silent',
  });
}

export default function searchPlugin(eleventyConfig: any): void {
  eleventyConfig.on('eleventy.after', async ({ directories }: { directories: { output: string } }) => {
    await writeSearchAssets(directories.output);
  });
}
