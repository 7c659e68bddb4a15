/**
 * The site stage's preparation: the new version folder, whether the build can be incremental, the
 * entities file, and the Eleventy plugins' run; together, the SiteBuild its steps go through.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { siteRun, type RenderPass, type SiteOptions, type SiteRun } from '../../site/options.js';
import { INDEX_DIR } from '../../site/search-plugin.js';
import { ENTITIES_FILE, readEntitiesFile, type EntityOp } from '../../archive/resolve/entities-file.js';
import { PACKAGE_TEMPLATES } from '../../paths.js';
import { publishedDir, newVersionDir, removeOldVersions, versionName } from '../publish.js';
import type { BuildLock } from '../lock.js';
import { siteFingerprint, incrementalTemplates } from '../site-cache.js';
import type { BuildContext } from '../context.js';
import { notice, type SiteBuild } from './build.js';
import { readPreviousManifest } from './manifest.js';
import { PAGES_PER_PASS } from './passes.js';
import { FileThread } from '../../lib/file-thread.js';

/** The project's templates folder, else the package's. */
export function templatesFor(root: string): string {
  return existsSync(join(root, 'templates')) ? join(root, 'templates') : PACKAGE_TEMPLATES;
}

/** Prepares one build of the site (timed as `site.prepare`, from the new folder made). A broken content/entities.yml stops the build here, naming the file and the reason. */
export function prepareSite(ctx: BuildContext, lock: BuildLock | undefined): SiteBuild {
  const { current, tmp } = openVersionFolder(ctx);
  const tPrepare = performance.now();
  const templates = templatesFor(ctx.options.root);
  const fingerprint = siteFingerprint(templates);
  const previous = readPreviousManifest(ctx);
  const incremental =
    !ctx.options.force && previous !== null && current !== null && previous.fingerprint === fingerprint && previous.stamp === versionName(current);
  const entityOps = readEntitiesFile(join(ctx.options.root, ENTITIES_FILE), ENTITIES_FILE);
  const pass: RenderPass = { index: 0, count: 1 };
  // The published index's files are candidates for reuse: linked when their bytes are the same.
  const searchIndex = current ? { dir: join(current, INDEX_DIR), hashes: (incremental && previous!.search) || {} } : null;
  const site: SiteBuild = {
    ctx,
    lock,
    current,
    tmp,
    templates,
    fingerprint,
    previous,
    incremental,
    entityOps,
    pass,
    perPass: ctx.options.pagesPerPass ?? PAGES_PER_PASS,
    run: pluginRun(ctx, pass, entityOps, searchIndex),
    capable: incrementalTemplates(templates),
    pages: {},
    planned: new Map(),
    rendered: new Map(),
    keptBy: new Map(),
    linker: new FileThread(),
    linking: [],
    linkedNames: new Set(),
    ids: null,
    hashed: new WeakMap(),
    afterStarted: 0,
    count: 0,
    renderedBytes: new Map(),
    size: { files: 0, bytes: 0 },
  };
  ctx.timings['site.prepare'] = performance.now() - tPrepare;
  return site;
}

/** The published folder, and a new version folder to build into; what earlier builds left (the folder the last one replaced, those of killed builds) is removed meanwhile, by a process of its own. */
function openVersionFolder(ctx: BuildContext): { current: string | null; tmp: string } {
  const { outDir } = ctx.options;
  mkdirSync(dirname(outDir), { recursive: true });
  const current = publishedDir(outDir);
  void removeOldVersions(outDir, [current], { background: true });
  return { current, tmp: newVersionDir(outDir) };
}

/** The Eleventy plugins' run for this build: its records, entities file, caches, render pass, the published search index to reuse, and where problems go. */
function pluginRun(ctx: BuildContext, pass: RenderPass, entityOps: EntityOp[], searchIndex: SiteOptions['searchIndex']): SiteRun {
  const { root, articlesDir, cacheDir } = ctx.options;
  return siteRun({
    pass,
    articlesDir,
    entityOps,
    cacheDir,
    searchProcess: true,
    searchIndex,
    freshRecords: ctx.freshRecords,
    onProblem: (file, reason) => ctx.problems.push({ file: relative(root, file) || file, stage: 'record', reason, level: 'error' }),
    onNotice: (line) => notice(ctx, line),
  });
}
