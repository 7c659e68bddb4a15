/**
 * One run of the site through Eleventy: where it reads its records from (SiteOptions) and what its
 * plugins share while it runs (SiteRun). `news-archive build` makes a run and gives it to the
 * Eleventy configuration (.eleventy.ts `configureSite`) through Eleventy's programmatic API; each
 * plugin receives it as its options (`addPlugin(plugin, run)`). A plain Eleventy run
 * (`npx @11ty/eleventy`) makes one with the defaults: content/articles under the working folder.
 * Nothing is kept in module variables or on globalThis: a run holds its own state, and the build
 * reads what the run produced (the search index written) from the same object.
 */
import { resolve } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { EntityOp } from '../archive/resolve/entities-file.js';
import type { Archive } from '../archive/index.js';
import type { Resolution } from '../archive/resolve/index.js';
import type { WrittenIndex } from '../search/write.js';
import type { IndexJob } from '../search/index-job.js';
import type { ArticleRecord } from '../write/schema.js';
import type { FreshRecord, LoadedRecords } from './records.js';

export interface SiteOptions {
  articlesDir: string;
  /** Where the build keeps what it can reuse next time (the search index's analysed documents); none: nothing kept. */
  cacheDir?: string;
  /** Write the search index in a child process while Eleventy renders (src/site/search-plugin.ts). */
  searchProcess?: boolean;
  /**
   * The search index of the published site (its folder, and the hashes its files had when
   * written, which say where to look): a file whose bytes it holds is linked, not written again
   * (src/search/write.ts compares the bytes first). None: all are written.
   */
  searchIndex?: { dir: string; hashes: Record<string, string> } | null;
  /** The operations of content/entities.yml (src/archive/resolve/entities-file.ts), read and checked by the build; none given: `entitiesFile` is read at each build. */
  entityOps?: EntityOp[];
  /** Where content/entities.yml is (`npm start` watches it and reads it at each rebuild); none: under the working folder. */
  entitiesFile?: string;
  /**
   * Which rendering pass this Eleventy run is: a large site is rendered in several passes, each a
   * share of the pages (src/pipeline/site/passes.ts), so that no run holds every page's HTML. The first pass
   * loads the records and starts the search index; the last writes the search assets. `count` is
   * known once the first pass has planned its pages (before any page is written). None: one pass.
   */
  pass?: RenderPass;
  /** Collected problems: records that do not fit the schema are reported here and left out. */
  onProblem?: (file: string, reason: string) => void;
  /** Record files the build has just written, already parsed (src/site/records.ts FreshRecord), by path. */
  freshRecords?: ReadonlyMap<string, FreshRecord>;
  /** One-line notices about the build's caches (an invalid one made again); standard error without it. */
  onNotice?: (line: string) => void;
}

/** Which process wrote the search index of a build. */
export type SearchWriter = 'index process' | 'build process';

export interface RenderPass {
  index: number;
  count: number;
}

/** Whether this Eleventy run is the first pass of the run's rendering (or its only one). */
export function firstPass(run: SiteRun): boolean {
  return (run.options.pass?.index ?? 0) === 0;
}

/** Whether this Eleventy run is the last pass of the run's rendering (or its only one). */
export function lastPass(run: SiteRun): boolean {
  const pass = run.options.pass;
  return !pass || pass.index >= pass.count - 1;
}

/** The index process of the build in progress, and its result to come. */
export interface SearchJob {
  child: ChildProcess;
  done: Promise<WrittenIndex>;
  /** Hands the process its job (the records it indexes); it waits for it. */
  send: (job: IndexJob) => void;
}

/** A run's options and its state, shared by the plugins (each build of a watching server starts the state again). */
export interface SiteRun {
  readonly options: SiteOptions;
  /** The records, read once per build (data-plugin.ts). */
  records: LoadedRecords | null;
  /** Their entities resolved across the archive, in archive order (the pages and the search index share it). */
  resolved: { sorted: ArticleRecord[]; resolution: Resolution } | null;
  /** The archive the templates show, built when first asked for. */
  archive: Archive | null;
  /** The search index process while it runs (search-plugin.ts). */
  searchJob: SearchJob | null;
  /** The search index the last build wrote, and which process wrote it; null until written. */
  searchIndex: WrittenIndex | null;
  searchWriter: SearchWriter | null;
}

/** The options of a plain Eleventy run: the records of content/articles under the working folder. */
export function defaultSiteOptions(): SiteOptions {
  return { articlesDir: resolve('content/articles') };
}

/** A new run with these options and nothing read or written yet. */
export function siteRun(options: SiteOptions = defaultSiteOptions()): SiteRun {
  return { options, records: null, resolved: null, archive: null, searchJob: null, searchIndex: null, searchWriter: null };
}
