/** `news-archive build`: records, then the site; a summary and a machine-readable report at the end. */
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createContext, timed, type BuildContext, type BuildOptions } from './context.js';
import { syncRecords } from './records.js';
import { generatedDir } from './records/manifest.js';
import { buildSite } from './site.js';
import { EntitiesFileError } from '../archive/resolve/entities-file.js';
import { writeAtomic, removeTempLeftovers, tempDir } from '../lib/fs.js';
import { acquireBuildLock, waitingMessage, type BuildLock } from './lock.js';
import { crashPoint } from './crash.js';

export interface BuildResult {
  ctx: BuildContext;
  /**
   * Exit status: non-zero when the site could not be built, when a corrections file cannot be
   * read (a problem with `fails`), or with --strict on any problem.
   */
  status: number;
  reportPath: string;
}

/**
 * Runs the stages holding the project's build lock (lock.ts): a second build started meanwhile
 * waits for this one, saying so on standard error. `ctx.timings` holds milliseconds per stage:
 * `records` (with `records.read`, `records.extract.wall`, `records.corrections`, `records.write` inside it, and
 * `records.ingest` and `records.extract` summed over the extracting threads), `site`
 * (with `site.eleventy` and `search`, the search index and client written after the pages,
 * inside it) and `total`.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const lock = await acquireBuildLock(options.cacheDir, { onWait: (path) => console.error(waitingMessage(path)) });
  try {
    return await buildLocked(options, lock);
  } finally {
    await lock.release();
  }
}

async function buildLocked(options: BuildOptions, lock: BuildLock): Promise<BuildResult> {
  const ctx = createContext(options);
  const t0 = performance.now();
  let status = 0;
  // Temporary files of builds and adds that were killed (no other one runs: the lock is ours).
  removeTempLeftovers([options.sourcesDir, options.articlesDir, options.correctionsDir, options.cacheDir, generatedDir(options.cacheDir)]);
  rmSync(tempDir(options.cacheDir), { recursive: true, force: true });
  crashPoint('locked');
  await timed(ctx, 'records', () => syncRecords(ctx));
  if (ctx.problems.some((p) => p.fails)) status = 1;
  if (!options.recordsOnly) {
    try {
      await timed(ctx, 'site', () => buildSite(ctx, lock));
    } catch (err) {
      if (err instanceof EntitiesFileError) ctx.problems.push({ file: err.file, stage: 'entities', reason: err.reason, level: 'error' });
      else ctx.problems.push({ file: 'templates', stage: 'site', reason: (err as Error).message, level: 'error' });
      status = 1;
    }
  }
  if (options.strict && ctx.problems.length) status = 1;
  ctx.timings.total = performance.now() - t0;
  const reportPath = join(options.cacheDir, 'build-report.json');
  const timings = Object.fromEntries(Object.entries(ctx.timings).map(([k, v]) => [k, Math.round(v)]));
  writeAtomic(
    reportPath,
    JSON.stringify(
      {
        counts: ctx.counts,
        extractThreads: ctx.extractThreads ?? null,
        ...(ctx.merged ? { merged: ctx.merged } : {}),
        corrections: ctx.corrections,
        notices: ctx.notices,
        site: ctx.site ?? null,
        problems: ctx.problems,
        timings,
      },
      null,
      2,
    ) + '\n',
  );
  return { ctx, status, reportPath };
}

function seconds(ms: number | undefined): string {
  return `${((ms ?? 0) / 1000).toFixed(2)} s`;
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} kB`;
}

export function summary(result: BuildResult): string {
  const { ctx } = result;
  const c = ctx.counts;
  const t = ctx.timings;
  const lines = [
    `news-archive: ${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged, ${c.removed} removed, ${c.failed} failed in ${seconds(t.total)}` +
      ` (records ${seconds(t.records)}${t.site !== undefined ? `, site ${seconds(t.site)}` : ''})`,
  ];
  if (ctx.site) {
    lines.push(
      `  _site: ${ctx.site.files} files, ${megabytes(ctx.site.bytes)}` +
        (ctx.site.mode === 'incremental'
          ? ` (${ctx.site.rendered} pages rendered, ${ctx.site.kept} unchanged kept)`
          : ` (full render, ${ctx.site.rendered} pages)`) +
        (ctx.site.searchFiles ? `; search index: ${ctx.site.searchFiles.written} of ${ctx.site.searchFiles.files} files written` : ''),
    );
  }
  if (ctx.merged) lines.push(`  merged: ${ctx.merged.used} sources taken from ${ctx.merged.lines} merged extraction lines (the others extracted here)`);
  const k = ctx.corrections;
  if (k.applied || k.stale || k.fromEdits) {
    lines.push(`  corrections: ${k.applied} applied, ${k.stale} stale, ${k.fromEdits} new from hand edits`);
  }
  for (const n of ctx.notices) lines.push(`  notice  ${n}`);
  const errors = ctx.problems.filter((p) => p.level === 'error');
  const warnings = ctx.problems.filter((p) => p.level === 'warning');
  for (const p of errors) lines.push(`  error   ${p.file}: ${p.reason}`);
  for (const p of warnings) lines.push(`  warning ${p.file}: ${p.reason}`);
  lines.push(`  report: ${relative(ctx.options.root, result.reportPath)}`);
  return lines.join('\n');
}
