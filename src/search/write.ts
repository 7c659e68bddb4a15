/**
 * Writes the split index of a set of records into <site>/search-index/ (files described in
 * format.ts), analysing only the articles the analysis cache does not hold yet.
 */
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

/** The split index of the records, written under outDir/search-index/ (replacing what was there). */
export function writeSearchIndex(outDir: string, records: SearchRecord[], cacheDir?: string): { files: number } {
  const dir = join(outDir, INDEX_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const cache = analysisCache(cacheDir);
  const split = buildSplitIndex(records, { cache });
  cache.save();
  const made = new Set<string>();
  let files = 0;
  for (const [name, text] of splitIndexFiles(split)) {
    const sub = dirname(name);
    if (sub !== '.' && !made.has(sub)) {
      mkdirSync(join(dir, sub), { recursive: true });
      made.add(sub);
    }
    writeFileSync(join(dir, name), text);
    files++;
  }
  return { files };
}
