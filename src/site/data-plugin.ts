/** Eleventy plugin: the records (schema-checked) and the archive built from them, as global data. */
import { resolve } from 'node:path';
import type { UserConfig } from '@11ty/eleventy';
import type { Archive } from '../archive/index.js';
import { archiveOrder, buildArchive } from '../archive/index.js';
import { ENTITIES_FILE, readEntitiesFile, resolveEntities, type Resolution } from '../archive/resolve/index.js';
import { searchRecord, type SearchRecord } from '../search/documents.js';
import { loadRecords, type LoadedRecords, type SiteRecord } from './records.js';
import { firstPass, type SiteRun } from './options.js';
import { hashOf } from '../lib/hash.js';

/** The records' entities resolved across the archive (once per build: the pages and the search index share it). */
export function currentResolution(run: SiteRun): { sorted: SiteRecord[]; resolution: Resolution } {
  if (!run.resolved) {
    const opts = run.options;
    const ops = opts.entityOps ?? readEntitiesFile(opts.entitiesFile ?? resolve(ENTITIES_FILE), ENTITIES_FILE);
    const sorted = archiveOrder(currentRecords(run).records);
    run.resolved = { sorted, resolution: resolveEntities(sorted, ops) };
    for (const issue of run.resolved.resolution.issues) console.warn(`[news-archive] ${ENTITIES_FILE}: ${issue} (skipped)`);
  }
  return run.resolved;
}

/**
 * The records as the search index reads them, with their people, organisations and places
 * resolved: each under its entity's name, the article's own forms as aliases. The content hash
 * that keys the index's cached analysis covers the resolved names.
 */
export function currentSearchRecords(run: SiteRun): SearchRecord[] {
  const { sorted, resolution } = currentResolution(run);
  return resolvedSearchRecords(sorted, resolution, currentRecords(run).anchors);
}

/** `currentSearchRecords` for any records in archive order and their resolution (the benchmark's identity check builds the same documents). */
export function resolvedSearchRecords(sorted: SiteRecord[], resolution: Resolution, anchors: LoadedRecords['anchors']): SearchRecord[] {
  return sorted.map((r, i) => {
    const base = searchRecord(r, anchors.get(r));
    const lists = { person: [] as SearchRecord['people'], organization: [] as SearchRecord['people'], place: [] as SearchRecord['people'] };
    for (const m of resolution.articles[i]) {
      const e = resolution.entities[m.entity];
      lists[e.kind].push({ name: e.name, aliases: [m.name, ...m.aliases].filter((a) => a !== e.name) });
    }
    const names = JSON.stringify(lists);
    const hash = hashOf(names, { encoding: 'base64url', length: 12 });
    return {
      ...base,
      ...(r.contentHash ? { contentHash: `${r.contentHash}.${hash}` } : {}),
      people: lists.person,
      organizations: lists.organization,
      places: lists.place,
    };
  });
}

/** The records of the build in progress (read once per build; the search plugin indexes them). */
export function currentRecords(run: SiteRun): LoadedRecords {
  if (!run.records) {
    const opts = run.options;
    const report = opts.onProblem ?? ((file: string, reason: string) => console.warn(`[news-archive] ${file}: ${reason}`));
    run.records = loadRecords(opts.articlesDir, report, { cacheDir: opts.cacheDir, onNotice: opts.onNotice, fresh: opts.freshRecords });
  }
  return run.records;
}

/** The archive of the build in progress, built from currentRecords() when first asked for. */
export function currentArchive(run: SiteRun): Archive {
  if (!run.archive) {
    const { anchors } = currentRecords(run);
    const { sorted, resolution } = currentResolution(run);
    run.archive = buildArchive(sorted, anchors, [], resolution);
  }
  return run.archive;
}

/** The records and the archive as global data, for the run given. */
export default function dataPlugin(eleventyConfig: UserConfig, run: SiteRun): void {
  eleventyConfig.addWatchTarget(run.options.articlesDir);
  // npm start: an edited content/entities.yml rebuilds the site (read again in currentResolution).
  const entitiesFile = run.options.entitiesFile;
  if (entitiesFile) eleventyConfig.addWatchTarget(entitiesFile);
  eleventyConfig.on('eleventy.before', () => {
    // The later rendering passes of a build render more of its pages from the same archive.
    if (!firstPass(run)) return;
    // Each build reads the records again, when first asked for: by the search plugin, which
    // starts its index process first (search-plugin.ts), else by the templates.
    run.records = null;
    run.archive = null;
    run.resolved = null;
  });
  eleventyConfig.addGlobalData('archive', () => currentArchive(run));
}
