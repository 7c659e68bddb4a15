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
import { toMarkdown } from '../write/markdown.js';
import { compactCopy } from '../lib/compact.js';
import { recordEntry, recordKey, type RecordEntry } from '../site/records.js';

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
  /**
   * The day the record says the source was ingested, when the build writes the record: the
   * outcome then also holds the record file's text and its parse (`written`), made here, in the
   * extraction's thread, rather than in the build's.
   */
  ingested?: string;
}

/** The record file as the build writes it when the extracted record is used as it is (no corrections, its own id), and what the site reads of it. */
export interface WrittenRecord {
  markdown: string;
  /** recordKey(markdown). */
  key: string;
  entry: RecordEntry;
}

/** What came of one source: its record parts and warnings, or the stage that failed and why. */
export type ExtractOutcome =
  | { ok: true; parts: RecordParts; warnings: string[]; ms: { ingest: number; extract: number }; written?: WrittenRecord }
  | { ok: false; stage: 'decode' | 'extract'; reason: string };

/** Extracts one source; never throws. */
export function extractSource(task: ExtractTask): ExtractOutcome {
  try {
    const bytes = task.bytes ? Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength) : readFileSync(task.path);
    const t0 = performance.now();
    const doc = ingest(task.name, bytes, { published: task.published, outlet: task.outlet });
    const t1 = performance.now();
    const x = extract(doc);
    const t2 = performance.now();
    const parts = toRecord(doc, x, task.version, task.name);
    const written = task.ingested === undefined ? undefined : writtenRecord(task.name, parts, task.ingested);
    return { ok: true, parts, warnings: x.warnings, ms: { ingest: t1 - t0, extract: t2 - t1 }, ...(written ? { written } : {}) };
  } catch (err) {
    return { ok: false, stage: err instanceof DecodeError ? 'decode' : 'extract', reason: (err as Error).message };
  }
}

/**
 * The record file's text with the ingested day set, and its parse, as the site would read it back
 * (copied through JSON, the form its cache gives back). Undefined when the record cannot be
 * written: the build makes it again and reports why.
 */
function writtenRecord(name: string, parts: RecordParts, ingested: string): WrittenRecord | undefined {
  parts.data.source.ingested = ingested;
  try {
    const markdown = toMarkdown(parts.data, parts.body, parts.boilerplate);
    return { markdown, key: recordKey(markdown), entry: compactCopy(recordEntry(name, markdown)) };
  } catch {
    return undefined;
  }
}

/** @alias Piscina runs a worker module's default export. */
export default extractSource;
