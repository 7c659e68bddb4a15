/**
 * What the build hands the search index process (src/site/index-process.ts) and what it answers.
 * The job (where the records are, where to write, the published index to reuse) is a file named on
 * the process's command line, so that it starts reading the records at once. The records' resolved
 * names follow, once the build has them, in a second file whose path comes in an IPC message. Both
 * travel in files (v8 serialisation) because a message is written to the pipe from the parent's event
 * loop, which the build keeps busy: a message of megabytes goes piece by piece, and even a small one
 * waits for the loop's next turn.
 *   argv: jobFile     parent → { namesFile }     child → { ok: true, files, written, bytes, hashes } | { ok: false, error }
 */
import { readFileSync, rmSync } from 'node:fs';
import { writePrivate } from '../lib/fs.js';
import { deserialize, serialize } from 'node:v8';
import type { ResolvedNames } from './documents.js';
import type { CurrentIndex, WrittenIndex } from './write.js';

export interface IndexJob {
  outDir: string;
  cacheDir?: string;
  /** The records folder: the index process reads the records itself (src/site/records.ts), while the build resolves their names. */
  articlesDir: string;
  /** The index of the published site: its files whose bytes are the same are linked, not written. */
  current?: CurrentIndex | null;
}

/** The records' names as the build resolved them, in archive order, each with the id and content hash of its record (the index process checks that it read the same records). */
export interface NamesJob {
  records: { id: string; contentHash?: string; names: ResolvedNames }[];
}

/** parent → child, once the names are resolved. */
export interface IndexMessage {
  /** A file holding the v8-serialised NamesJob; the child deletes it once read. */
  namesFile: string;
}
export type IndexReply = ({ ok: true } & WrittenIndex) | { ok: false; error: string };

/** Writes a file for the index process where only this user can read it (the job, or the names of every record). */
export function writeJobFile(path: string, value: IndexJob | NamesJob): void {
  writePrivate(path, serialize(value));
}

/** The job or the names in the file, which is deleted. */
export function readJobFile<T extends IndexJob | NamesJob>(path: string): T {
  try {
    return deserialize(readFileSync(path)) as T;
  } finally {
    rmSync(path, { force: true });
  }
}
