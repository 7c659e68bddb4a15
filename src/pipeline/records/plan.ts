/**
 * The records stage's first pass: which sources changed since the last build (their bytes, their
 * corrections, the outlet given for them or the extractor), and whether an editor changed a record
 * by hand. A source that did not change keeps its record; the others become the run's work.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hashOf } from '../../lib/hash.js';
import { fileSignature } from '../../lib/fs.js';
import { correctionPath, type CorrectionFile } from '../../corrections/file.js';
import { readGenerated, type ManifestEntry } from './manifest.js';
import { absorbHandEdit, type EditOutcome } from './hand-edit.js';
import { problem, timedSync } from './problems.js';
import { keep, loadCorrections, staleProblem, type RecordsRun } from './run.js';
import type { SourceEntry } from './sources.js';

/** Decides, source by source, which ones to extract again (`run.work`) and which records to keep. */
export function planSources(run: RecordsRun): void {
  timedSync(run.ctx, 'records.read', () => {
    for (const src of run.sources) planSource(run, src);
  });
}

/** One source: kept as it was (unchanged, or not usable now), or added to the work. */
function planSource(run: RecordsRun, src: SourceEntry): void {
  const { ctx } = run;
  const before = run.previous[src.name];
  // A source whose file signature is the one its hash was taken with is not read again.
  const sourceStat = fileSignature(src.path);
  const read = readSource(run, src, before, sourceStat);
  if (!read) return;
  let corr = loadCorrections(ctx, src.name);
  if (corr.corrections?.file.errors.length) {
    // Applying part of it, or none, would publish what the editor corrected: the last good record stays.
    brokenCorrections(run, src.name, corr.corrections.file, before);
    ctx.counts.failed++;
    keep(run, src.name, before);
    return;
  }
  const recordPath = before ? join(ctx.options.articlesDir, `${before.id}.md`) : null;
  const outputStat = recordPath !== null ? fileSignature(recordPath) : null;
  const recordExists = outputStat !== null;
  const edit = handEdit(run, src, before, recordPath, outputStat);
  if (edit === 'blocked') {
    ctx.counts.unchanged++;
    keep(run, src.name, before);
    return;
  }
  const edited = edit !== null;
  if (edited) corr = loadCorrections(ctx, src.name);
  const upToDate =
    !ctx.options.force &&
    !edited &&
    before !== undefined &&
    recordExists &&
    before.sha256 === read.hash &&
    before.extractor === run.version &&
    (before.outlet ?? null) === src.outlet &&
    (before.corrections ?? null) === corr.correctionsHash;
  if (upToDate) {
    keepUnchanged(run, src.name, before, sourceStat, outputStat);
    return;
  }
  run.work.push({ name: src.name, path: src.path, bytes: read.bytes, sourceStat, hash: read.hash, outlet: src.outlet, before, ...corr });
}

/**
 * The source's hash (and its bytes, when they had to be read to take it); null when it cannot be
 * read: reported, and its record kept.
 */
function readSource(
  run: RecordsRun,
  src: SourceEntry,
  before: ManifestEntry | undefined,
  sourceStat: string | null,
): { bytes: Buffer | null; hash: string } | null {
  if (before && sourceStat !== null && before.sourceStat === sourceStat) return { bytes: null, hash: before.sha256 };
  let bytes: Buffer;
  try {
    bytes = readFileSync(src.path);
  } catch (err) {
    problem(run.ctx, src.path, 'read', `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    run.ctx.counts.failed++;
    keep(run, src.name, before);
    return null;
  }
  return { bytes, hash: hashOf(bytes) };
}

/**
 * Whether an editor changed the source's record since the build wrote it (null: not changed),
 * and what became of the edit (hand-edit.ts). Only a record whose file signature moved is read.
 */
function handEdit(
  run: RecordsRun,
  src: SourceEntry,
  before: ManifestEntry | undefined,
  recordPath: string | null,
  outputStat: string | null,
): EditOutcome | null {
  if (!before || !recordPath || outputStat === null || !before.output || before.outputStat === outputStat) return null;
  const text = readFileSync(recordPath, 'utf8');
  const generatedText = readGenerated(run.ctx.options.cacheDir, src.name);
  // Not the build's last output, nor its saved copy (a build killed before it wrote the manifest): an editor's.
  if (hashOf(text) === before.output || text === generatedText) return null;
  return absorbHandEdit(run.ctx, src.name, recordPath, text, generatedText);
}

/** An unchanged source keeps its record; both files' contents checked (or their signatures unchanged): their signatures remembered. */
function keepUnchanged(run: RecordsRun, name: string, before: ManifestEntry, sourceStat: string | null, outputStat: string | null): void {
  keep(run, name, { ...before, ...(sourceStat ? { sourceStat } : {}), ...(outputStat && before.output ? { outputStat } : {}) });
  run.ctx.counts.unchanged++;
  for (const s of before.stale ?? []) staleProblem(run, name, s);
  run.ctx.corrections.stale += before.stale?.length ?? 0;
}

/** A corrections file that cannot be read: an error on every build until it is fixed. */
function brokenCorrections(run: RecordsRun, sourceName: string, file: CorrectionFile, before: ManifestEntry | undefined): void {
  const { root, correctionsDir } = run.ctx.options;
  const reasons = file.errors.map((e) => (e.index >= 0 ? `entry ${e.index + 1}: ${e.reason}` : e.reason)).join('; ');
  const kept = before ? `the last good record (content/articles/${before.id}.md) stays published` : 'the source is not published';
  run.ctx.problems.push({
    file: relative(root, correctionPath(correctionsDir, sourceName)),
    stage: 'correction',
    reason: `cannot be read (${reasons}): ${kept} until it is fixed`,
    level: 'error',
    fails: true,
  });
}
