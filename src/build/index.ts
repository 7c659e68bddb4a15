/** `news-archive build`: records, then the site; a summary and a machine-readable report at the end. */
import { join, relative } from 'node:path';
import { createContext, timed, type BuildContext, type BuildOptions } from './context.js';
import { syncRecords } from './records.js';
import { buildSite } from './site.js';
import { writeAtomic } from './fs.js';

export interface BuildResult {
  ctx: BuildContext;
  /** Exit status: non-zero when the site could not be built, or with --strict on any problem. */
  status: number;
  reportPath: string;
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const ctx = createContext(options);
  let status = 0;
  await timed(ctx, 'records', () => syncRecords(ctx));
  if (!options.recordsOnly) {
    try {
      await timed(ctx, 'site', () => buildSite(ctx));
    } catch (err) {
      ctx.problems.push({ file: 'templates', stage: 'site', reason: (err as Error).message, level: 'error' });
      status = 1;
    }
  }
  if (options.strict && ctx.problems.length) status = 1;
  const reportPath = join(options.cacheDir, 'build-report.json');
  writeAtomic(reportPath, JSON.stringify({ counts: ctx.counts, problems: ctx.problems, timings: ctx.timings }, null, 2) + '\n');
  return { ctx, status, reportPath };
}

export function summary(result: BuildResult): string {
  const { ctx } = result;
  const c = ctx.counts;
  const t = (ms: number | undefined) => `${((ms ?? 0) / 1000).toFixed(2)} s`;
  const lines = [
    `news-archive: ${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged, ${c.removed} removed, ${c.failed} failed` +
      ` — records ${t(ctx.timings.records)}${ctx.timings.site !== undefined ? `, site ${t(ctx.timings.site)}` : ''}`,
  ];
  const errors = ctx.problems.filter((p) => p.level === 'error');
  const warnings = ctx.problems.filter((p) => p.level === 'warning');
  for (const p of errors) lines.push(`  error   ${p.file}: ${p.reason}`);
  for (const p of warnings) lines.push(`  warning ${p.file}: ${p.reason}`);
  lines.push(`  report: ${relative(ctx.options.root, result.reportPath)}`);
  return lines.join('\n');
}
