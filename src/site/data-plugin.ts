/** Eleventy plugin: the records (schema-checked) and the archive built from them, as global data. */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Archive } from '../archive/index.js';
import { archiveOrder, buildArchive } from '../archive/index.js';
import { ENTITIES_FILE, readEntitiesFile, resolveEntities, type Resolution } from '../archive/resolve/index.js';
import { searchRecord, type SearchRecord } from '../search/documents.js';
import type { ArticleRecord } from '../write/schema.js';
import { loadRecords, type LoadedRecords } from './records.js';
import { firstPass, siteOptions } from './options.js';

let loaded: LoadedRecords | null = null;
let last: Archive | null = null;
let resolved: { sorted: ArticleRecord[]; resolution: Resolution } | null = null;

/** The records' entities resolved across the archive (once per build: the pages and the search index share it). */
export function currentResolution(): { sorted: ArticleRecord[]; resolution: Resolution } {
  if (!resolved) {
    const opts = siteOptions();
    const ops = opts.entityOps ?? readEntitiesFile(opts.entitiesFile ?? resolve(ENTITIES_FILE), ENTITIES_FILE);
    const sorted = archiveOrder(currentRecords().records);
    resolved = { sorted, resolution: resolveEntities(sorted, ops) };
    for (const issue of resolved.resolution.issues) console.warn(`[news-archive] ${ENTITIES_FILE}: ${issue} (skipped)`);
  }
  return resolved;
}

/**
 * The records as the search index reads them, with their people, organisations and places
 * resolved: each under its entity's name, the article's own forms as aliases. The content hash
 * that keys the index's cached analysis covers the resolved names.
 */
export function currentSearchRecords(): SearchRecord[] {
  const { sorted, resolution } = currentResolution();
  return resolvedSearchRecords(sorted, resolution, currentRecords().anchors);
}

/** `currentSearchRecords` for any records in archive order and their resolution (the benchmark's identity check builds the same documents). */
export function resolvedSearchRecords(sorted: ArticleRecord[], resolution: Resolution, anchors: LoadedRecords['anchors']): SearchRecord[] {
  return sorted.map((r, i) => {
    const base = searchRecord(r, anchors.get(r));
    const lists = { person: [] as SearchRecord['people'], organization: [] as SearchRecord['people'], place: [] as SearchRecord['people'] };
    for (const m of resolution.articles[i]) {
      const e = resolution.entities[m.entity];
      lists[e.kind].push({ name: e.name, aliases: [m.name, ...m.aliases].filter((a) => a !== e.name) });
    }
    const names = JSON.stringify(lists);
    const hash = createHash('sha256').update(names).digest('base64url').slice(0, 12);
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
export function currentRecords(): LoadedRecords {
  if (!loaded) {
    const opts = siteOptions();
    const report = opts.onProblem ?? ((file: string, reason: string) => console.warn(`[news-archive] ${file}: ${reason}`));
    loaded = loadRecords(opts.articlesDir, report, opts.cacheDir, opts.onNotice);
  }
  return loaded;
}

/** The archive of the build in progress, built from currentRecords() when first asked for. */
export function currentArchive(): Archive {
  if (!last) {
    const { anchors } = currentRecords();
    const { sorted, resolution } = currentResolution();
    last = buildArchive(sorted, anchors, [], resolution);
  }
  return last;
}

export default function dataPlugin(eleventyConfig: any): void {
  eleventyConfig.addWatchTarget(siteOptions().articlesDir);
  // npm start: an edited content/entities.yml rebuilds the site (read again in currentResolution).
  const entitiesFile = siteOptions().entitiesFile;
  if (entitiesFile) eleventyConfig.addWatchTarget(entitiesFile);
  eleventyConfig.on('eleventy.before', () => {
    // The later rendering passes of a build render more of its pages from the same archive.
    if (!firstPass()) return;
    // Each build reads the records again; the archive waits until the templates ask for it
    // (the search plugin starts indexing the records before that).
    loaded = null;
    last = null;
    resolved = null;
    currentRecords();
  });
  eleventyConfig.addGlobalData('archive', () => currentArchive());
}
