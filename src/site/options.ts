/**
 * Where the site reads its records from. `news-archive build` sets these before it runs
 * Eleventy; a plain Eleventy run uses the defaults (content/articles under the working folder).
 *
 * Kept on globalThis, not in a module variable: Eleventy imports its config (and so this
 * module) through Node's own loader, which can give it a second instance of this module
 * beside the one the build imported (under test runners, for one).
 */
import { resolve } from 'node:path';
import type { EntityOp } from '../archive/resolve/editor.js';

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
  /** The operations of content/entities.yml (src/archive/resolve/editor.ts), read and checked by the build; none given: `entitiesFile` is read at each build. */
  entityOps?: EntityOp[];
  /** Where content/entities.yml is (`npm start` watches it and reads it at each rebuild); none: under the working folder. */
  entitiesFile?: string;
  /**
   * Which rendering pass this Eleventy run is: a large site is rendered in several passes, each a
   * share of the pages (src/build/site.ts), so that no run holds every page's HTML. The first pass
   * loads the records and starts the search index; the last writes the search assets. `count` is
   * known once the first pass has planned its pages (before any page is written). None: one pass.
   */
  pass?: RenderPass;
  /** Collected problems: records that do not fit the schema are reported here and left out. */
  onProblem?: (file: string, reason: string) => void;
  /** One-line notices about the build's caches (an invalid one made again); standard error without it. */
  onNotice?: (line: string) => void;
}

export interface RenderPass {
  index: number;
  count: number;
}

/** Whether this Eleventy run is the first pass of the build's rendering (or its only one). */
export function firstPass(): boolean {
  return (siteOptions().pass?.index ?? 0) === 0;
}

/** Whether this Eleventy run is the last pass of the build's rendering (or its only one). */
export function lastPass(): boolean {
  const pass = siteOptions().pass;
  return !pass || pass.index >= pass.count - 1;
}

const KEY = Symbol.for('news-archive.site-options');
type Holder = { [KEY]?: SiteOptions };

export function setSiteOptions(options: SiteOptions): void {
  (globalThis as Holder)[KEY] = options;
}

export function siteOptions(): SiteOptions {
  return (globalThis as Holder)[KEY] ?? { articlesDir: resolve('content/articles') };
}
