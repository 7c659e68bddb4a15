/**
 * Where the site reads its records from. `news-archive build` sets these before it runs
 * Eleventy; a plain Eleventy run uses the defaults (content/articles under the working folder).
 *
 * Kept on globalThis, not in a module variable: Eleventy imports its config (and so this
 * module) through Node's own loader, which can give it a second instance of this module
 * beside the one the build imported (under test runners, for one).
 */
import { resolve } from 'node:path';
import type { EntityOp } from '../archive/resolve/entities-file.js';

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
  /** Collected problems: records that do not fit the schema are reported here and left out. */
  onProblem?: (file: string, reason: string) => void;
  /** One-line notices about the build's caches (an invalid one made again); standard error without it. */
  onNotice?: (line: string) => void;
}

const KEY = Symbol.for('news-archive.site-options');
type Holder = { [KEY]?: SiteOptions };

export function setSiteOptions(options: SiteOptions): void {
  (globalThis as Holder)[KEY] = options;
}

export function siteOptions(): SiteOptions {
  return (globalThis as Holder)[KEY] ?? { articlesDir: resolve('content/articles') };
}
