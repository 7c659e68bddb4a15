/**
 * Writes the split index of a set of records into <site>/search-index/ (files described in
 * format.ts), analysing only the articles the analysis cache does not hold yet.
 *
 * A build hands in the published site's index folder and the hashes its files had when written: a
 * file whose bytes the published index holds, under its name or (by those hashes) another, is a
 * hard link to that file (a copy where links are not possible); only new contents are written.
 * The hashes only say where to look: a file is reused only after its bytes were compared with the
 * new content, so a stale or wrong hash costs a write, never a wrong file. (An article added in
 * the middle of the index order moves every later document's display file up one number: those
 * are links.) The new folder is whole, and the build publishes it with the site (src/pipeline/site.ts).
 */
import { copyFileSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import lunr from 'lunr';
import type { SearchRecord } from './documents.js';
import { codeVersion } from '../lib/version.js';
import { buildSplitIndex, splitIndexFiles } from './split.js';
import { AnalysisCache } from './tokens.js';
import { hashOf } from '../lib/hash.js';

/** Folder of the split index in the site (the client fetches <base>search-index/<file>). */
export const INDEX_DIR = 'search-index';

const ANALYSIS_FILE = 'search-analysis.json';
/** Bump when the analysis changes (the tokenizer or pipeline given to Lunr, the document fields). */
const ANALYSIS_VERSION = '2';

export function analysisCache(cacheDir: string | undefined, onNotice?: (line: string) => void): AnalysisCache {
  // The analysis of a record depends on its text and on the code that makes its search document.
  const code = codeVersion(['search/documents.ts', 'search/build.ts', 'search/tokens.ts', 'lib/analysis.ts', 'write/markdown.ts']);
  return new AnalysisCache(cacheDir ? join(cacheDir, ANALYSIS_FILE) : null, `lunr ${lunr.version}; ${ANALYSIS_VERSION}; ${code}`, { onNotice });
}

/** Index file (relative to search-index/) → hash of its content. */
export type IndexHashes = Record<string, string>;

export interface WrittenIndex {
  /** Files the index has. */
  files: number;
  /** Files written (the others were linked from the current index). */
  written: number;
  /** Bytes of all its files. */
  bytes: number;
  hashes: IndexHashes;
  /** One-line notices (an invalid analysis cache made again). */
  notices: string[];
  /** The peak memory (max RSS, KB) of the index process, when one wrote the index. */
  maxRssKB?: number;
}

/** The index a site holds: its folder and the hashes of its files. */
export interface CurrentIndex {
  dir: string;
  hashes: IndexHashes;
}

export function contentHash(text: string): string {
  return hashOf(text, { algorithm: 'sha1', encoding: 'base64url' });
}

/** Whether the file holds exactly these bytes. */
function sameBytes(path: string, bytes: Buffer): boolean {
  try {
    return readFileSync(path).equals(bytes);
  } catch {
    return false; // not there
  }
}

/** A file of the current index, given to the new one without writing it. */
function reuse(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    try {
      copyFileSync(from, to);
      return true;
    } catch {
      return false; // gone from the current site: written instead
    }
  }
}

/**
 * The split index of the records under outDir/search-index/ (replacing what was there). With
 * `current` (the index of the published site), the files whose bytes it holds already are linked
 * from it instead of written. `beforeFile` runs before each file (the index process checks there
 * that the build that started it is still alive).
 */
export function writeSearchIndex(
  outDir: string,
  records: SearchRecord[],
  cacheDir?: string,
  current?: CurrentIndex | null,
  beforeFile?: () => void,
): WrittenIndex {
  const dir = join(outDir, INDEX_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const notices: string[] = [];
  const cache = analysisCache(cacheDir, (line) => notices.push(line));
  const split = buildSplitIndex(records, { cache });
  cache.save();
  const made = new Set<string>();
  const hashes: IndexHashes = {};
  // The current file with each content (by hash): its own name first.
  const byHash = new Map<string, string>();
  if (current) for (const [name, hash] of Object.entries(current.hashes)) if (!byHash.has(hash)) byHash.set(hash, name);
  let files = 0;
  let written = 0;
  let bytes = 0;
  for (const [name, text] of splitIndexFiles(split)) {
    files++;
    bytes += Buffer.byteLength(text);
    const hash = (hashes[name] = contentHash(text));
    const sub = dirname(name);
    if (sub !== '.' && !made.has(sub)) {
      mkdirSync(join(dir, sub), { recursive: true });
      made.add(sub);
    }
    beforeFile?.();
    const bytesOut = Buffer.from(text);
    if (current) {
      const candidates = new Set([name, byHash.get(hash)].filter((c): c is string => c !== undefined));
      let reused = false;
      for (const c of candidates) {
        if (sameBytes(join(current.dir, c), bytesOut) && reuse(join(current.dir, c), join(dir, name))) {
          reused = true;
          break;
        }
      }
      if (reused) continue;
    }
    writeFileSync(join(dir, name), bytesOut);
    written++;
  }
  return { files, written, bytes, hashes, notices };
}
