/**
 * Stage 2: content/articles → _site with Eleventy. Eleventy writes into a temporary folder beside
 * the output, so a failed build leaves the previous site whole.
 *
 * A full build (the first, or after a change of templates or site code, or --force) renders every
 * page and swaps the new folder in. An incremental build renders only the pages whose data changed
 * since the current `_site` was built (see site-cache.ts), and the lists, search index and assets,
 * then moves those into the current site and deletes the pages of items that are gone
 * (commitInPlace): the unchanged pages are neither rendered nor copied. The search index is
 * written whole into a new folder, its unchanged files hard links to the current ones
 * (src/search/write.ts), and that folder replaces the current one.
 */
import { existsSync, renameSync, rmSync, rmdirSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, basename, join, relative, resolve, sep } from 'node:path';
import Eleventy from '@11ty/eleventy';
import { setSiteOptions } from '../site/options.js';
import { stopSearchProcess, lastSearchWriter, lastSearchIndex, INDEX_DIR } from '../site/search-plugin.js';
import { entityKey } from '../archive/entities.js';
import { ENTITIES_FILE, readEntitiesFile } from '../archive/resolve/editor.js';
import { PACKAGE_ROOT, PACKAGE_TEMPLATES, ELEVENTY_CONFIG } from '../paths.js';
import { writeAtomic } from './fs.js';
import { siteFingerprint, siteStamp, incrementalTemplates, entityIds, pageHash, readSiteManifest, type SiteManifest } from './site-cache.js';
import type { BuildContext } from './context.js';

const SITE_MANIFEST = 'site-manifest.json';

let swaps = 0;
const pendingRemovals: Promise<unknown>[] = [];

/** Resolves when the sites replaced by earlier builds are deleted. */
export async function siteCleanup(): Promise<void> {
  await Promise.all(pendingRemovals.splice(0));
}

/** Old sites left by a build that stopped before deleting them. */
function removeLeftovers(parent: string, outDir: string): void {
  const prefix = `.${basename(outDir)}.`;
  for (const name of readdirSync(parent)) {
    if (name.startsWith(`${prefix}old-`) && !name.startsWith(`${prefix}old-${process.pid}-`)) {
      pendingRemovals.push(rm(join(parent, name), { recursive: true, force: true }).catch(() => undefined));
    }
  }
}

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

/** Files of the previous build that this build neither kept nor wrote. */
function staleFiles(previous: SiteManifest, pages: SiteManifest['pages'], others: string[]): string[] {
  const now = new Set([...Object.values(pages).flatMap((byHash) => Object.values(byHash).flat()), ...others]);
  const before = [...Object.values(previous.pages).flatMap((byHash) => Object.values(byHash).flat()), ...(previous.others ?? [])];
  return [...new Set(before)].filter((f) => !now.has(f)).sort();
}

/**
 * An incremental build's commit: the pages it rendered (and the lists, search index and assets it
 * wrote into `tmp`) are moved into the current site, replacing their old versions, and the pages of
 * items that are gone are deleted. Unchanged pages never move. Eleventy's failures happen before
 * this point, so a failed build leaves the site as it was; the manifest is marked while this runs
 * (a process stopped half-way makes the next build a full one).
 */
