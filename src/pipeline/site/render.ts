/**
 * The site rendered by Eleventy into the new folder, in as many passes as the largest template
 * needs (passes.ts); the search index is written meanwhile (src/site/search-plugin.ts).
 */
import { rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { UserConfig } from '@11ty/eleventy';
import { stopSearchProcess } from '../../site/search-plugin.js';
import { configureSite } from '../../../.eleventy.js';
import { PACKAGE_ROOT } from '../../paths.js';
import { crashPoint } from '../crash.js';
import type { SiteBuild } from './build.js';
import { incrementalConfig, templateKey } from './plan.js';

/**
 * Renders the pages into the new folder (timed as `site.eleventy`, and `search` for what is
 * written after the pages). A failed run stops the search process and removes the new folder.
 */
export async function render(site: SiteBuild): Promise<void> {
  const { ctx, pass, run, templates, tmp } = site;
  // Eleventy resolves its own paths from the working folder: run it from the package.
  const cwd = process.cwd();
  process.chdir(PACKAGE_ROOT);
  const t0 = performance.now();
  try {
    const config = async (eleventyConfig: UserConfig) => {
      incrementalConfig(site, eleventyConfig);
      await configureSite(eleventyConfig, run);
    };
    // No config file: the site's configuration is .eleventy.ts's configureSite, given this build's run.
    // A pass's pages (and Eleventy's copies of them) are let go before the next pass starts.
    for (; pass.index < pass.count; pass.index++) {
      const elev = new Eleventy(templates, tmp, { configPath: false, quietMode: true, config });
      collect(site, await elev.write());
    }
  } catch (err) {
    await stopSearchProcess(run);
    await Promise.allSettled(site.linking); // no link lands in the folder after it is removed
    rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    throw err;
  } finally {
    process.chdir(cwd);
  }
  const t1 = performance.now();
  if (site.afterStarted) {
    ctx.timings['site.eleventy'] = site.afterStarted - t0;
    ctx.timings.search = t1 - site.afterStarted;
  }
  crashPoint('site-rendered');
}

/** The outputs of one pass: each page's files under its hash, for the next build's manifest. */
function collect(site: SiteBuild, results: unknown): void {
  const { pages, rendered, renderedBytes, tmp } = site;
  for (const r of flatten(results)) {
    if (!r.outputPath) continue;
    site.count++;
    const key = templateKey(site, r.inputPath);
    const n = r.data?.pagination?.pageNumber;
    const hashes = rendered.get(key);
    const out = relative(tmp, resolve(PACKAGE_ROOT, r.outputPath)).split(sep).join('/');
    renderedBytes.set(out, typeof r.content === 'string' ? Buffer.byteLength(r.content) : bytesOf(join(tmp, out)));
    if (hashes && typeof n === 'number' && hashes[n]) (pages[key][hashes[n]] ??= []).push(out);
  }
  rendered.clear();
}

/** Bytes of a file, or 0 when it is not there. */
export function bytesOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

interface WriteResult {
  inputPath: string;
  outputPath?: string | false;
  content?: unknown;
  data?: { pagination?: { pageNumber?: number } };
}

function flatten(results: unknown): WriteResult[] {
  if (!Array.isArray(results)) return [];
  return results.flat(Infinity).filter((r): r is WriteResult => Boolean(r) && typeof r === 'object' && 'inputPath' in (r as object));
}
