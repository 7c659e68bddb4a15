/**
 * The records stage's state: one object that goes through its steps (records.ts RECORDS_STEPS),
 * and the small helpers every step uses on it.
 */
import { hashOf } from '../../lib/hash.js';
import { correctionPath, readCorrections, type CorrectionFile } from '../../corrections/file.js';
import type { BuildContext } from '../context.js';
import { problem } from './problems.js';
import type { Manifest, ManifestEntry } from './manifest.js';
import type { SourceEntry } from './sources.js';

/** A source to extract again, as the planning step found it. */
export interface Pending {
  name: string;
  path: string;
  /** Null when the source was not read (its signature was the manifest's): read when extracted. */
  bytes: Buffer | null;
  /** Its signature, taken before it was read (a change after that is seen by the next build). */
  sourceStat: string | null;
  hash: string;
  /** The outlet given for it (_source.yml, --outlet). */
  outlet: string | null;
  before: ManifestEntry | undefined;
  corrections: { text: string; file: CorrectionFile } | null;
  correctionsHash: string | null;
}

/** One run of the records stage, from the last build's manifest to this build's. */
export interface RecordsRun {
  ctx: BuildContext;
  /** The extractor's version (lib/version.ts): a record another version made is extracted again. */
  version: string;
  /** What the last build made of each source. */
  previous: Manifest;
  /** What this build makes of each source: kept, made again, or absent (its record removed). */
  next: Manifest;
  /** Record id → the source whose record has it: a second source with that id gets another. */
  idsTaken: Map<string, string>;
  /** The usable sources, in name order. */
  sources: SourceEntry[];
  /** The sources to extract again, in name order. */
  work: Pending[];
  /** Everything in the sources folder after the extraction, usable or not: a source not there has its record removed. */
  present: Set<string>;
}

/** Keeps a source's manifest entry (and its record's id) as the last build left it. */
export function keep(run: RecordsRun, name: string, entry: ManifestEntry | undefined): void {
  if (!entry) return;
  run.next[name] = entry;
  run.idsTaken.set(entry.id, name);
}

/** The day a source's record says it was ingested: a source keeps the day it first entered the archive through every re-extraction. */
export function ingestedDay(ctx: BuildContext, w: Pending): string {
  return w.before?.ingested ?? ctx.options.today;
}

/** A correction that no longer finds its target: a warning on the corrections file. */
export function staleProblem(run: RecordsRun, sourceName: string, reason: string): void {
  const { correctionsDir } = run.ctx.options;
  problem(run.ctx, correctionPath(correctionsDir, sourceName), 'correction', `stale: ${reason} (kept in the file, not applied)`, 'warning');
}

/** A source's corrections file, if any, and the hash of its text. */
export function loadCorrections(ctx: BuildContext, sourceName: string): Pick<Pending, 'corrections' | 'correctionsHash'> {
  const corrections = readCorrections(correctionPath(ctx.options.correctionsDir, sourceName));
  return { corrections, correctionsHash: corrections ? hashOf(corrections.text) : null };
}