function commitInPlace(tmp: string, outDir: string, trash: string, written: string[], stale: string[]): void {
  mkdirSync(trash, { recursive: true });
  const made = new Set<string>();
  const ensureDir = (dir: string) => {
    if (made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  };
  // Folders written whole (the search index, its unchanged files linked): swapped as one.
  const whole = written.some((f) => f.startsWith(`${INDEX_DIR}/`)) ? INDEX_DIR : null;
  const inWhole = (f: string) => whole !== null && f.startsWith(`${whole}/`);
  for (const f of stale) {
    if (inWhole(f)) continue;
    const target = join(outDir, f);
    if (!existsSync(target)) continue;
    ensureDir(dirname(join(trash, f)));
    renameSync(target, join(trash, f));
    // Folders left empty (an article's own folder) go too.
    for (let d = dirname(target); d !== outDir && d.startsWith(outDir + sep); d = dirname(d)) {
      try {
        if (readdirSync(d).length) break;
        rmdirSync(d);
      } catch {
        break;
      }
    }
  }
  if (whole) {
    if (existsSync(join(outDir, whole))) renameSync(join(outDir, whole), join(trash, whole));
    renameSync(join(tmp, whole), join(outDir, whole));
  }
  for (const f of written) {
    if (inWhole(f)) continue;
    ensureDir(dirname(join(outDir, f)));
    renameSync(join(tmp, f), join(outDir, f));
  }
  rmSync(tmp, { recursive: true, force: true });
}

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

export async function buildSite(ctx: BuildContext): Promise<{ files: number }> {
  const { root, outDir, articlesDir, cacheDir } = ctx.options;
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(outDir)}.building-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  removeLeftovers(parent, outDir);
  const tPrepare = performance.now();
  const templates = templatesFor(root);
  const fingerprint = siteFingerprint(templates);
  const previous = readSiteManifest(siteManifestPath(cacheDir));
  const incremental =
    !ctx.options.force &&
    previous !== null &&
    !previous.committing &&
    previous.fingerprint === fingerprint &&
    previous.stamp === siteStamp(outDir);
  // A broken content/entities.yml stops the build here, naming the file and the reason.
  const entityOps = readEntitiesFile(join(root, ENTITIES_FILE), ENTITIES_FILE);
  setSiteOptions({
    articlesDir,
    entityOps,
    cacheDir,
    searchProcess: true,
    // The search index's unchanged files are linked from the current site, not written again.
    searchIndex: incremental && previous!.search ? { dir: join(outDir, INDEX_DIR), hashes: previous!.search } : null,
    onProblem: (file, reason) => ctx.problems.push({ file: relative(root, file) || file, stage: 'record', reason, level: 'error' }),
  });
  const capable = incrementalTemplates(templates);
  const pages: SiteManifest['pages'] = {};
  /** Per template: the hash of each page Eleventy renders, by page number. */
  const rendered = new Map<string, string[]>();
  const keptBy = new Map<string, number>();
  let ids: ReturnType<typeof entityIds> | null = null;
  const hashed = new WeakMap<object, string>();
  let afterStarted = 0;

  const templateKey = (inputPath: string) => relative(templates, resolve(PACKAGE_ROOT, inputPath)).split(sep).join('/');

  const config = (eleventyConfig: any) => {
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
      if (!p || !capable.has(key)) return;
      const before = p.before;
      p.before = function (this: unknown, items: unknown[], all: unknown) {
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
        let kept = 0;
        list.forEach((item, i) => {
          const h = hashes[i];
          const outputs = old[h];
          // Kept: its files stay where they are in the current site (see commitInPlace).
          if (outputs?.length) {
            page[h] = outputs;
            kept++;
            return;
          }
          todo.push(item);
          todoHashes.push(h);
        });
        pages[key] = page;
        rendered.set(key, todoHashes);
        keptBy.set(key, kept);
        return todo;
      };
    });
  };

  ctx.timings['site.prepare'] = performance.now() - tPrepare;
  // Eleventy resolves its own paths from the working folder: run it from the package.
  const cwd = process.cwd();
  process.chdir(PACKAGE_ROOT);
  let results: unknown;
  const t0 = performance.now();
  try {
    const elev = new Eleventy(templates, tmp, { configPath: ELEVENTY_CONFIG, quietMode: true, config } as never);
    results = await elev.write();
  } catch (err) {
    await stopSearchProcess();
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  } finally {
    process.chdir(cwd);
  }
  const t1 = performance.now();
  if (afterStarted) {
    ctx.timings['site.eleventy'] = afterStarted - t0;
    ctx.timings.search = t1 - afterStarted;
  }

  let count = 0;
  for (const r of flatten(results)) {
    if (!r.outputPath) continue;
    count++;
    const key = templateKey(r.inputPath);
    const n = r.data?.pagination?.pageNumber;
    const hashes = rendered.get(key);
    if (hashes && typeof n === 'number' && hashes[n]) {
      const out = relative(tmp, resolve(PACKAGE_ROOT, r.outputPath)).split(sep).join('/');
      (pages[key][hashes[n]] ??= []).push(out);
    }
  }

  const tSwap = performance.now();
  const trash = join(parent, `.${basename(outDir)}.old-${process.pid}-${++swaps}`);
  const written = filesUnder(tmp);
  const paginated = new Set(Object.values(pages).flatMap((byHash) => Object.values(byHash).flat()));
  const index = lastSearchIndex();
  // Everything else in the new folder: lists, assets and the whole search index (its unchanged files are links).
  const others = written.filter((f) => !paginated.has(f));
  const manifestPath = siteManifestPath(cacheDir);
  let size: { files: number; bytes: number } | null = null;
  if (incremental) {
    const stale = staleFiles(previous!, pages, others);
    // The site's size from the last one's, without walking its tens of thousands of files.
    if (previous!.size && index && previous!.indexBytes !== undefined) {
      const outside = (f: string) => !f.startsWith(`${INDEX_DIR}/`);
      let bytes = previous!.size.bytes - previous!.indexBytes + index.bytes;
      for (const f of written.filter(outside)) bytes += bytesOf(join(tmp, f)) - bytesOf(join(outDir, f));
      for (const f of stale.filter(outside)) bytes -= bytesOf(join(outDir, f));
      size = { files: paginated.size + others.length, bytes };
    }
    // Mark the site as being changed: if this process stops half-way, the next build is a full one.
    writeAtomic(manifestPath, JSON.stringify({ ...previous!, committing: true } satisfies SiteManifest) + '\n');
    commitInPlace(tmp, outDir, trash, written, stale);
  } else {
    if (existsSync(outDir)) renameSync(outDir, trash);
    renameSync(tmp, outDir);
  }
  // What was replaced is deleted in the background (thousands of files after a full build).
  if (existsSync(trash)) pendingRemovals.push(rm(trash, { recursive: true, force: true }).catch(() => undefined));
  size ??= siteSize(outDir);
  const manifest: SiteManifest = {
    fingerprint,
    stamp: siteStamp(outDir) ?? '',
    pages,
    others,
    size,
    ...(index ? { search: index.hashes, indexBytes: index.bytes } : {}),
  };
  writeAtomic(manifestPath, JSON.stringify(manifest) + '\n');
  ctx.timings['site.swap'] = performance.now() - tSwap;
  ctx.site = {
    ...size,
    rendered: count,
    kept: [...keptBy.values()].reduce((a, b) => a + b, 0),
    mode: incremental ? 'incremental' : 'full',
    search: lastSearchWriter(),
    ...(index ? { searchFiles: { files: index.files, written: index.written } } : {}),
  };
  return { files: size.files };
}

interface WriteResult {
  inputPath: string;
  outputPath?: string | false;
  data?: { pagination?: { pageNumber?: number } };
}

function flatten(results: unknown): WriteResult[] {
  if (!Array.isArray(results)) return [];
  return results.flat(Infinity).filter((r): r is WriteResult => Boolean(r) && typeof r === 'object' && 'inputPath' in (r as object));
}
