/**
 * What the build hands the search index process (index-process.ts) and what it answers. The job
 * travels in a file (v8 serialisation), not in the IPC message: a message of tens of megabytes is
 * written to the pipe piece by piece from the parent's event loop, which Eleventy keeps busy, so
 * the child would sit idle until the pages are written. The message holds the file's path:
 *   parent → { jobFile }     child → { ok: true, files, written, bytes, hashes } | { ok: false, error }
 */
import { readFileSync, rmSync } from 'node:fs';
import { writePrivate } from '../lib/fs.js';
import { deserialize, serialize } from 'node:v8';
import type { SearchRecord } from './documents.js';
import { AnalysisCache } from './tokens.js';
import type { CurrentIndex, WrittenIndex } from './write.js';

export interface IndexJob {
  outDir: string;
  cacheDir?: string;
  records: SearchRecord[];
  /** The index of the published site: its files whose bytes are the same are linked, not written. */
  current?: CurrentIndex | null;
}
export interface IndexMessage {
  /** A file holding the v8-serialised IndexJob; the child deletes it once read. */
  jobFile: string;
}
export type IndexReply = ({ ok: true } & WrittenIndex) | { ok: false; error: string };

/** Writes the job where only this user can read it (it holds every record's text). */
export function writeJobFile(path: string, job: IndexJob): void {
  writePrivate(path, serialize(job));
}

/** The job in the file, which is deleted. */
export function readJobFile(path: string): IndexJob {
  try {
    return deserialize(readFileSync(path)) as IndexJob;
  } finally {
    rmSync(path, { force: true });
  }
}

/**
 * The records as the job carries them: a record whose analysis the index process's cache holds
 * (`known`: its keys, write.ts analysedKeys) goes without its body, which only analysing it would
 * read; at 10,000 articles the job falls from 76 MB to a third of it. Should the cache lack one
 * after all (changed by hand since), the index process stops with an error, and the build writes
 * the index itself with every text (src/site/search-plugin.ts).
 */
export function withoutAnalysedBodies(records: SearchRecord[], known: Set<string> | null): SearchRecord[] {
  if (!known) return records;
  return records.map((r) => (r.contentHash && known.has(AnalysisCache.key(r)) ? { ...r, body: '', analysed: true } : r));
}
