/**
 * Pagefind over the built site's article pages (its Node API, the same binary as `npx pagefind`).
 *
 * Pagefind is installed on first use into .cache/pagefind rather than listed in package.json:
 * the registry this project installs from lacks its non-Linux platform packages, and `npm ci`
 * refuses a lock file that names optional packages it cannot resolve.
 */
import { rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../../src/paths.js';

export const PAGEFIND_VERSION = '1.6.0';
const PREFIX = join(PACKAGE_ROOT, '.cache', 'pagefind');

/** The part of Pagefind's Node API the benchmark uses. */
interface PagefindApi {
  createIndex(options: { rootSelector: string }): Promise<{ index?: PagefindIndex; errors: string[] }>;
  close(): Promise<void>;
}
interface PagefindIndex {
  addDirectory(options: { path: string; glob: string }): Promise<{ page_count: number; errors: string[] }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
}

/** Pagefind's Node API, installed into .cache/pagefind the first time. */
export async function loadPagefind(): Promise<PagefindApi> {
  const entry = join(PREFIX, 'node_modules', 'pagefind', 'package.json');
  if (!existsSync(entry)) {
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', PREFIX, `pagefind@${PAGEFIND_VERSION}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const main = join(PREFIX, 'node_modules', 'pagefind', 'lib', 'index.js');
  return (await import(pathToFileURL(main).href)) as PagefindApi;
}

export interface PagefindRun {
  ms: number;
  pages: number;
  errors: string[];
}

export async function runPagefind(site: string, outputPath: string): Promise<PagefindRun> {
  rmSync(outputPath, { recursive: true, force: true });
  const pagefind = await loadPagefind();
  const t0 = performance.now();
  // The article pages only (the archive's own index holds the articles), their <main>.
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'main' });
  if (!index) return { ms: 0, pages: 0, errors };
  const added = await index.addDirectory({ path: site, glob: 'articles/**/*.html' });
  const written = await index.writeFiles({ outputPath });
  const ms = performance.now() - t0;
  await pagefind.close();
  return { ms, pages: added.page_count, errors: [...errors, ...added.errors, ...written.errors] };
}
