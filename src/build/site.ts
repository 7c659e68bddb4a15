/**
 * Stage 2: content/articles → _site with Eleventy. The site is built into a temporary folder
 * beside the output and swapped in only when the build succeeded, so a failed build leaves
 * the previous site whole.
 */
import { existsSync, renameSync, rmSync, mkdirSync } from 'node:fs';
import { dirname, basename, join, relative } from 'node:path';
import Eleventy from '@11ty/eleventy';
import { setSiteOptions } from '../site/options.js';
import { PACKAGE_ROOT, PACKAGE_TEMPLATES, ELEVENTY_CONFIG } from '../paths.js';
import type { BuildContext } from './context.js';

export async function buildSite(ctx: BuildContext): Promise<{ files: number }> {
  const { root, outDir, articlesDir } = ctx.options;
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(outDir)}.building-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  setSiteOptions({
    articlesDir,
    onProblem: (file, reason) => ctx.problems.push({ file: relative(root, file) || file, stage: 'record', reason, level: 'error' }),
  });
  // Eleventy resolves its own paths from the working folder: run it from the package.
  const cwd = process.cwd();
  process.chdir(PACKAGE_ROOT);
  let results: unknown[];
  try {
    const templates = existsSync(join(root, 'templates')) ? join(root, 'templates') : PACKAGE_TEMPLATES;
    const elev = new Eleventy(templates, tmp, { configPath: ELEVENTY_CONFIG, quietMode: true });
    results = (await elev.write()) as unknown[];
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  } finally {
    process.chdir(cwd);
  }
  const old = join(parent, `.${basename(outDir)}.old-${process.pid}`);
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
  return { files: Array.isArray(results) ? results.length : 0 };
}
