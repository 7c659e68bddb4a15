/**
 * Stage 2: content/articles → _site with Eleventy. Every build writes a new, complete site folder
 * and publishes it atomically (publish.ts: `_site` is a link swapped by one rename), so a failed or
 * killed build leaves the published site whole, and a reader never sees a mix.
 *
 * A full build (the first, or after a change of templates or site code, or --force) renders every
 * page. An incremental build renders only the pages whose data changed since the published site was
 * built (see site-cache.ts), and the lists, search index and assets; the unchanged pages are hard
 * links to the published folder's files, not rendered or copied (made on a thread of their own while
 * Eleventy renders). The search index is written
 * whole into the new folder, its files whose content the published index holds linked to those
 * (src/search/write.ts compares the bytes).
 */
import { existsSync, mkdirSync, readdirSync, statSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { UserConfig } from '@11ty/eleventy';
import { siteRun, type RenderPass } from '../site/options.js';
import { stopSearchProcess, INDEX_DIR } from '../site/search-plugin.js';
import { configureSite } from '../../.eleventy.js';
import { entityKey } from '../archive/entities.js';
import { ENTITIES_FILE, readEntitiesFile } from '../archive/resolve/entities-file.js';
import { PACKAGE_ROOT, PACKAGE_TEMPLATES } from '../paths.js';
import { readSealed, writeSealed, invalidNotice } from '../lib/sealed.js';
import { crashPoint } from './crash.js';
import { FileThread } from '../lib/file-thread.js';
import { publishedDir, newVersionDir, publish, removeOldVersions, versionName } from './publish.js';
import type { BuildLock } from './lock.js';
import { siteFingerprint, incrementalTemplates, entityIds, pageHash, siteManifestSchema, type SiteManifest } from './site-cache.js';
import type { BuildContext } from './context.js';

const SITE_MANIFEST = 'site-manifest.json';

export function siteManifestPath(cacheDir: string): string {
  return join(cacheDir, SITE_MANIFEST);
}

export function templatesFor(root: string): string {
  return existsSync(join(root, 'templates')) ? join(root, 'templates') : PACKAGE_TEMPLATES;
}

/** Files and bytes of a built site (hidden files aside). */
export function siteSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { files, bytes };
}

/** Files under a folder, relative to it, with "/" separators. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(d, e.name), r);
      else out.push(r);
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return out.sort();
}

/**
 * Pages of one template rendered in one Eleventy run. Eleventy keeps every page it renders (its
 * HTML, twice: with and without the layout) until the run ends; a large site is rendered in several
 * runs (passes), each of at most this many pages per template, so that no run holds the whole site.
 */
export const PAGES_PER_PASS = 800;

/** The pages of a template a pass renders: its share of the pages to render, in their order. */
export function passShare<T>(todo: T[], pass: number, perPass = PAGES_PER_PASS): T[] {
  return todo.slice(pass * perPass, (pass + 1) * perPass);
}

/** Passes needed to render a template's pages. */
export function passesFor(pages: number, perPass = PAGES_PER_PASS): number {
  return Math.max(1, Math.ceil(pages / perPass));
}

/** Folders of files that no template renders: passthrough copies and the search client (the search index is counted by its writer). */
const ASSET_DIRS = ['assets'];

/** Bytes of a file, or 0 when it is not there. */
function bytesOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

interface PaginationData {
  size?: number;
  data?: string;
  before?: (items: unknown[], data: unknown) => unknown[];
}

/** A one-line notice about the build's own files (an invalid cache rebuilt). */
function notice(ctx: BuildContext, line: string): void {
  ctx.notices.push(line);
}

/** The site manifest, if it is valid (an invalid one is reported and the site rendered whole). */
function readPreviousManifest(ctx: BuildContext): SiteManifest | null {
  const path = siteManifestPath(ctx.options.cacheDir);
  const read = readSealed(path, siteManifestSchema);
  if (read.ok) return read.value;
  if (!read.missing) notice(ctx, invalidNotice(relative(ctx.options.root, path), read.reason));
  return null;
}

/**
 * Builds the site into a new folder and publishes it. `lock` is the build lock held by the caller:
 * the site is published only while it is still held.
 */
