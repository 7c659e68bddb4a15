/**
 * The part of the records stage that depends on nothing but one source: its bytes → ingested
 * document → extraction → record parts. It runs in the build process (`--jobs 1`) or in a worker
 * thread of the extraction pool (extract-pool.ts), which loads this module as its task: the
 * default export. Input and output are plain data (structured-clone safe); a failure is returned,
 * not thrown, so the build reports it against the source and goes on with the others.
 */
import { readFileSync } from 'node:fs';
import { ingest, DecodeError } from '../ingest/index.js';
import { extract } from '../extract/index.js';
import { toRecord, type RecordParts } from '../write/record.js';

/** One source to extract. */
export interface ExtractTask {
  /** The path below the sources folder, with "/": what the record names as its source. */
  name: string;
  /** Where to read it when `bytes` is null. */
  path: string;
  /** Its bytes when the build already read them (to hash them), else null. */
  bytes: Uint8Array | null;
  /** Publication date for a source that states none (`--published`). */
  published: string | null;
  /** The outlet given for it (_source.yml, --outlet). */
  outlet: string | null;
  /** The extractor's version, written into the record. */
  version: string;
}

/** What came of one source: its record parts and warnings, or the stage that failed and why. */
export type ExtractOutcome =
  { ok: true; parts: RecordParts; warnings: string[]; ms: { ingest: number; extract: number } } | { ok: false; stage: 'decode' | 'extract'; reason: string };

/** Extracts one source; never throws. */
export function extractSource(task: ExtractTask): ExtractOutcome {
  try {
    const bytes = task.bytes ? Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength) : readFileSync(task.path);
    const t0 = performance.now();
    const doc = ingest(task.name, bytes, { published: task.published, outlet: task.outlet });
    const t1 = performance.now();
    const x = extract(doc);
    const t2 = performance.now();
    return { ok: true, parts: toRecord(doc, x, task.version, task.name), warnings: x.warnings, ms: { ingest: t1 - t0, extract: t2 - t1 } };
  } catch (err) {
    return { ok: false, stage: err instanceof DecodeError ? 'decode' : 'extract', reason: (err as Error).message };
  }
}

/** @alias Piscina runs a worker module's default export. */
export default extractSource;
