/**
 * Eleventy plugin: after the pages are written, the prebuilt Lunr index and the search
 * client (bundled with lunr by esbuild) go into the output folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildSearchIndex } from '../search/build.js';
import { currentArchive } from './data-plugin.js';

const CLIENT_ENTRY = join(dirname(fileURLToPath(import.meta.url)), '..', 'client', 'search.ts');

export async function writeSearchAssets(outDir: string): Promise<void> {
  const files = buildSearchIndex(currentArchive().articles);
  mkdirSync(join(outDir, 'search'), { recursive: true });
  writeFileSync(join(outDir, 'search', 'index.json'), JSON.stringify(files.index));
  writeFileSync(join(outDir, 'search', 'display.json'), JSON.stringify(files.display));
  await build({
    entryPoints: [CLIENT_ENTRY],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    outfile: join(outDir, 'assets', 'search.js'),
    logLevel: 'silent',
  });
}

export default function searchPlugin(eleventyConfig: any): void {
  eleventyConfig.on('eleventy.after', async ({ directories }: { directories: { output: string } }) => {
    await writeSearchAssets(directories.output);
  });
}
