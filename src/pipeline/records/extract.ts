/**
 * The records stage's second pass: the work extracted (in the worker pool, extract-pool.ts, or
 * taken from the merged lines of a sharded run, src/shard/merge.ts) and each source's outcome
 * applied in source order, so records, ids and the manifest are the same whatever the number of
 * threads.
 */
import { SingleBar, Presets } from 'cli-progress';
import { extractAll, workerCount } from '../extract-pool.js';
import type { ExtractOutcome } from '../extract-source.js';
import type { BuildContext } from '../context.js';
import { readMergeFiles, mergedOutcome, type MergedLines } from '../../shard/merge.js';
import { applyOutcome } from './apply.js';
import { problem } from './problems.js';
import { ingestedDay, type RecordsRun } from './run.js';

/** Extracts the sources that changed and writes their records, in source order. */
export async function extractChanged(run: RecordsRun): Promise<void> {
  const { ctx, work, version } = run;
  const bar = progressBar(ctx, work.length);
  const fromLines = mergedOutcomes(run);
  const tasks = work
    .filter((_, i) => !fromLines[i])
    .map((w) => ({
      name: w.name,
      path: w.path,
      bytes: w.bytes,
      published: ctx.options.published,
      outlet: w.outlet,
      version,
      // The record's text and its parse are made in the extracting thread too, unless corrections will change it (applyOutcome uses them when it can).
      ...(w.corrections ? {} : { ingested: ingestedDay(ctx, w) }),
    }));
  const threads = workerCount(tasks.length, ctx.options.jobs);
  if (tasks.length) ctx.extractThreads = Math.max(threads, 1);
  const t0 = performance.now();
  let applying = 0;
  const extracted = extractAll(tasks, {
    threads,
    onDone: () => bar?.increment(),
    onPoolFailure: (reason) => {
      ctx.extractThreads = 1;
      ctx.notices.push(`the extraction workers could not run (${reason}): the sources were extracted in the build's own thread`);
    },
  });
  try {
    // In source order, whichever way each source's extraction came: the same ids, records and manifest.
    for (let i = 0; i < work.length; i++) {
      let outcome = fromLines[i];
      const merged = outcome !== null;
      if (merged) bar?.increment();
      else {
        const next = await extracted.next();
        if (next.done) throw new Error('the extraction ended before its last source');
        outcome = next.value;
      }
      const t1 = performance.now();
      applyOutcome(run, work[i], outcome!, merged);
      applying += performance.now() - t1;
    }
  } finally {
    await extracted.return(undefined);
    bar?.stop();
  }
  // Extraction time as this build waited for it (the workers' own times, summed, are records.ingest and records.extract).
  ctx.timings['records.extract.wall'] = (ctx.timings['records.extract.wall'] ?? 0) + (performance.now() - t0 - applying);
}

/** Per source of the work, its extraction from the merged lines (`--merge`) when a line still holds for it, else null. */
function mergedOutcomes(run: RecordsRun): (ExtractOutcome | null)[] {
  const { ctx, work, version } = run;
  const merged = ctx.options.merge?.length ? mergeLines(ctx, ctx.options.merge) : null;
  const fromLines = work.map((w) =>
    mergedOutcome(merged, { name: w.name, sha256: w.hash, extractor: version, outlet: w.outlet, published: ctx.options.published }),
  );
  if (merged) ctx.merged = { used: fromLines.filter(Boolean).length, lines: merged.lines.size };
  return fromLines;
}

/** The merged files' lines (`--merge`); a file or line that cannot be read is reported, not used. */
function mergeLines(ctx: BuildContext, files: string[]): MergedLines {
  const merged = readMergeFiles(files);
  for (const p of merged.problems) problem(ctx, p.file, 'read', p.reason);
  return merged;
}

/** A progress bar on a terminal, for 20 sources or more. */
function progressBar(ctx: BuildContext, total: number): SingleBar | null {
  const tty = Boolean(process.stderr.isTTY) && !process.env.CI;
  if (ctx.options.quiet || !tty || total < 20) return null;
  const bar = new SingleBar(
    { format: 'extracting {bar} {value}/{total} sources · {eta_formatted} left', stream: process.stderr, hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}
