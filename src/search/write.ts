/**
 * Writes the split index of a set of records into <site>/search-index/ (files described in
 * format.ts), analysing only the articles the analysis cache does not hold yet.
 *
 * An incremental build hands in the hashes of the index files the current site holds: only the
 * files whose content differs are written (into the build's new folder; the build moves them into
 * the site and deletes the files that are gone, see src/build/site.ts). After adding one article,
 * the files of unchanged documents, people and suggestions stay where they are.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import lunr from 'lunr';
import type { SearchRecord } from './documents.js';
import { codeVersion } from '../build/version.js';
import { buildSplitIndex, splitIndexFiles } from './split.js';
import { AnalysisCache } from './tokens.js';

/** Folder of the split index in the site (the client fetches <base>search-index/<file>). */
export const INDEX_DIR = 'search-index';

const ANALYSIS_FILE = 'search-analysis.json';
/** Bump when the analysis changes (the tokenizer or pipeline given to Lunr, the document fields). */
const ANALYSIS_VERSION = '1';

export function analysisCache(cacheDir: string | undefined): AnalysisCache {
  // The analysis of a record depends on its text and on the code that makes its search document.
  const code = codeVersion(['search/documents.ts', 'search/build.ts', 'search/tokens.ts']);
  return new AnalysisCache(cacheDir ? join(cacheDir, ANALYSIS_FILE) : null, `lunr ${lunr.version}; ${ANALYSIS_VERSION}; ${code}`);
}

/** Index file (relative to search-index/) → hash of its content. */
export type IndexHashes = Record<string, string>;

export interface WrittenIndex {
  /** Files the index has. */
  files: number;
  /** Files written (the others are unchanged in the current site). */
  written: number;
  hashes: IndexHashes;
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

/**
 * The split index of the records under outDir/search-index/: every file (replacing what was
 * there), or with `current` (the hashes of the index in the site being updated) only the files
 * that differ from it.
 */
export function writeSearchIndex(outDir: string, records: SearchRecord[], cacheDir?: string, current?: IndexHashes | null): WrittenIndex {
  const dir = join(outDir, INDEX_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const cache = analysisCache(cacheDir);
  const split = buildSplitIndex(records, { cache });
  cache.save();
  const made = new Set<string>();
  const hashes: IndexHashes = {};
  let files = 0;
  let written = 0;
  for (const [name, text] of splitIndexFiles(split)) {
    files++;
    const hash = (hashes[name] = contentHash(text));
    if (current?.[name] === hash) continue;
    const sub = dirname(name);
    if (sub !== '.' && !made.has(sub)) {
      mkdirSync(join(dir, sub), { recursive: true });
      made.add(sub);
    }
    writeFileSync(join(dir, name), text);
    written++;
  }
  return { files, written, hashes };
}
