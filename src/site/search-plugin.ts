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
import { currentArchive } from './data-plugin.js';

/** Folder of the split index in the site (the client fetches <base>search-index/<file>). */
export const INDEX_DIR = 'search-index';

const CLIENT = join(dirname(fileURLToPath(import.meta.url)), '..', 'client');

export async function writeSearchAssets(outDir: string): Promise<void> {
  const dir = join(outDir, INDEX_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'd'), { recursive: true });
  for (const [name, text] of splitIndexFiles(buildSplitIndex(currentArchive().articles))) writeFileSync(join(dir, name), text);
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