export async function buildSite(ctx: BuildContext, lock?: BuildLock): Promise<{ files: number }> {
  const { root, outDir, articlesDir, cacheDir } = ctx.options;
  mkdirSync(dirname(outDir), { recursive: true });
  const current = publishedDir(outDir);
  // What earlier builds left (the folder the last one replaced, those of killed builds), deleted
  // by a process of its own while the build goes on.
  void removeOldVersions(outDir, [current], { background: true });
  /** Links the published site's unchanged pages into the new folder, on its own thread, while Eleventy renders. */
  const linker = new FileThread();
  const tmp = newVersionDir(outDir);
  const tPrepare = performance.now();
  const templates = templatesFor(root);
  const fingerprint = siteFingerprint(templates);
  const previous = readPreviousManifest(ctx);
  const incremental =
    !ctx.options.force && previous !== null && current !== null && previous.fingerprint === fingerprint && previous.stamp === versionName(current);
  // A broken content/entities.yml stops the build here, naming the file and the reason.
  const entityOps = readEntitiesFile(join(root, ENTITIES_FILE), ENTITIES_FILE);
  /** The rendering pass running (its count grows as the first pass plans each template's pages). */
  const pass: RenderPass = { index: 0, count: 1 };
  const perPass = ctx.options.pagesPerPass ?? PAGES_PER_PASS;
  const run = siteRun({
    pass,
    articlesDir,
    entityOps,
    cacheDir,
    searchProcess: true,
    // The published index's files are candidates for reuse: linked when their bytes are the same.
    searchIndex: current ? { dir: join(current, INDEX_DIR), hashes: (incremental && previous!.search) || {} } : null,
    onProblem: (file, reason) => ctx.problems.push({ file: relative(root, file) || file, stage: 'record', reason, level: 'error' }),
    onNotice: (line) => notice(ctx, line),
  });
  const capable = incrementalTemplates(templates);
  const pages: SiteManifest['pages'] = {};
  /** Per template: the pages to render (items and their hashes), planned in the first pass. */
  const planned = new Map<string, { items: unknown[]; hashes: string[] }>();
  /** Per template: the hash of each page the current pass renders, by page number. */
  const rendered = new Map<string, string[]>();
  const keptBy = new Map<string, number>();
  /** The published site's files the new one keeps as they are, being linked in while Eleventy renders. */
  const linking: Promise<{ files: number; bytes: number }>[] = [];
  const linkedNames = new Set<string>();
  let ids: ReturnType<typeof entityIds> | null = null;
  const hashed = new WeakMap<object, string>();
  let afterStarted = 0;

  const templateKey = (inputPath: string) => relative(templates, resolve(PACKAGE_ROOT, inputPath)).split(sep).join('/');

  /** What the build adds to the site's configuration: fresh templates, and the incremental pages. */
  const incrementalConfig = (eleventyConfig: UserConfig) => {
    // Eleventy keeps template texts in a process-wide cache: a long-lived process (npm start,
    // tests, the benchmark) would render a changed template from its old text.
    eleventyConfig.setUseTemplateCache(false);
    eleventyConfig.dataFilterSelectors.add('pagination.pageNumber');
    eleventyConfig.on('eleventy.after', () => {
      afterStarted = performance.now();
    });
    eleventyConfig.addPreprocessor('news-archive-incremental', 'njk', function (this: { inputPath: string }, data: { pagination?: PaginationData }) {
      const key = templateKey(this.inputPath);
      const p = data.pagination;
      // The later passes render more pages of the one-item-per-page templates, and nothing else.
      if (pass.index > 0 && !(p && capable.has(key))) return false;
      if (!p || !capable.has(key)) return;
      const before = p.before;
      p.before = function (this: unknown, items: unknown[], all: unknown) {
        const plan = planned.get(key);
        if (plan) {
          rendered.set(key, passShare(plan.hashes, pass.index, perPass));
          return passShare(plan.items, pass.index, perPass);
        }
        const list = before ? before.call(this, items, all) : items;
        ids ??= entityIds((all as { archive?: unknown }).archive, entityKey);
        const tHash = performance.now();
        // An item paginated by two templates (a person's page and feed) is hashed once.
        const hashes = list.map((item) => {
          if (!item || typeof item !== 'object') return pageHash(item, ids!, entityKey);
          let h = hashed.get(item);
          if (h === undefined) hashed.set(item, (h = pageHash(item, ids!, entityKey)));
          return h;
        });
        ctx.timings['site.hash'] = (ctx.timings['site.hash'] ?? 0) + (performance.now() - tHash);
        const old = incremental ? (previous!.pages[key] ?? {}) : {};
        const page: Record<string, string[]> = {};
        const todo: unknown[] = [];
        const todoHashes: string[] = [];
        const keptHere: string[] = [];
        let kept = 0;
        list.forEach((item, i) => {
          const h = hashes[i];
          const outputs = old[h];
          // Kept: its files are linked from the published site into the new folder.
          if (outputs?.length && outputs.every((f) => existsSync(join(current!, f)))) {
            page[h] = outputs;
            keptHere.push(...outputs);
            kept++;
            return;
          }
          todo.push(item);
          todoHashes.push(h);
        });
        pages[key] = page;
        if (keptHere.length) {
          for (const f of keptHere) linkedNames.add(f);
          const done = linker.link(current!, tmp, keptHere);
          done.catch(() => undefined); // awaited after Eleventy (a failed build throws the folder away)
          linking.push(done);
        }
        planned.set(key, { items: todo, hashes: todoHashes });
        pass.count = Math.max(pass.count, passesFor(todo.length, perPass));
        rendered.set(key, passShare(todoHashes, 0, perPass));
        keptBy.set(key, kept);
        return passShare(todo, 0, perPass);
      };
    });
  };

  ctx.timings['site.prepare'] = performance.now() - tPrepare;
  // Eleventy resolves its own paths from the working folder: run it from the package.
  const cwd = process.cwd();
  process.chdir(PACKAGE_ROOT);
  let count = 0;
  /** The pages rendered (relative to the new folder) and their bytes: the site's size is counted without walking it. */
  const renderedBytes = new Map<string, number>();
  /** The outputs of one pass: each page's files under its hash, for the next build's manifest. */
  const collect = (results: unknown) => {
    for (const r of flatten(results)) {
      if (!r.outputPath) continue;
      count++;
      const key = templateKey(r.inputPath);
      const n = r.data?.pagination?.pageNumber;
      const hashes = rendered.get(key);
      const out = relative(tmp, resolve(PACKAGE_ROOT, r.outputPath)).split(sep).join('/');
      renderedBytes.set(out, typeof r.content === 'string' ? Buffer.byteLength(r.content) : bytesOf(join(tmp, out)));
      if (hashes && typeof n === 'number' && hashes[n]) (pages[key][hashes[n]] ??= []).push(out);
    }
    rendered.clear();
  };
  const t0 = performance.now();
  try {
    const config = async (eleventyConfig: UserConfig) => {
      incrementalConfig(eleventyConfig);
      await configureSite(eleventyConfig, run);
    };
    // No config file: the site's configuration is .eleventy.ts's configureSite, given this build's run.
    // A pass's pages (and Eleventy's copies of them) are let go before the next pass starts.
    for (; pass.index < pass.count; pass.index++) {
      const elev = new Eleventy(templates, tmp, { configPath: false, quietMode: true, config });
      collect(await elev.write());
    }
  } catch (err) {
    await stopSearchProcess(run);
    await Promise.allSettled(linking); // no link lands in the folder after it is removed
    rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    throw err;
  } finally {
    process.chdir(cwd);
  }
  const t1 = performance.now();
  if (afterStarted) {
    ctx.timings['site.eleventy'] = afterStarted - t0;
    ctx.timings.search = t1 - afterStarted;
  }

  crashPoint('site-rendered');

  const tSwap = performance.now();
  const index = run.searchIndex;
  for (const line of index?.notices ?? []) notice(ctx, line);
  // The unchanged pages were linked in while Eleventy rendered; the new folder is complete once they are.
  let files = 0;
  let bytes = 0;
  for (const l of await Promise.all(linking)) {
    files += l.files;
    bytes += l.bytes;
  }
  // The rest: the pages rendered, the search index (its writer counted it), and the assets.
  for (const [f, b] of renderedBytes) {
    if (linkedNames.has(f)) continue;
    files++;
    bytes += b;
  }
  if (index) {
    files += index.files;
    bytes += index.bytes;
  }
  for (const dir of index ? ASSET_DIRS : [...ASSET_DIRS, INDEX_DIR]) {
    for (const f of filesUnder(join(tmp, dir))) {
      files++;
      bytes += bytesOf(join(tmp, dir, f));
    }
  }
  crashPoint('site-complete');
  lock?.assertHeld();
  publish(outDir, tmp);
  crashPoint('site-published');
  const size = { files, bytes };
  const manifest: SiteManifest = {
    fingerprint,
    stamp: versionName(tmp)!,
    pages,
    size,
    ...(index ? { search: index.hashes, indexBytes: index.bytes } : {}),
  };
  writeSealed(siteManifestPath(cacheDir), manifest);
  crashPoint('site-manifest');
  ctx.timings['site.swap'] = performance.now() - tSwap;
  ctx.site = {
    ...size,
    rendered: count,
    kept: [...keptBy.values()].reduce((a, b) => a + b, 0),
    mode: incremental ? 'incremental' : 'full',
    passes: pass.count,
    search: run.searchWriter ?? undefined,
    ...(index ? { searchFiles: { files: index.files, written: index.written } } : {}),
  };
  return { files: size.files };
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
