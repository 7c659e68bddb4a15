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
import { closeSync, copyFileSync, fstatSync, linkSync, mkdirSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import lunr from 'lunr';
import type { SearchRecord } from './documents.js';
import { codeVersion } from '../lib/version.js';
import { buildSplitIndex, indexFiles } from './split.js';
import { AnalysisCache, readAnalysedKeys } from './tokens.js';
import { hashOf } from '../lib/hash.js';

/** Folder of the split index in the site (the client fetches <base>search-index/<file>). */
export const INDEX_DIR = 'search-index';

const ANALYSIS_FILE = 'search-analysis.json';
/** Bump when the analysis changes (the tokenizer or pipeline given to Lunr, the document fields, what an entry holds). */
const ANALYSIS_VERSION = '3';

/** The analysis cache's version: the analysis of a record depends on its text and on the code that makes its search document. */
function analysisVersion(): string {
  const code = codeVersion(['search/documents.ts', 'search/build.ts', 'search/tokens.ts', 'lib/analysis.ts', 'write/markdown.ts']);
  return `lunr ${lunr.version}; ${ANALYSIS_VERSION}; ${code}`;
}

export function analysisCache(cacheDir: string | undefined, onNotice?: (line: string) => void): AnalysisCache {
  return new AnalysisCache(cacheDir ? join(cacheDir, ANALYSIS_FILE) : null, analysisVersion(), { onNotice });
}

/** The keys of the records the analysis cache of a cache folder holds, as its last save listed them (null: not known). */
export function analysedKeys(cacheDir: string | undefined): Set<string> | null {
  return cacheDir ? readAnalysedKeys(join(cacheDir, ANALYSIS_FILE), analysisVersion()) : null;
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

export function contentHash(content: string | Uint8Array): string {
  return hashOf(content, { algorithm: 'sha1', encoding: 'base64url' });
}

/**
 * Bytes kept in one buffer reused from file to file (grown when a file needs more): the index's
 * hundred megabytes of contents, and those of the current files compared with them, are never
 * allocated a file at a time.
 */
class Scratch {
  private buffer = Buffer.allocUnsafe(1 << 20);

  /** Room for n bytes (the contents held before are lost). */
  room(n: number): Buffer {
    if (this.buffer.length < n) this.buffer = Buffer.allocUnsafe(Math.max(n, this.buffer.length * 2));
    return this.buffer;
  }

  /** The text's UTF-8 bytes (a view valid until the next call). */
  encode(text: string): Buffer {
    const buffer = this.room(Buffer.byteLength(text));
    return buffer.subarray(0, buffer.write(text));
  }
}

/** Whether the file holds exactly these bytes (read into `scratch` only when its size is theirs). */
function sameBytes(path: string, bytes: Uint8Array, scratch: Scratch): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false; // not there
  }
  try {
    if (fstatSync(fd).size !== bytes.length) return false;
    const into = scratch.room(bytes.length);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, into, read, bytes.length - read, read);
      if (n === 0) return false;
      read += n;
    }
    return into.subarray(0, bytes.length).equals(bytes);
  } finally {
    closeSync(fd);
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
 * Links (or copies) to `to` a file of the current index holding these bytes: the one of the same
 * name unless its hash says it holds other bytes, else the one its hashes give for this content.
 * Each is compared byte for byte first; a wrong hash costs a write, never a wrong file.
 */
function reusePublished(
  current: CurrentIndex,
  name: string,
  hash: string,
  byHash: Map<string, string>,
  bytes: Uint8Array,
  scratch: Scratch,
  to: string,
): boolean {
  const known = current.hashes[name];
  const other = byHash.get(hash);
  const candidates = known === undefined || known === hash ? [name] : [];
  if (other !== undefined && other !== name) candidates.push(other);
  return candidates.some((c) => sameBytes(join(current.dir, c), bytes, scratch) && reuse(join(current.dir, c), to));
}

/** The analysis cache of a cache folder, read, and the notices reading it gave (an invalid file). */
export interface OpenedAnalysis {
  cache: AnalysisCache;
  notices: string[];
}

/** Reads the analysis cache (the index process does it as it starts, while the build reads the records). */
export function openAnalysis(cacheDir: string | undefined): OpenedAnalysis {
  const notices: string[] = [];
  return { cache: analysisCache(cacheDir, (line) => notices.push(line)), notices };
}

/**
 * The split index of the records under outDir/search-index/ (replacing what was there). With
 * `current` (the index of the published site), the files whose bytes it holds already are linked
 * from it instead of written. `beforeFile` runs before each file (the index process checks there
 * that the build that started it is still alive). `opened`: the analysis cache read already.
 */
export function writeSearchIndex(
  outDir: string,
  records: SearchRecord[],
  cacheDir?: string,
  current?: CurrentIndex | null,
  beforeFile?: () => void,
  opened: OpenedAnalysis = openAnalysis(cacheDir),
): WrittenIndex {
  const dir = join(outDir, INDEX_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { cache, notices } = opened;
  const split = buildSplitIndex(records, { cache });
  const made = new Set<string>();
  const hashes: IndexHashes = {};
  // The current file with each content (by hash): its own name first.
  const byHash = new Map<string, string>();
  if (current) for (const [name, hash] of Object.entries(current.hashes)) if (!byHash.has(hash)) byHash.set(hash, name);
  let files = 0;
  let written = 0;
  let bytes = 0;
  const out = new Scratch();
  const published = new Scratch();
  for (const [name, text] of indexFiles(split)) {
    files++;
    const bytesOut = out.encode(text);
    bytes += bytesOut.length;
    const hash = (hashes[name] = contentHash(bytesOut));
    const sub = dirname(name);
    if (sub !== '.' && !made.has(sub)) {
      mkdirSync(join(dir, sub), { recursive: true });
      made.add(sub);
    }
    beforeFile?.();
    if (current && reusePublished(current, name, hash, byHash, bytesOut, published, join(dir, name))) continue;
    writeFileSync(join(dir, name), bytesOut);
    written++;
  }
  return { files, written, bytes, hashes, notices };
}
