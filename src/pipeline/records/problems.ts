/** How the records stage reports a file's problem and times its work. */
import { relative } from 'node:path';
import type { BuildContext, Problem } from '../context.js';

/** A problem with a file of the project, named relative to its root. */
export function problem(ctx: BuildContext, path: string, stage: Problem['stage'], reason: string, level: Problem['level'] = 'error'): void {
  ctx.problems.push({ file: relative(ctx.options.root, path) || path, stage, reason, level });
}

/** Runs `fn`, adding its time to the timing `stage`. */
export function timedSync<T>(ctx: BuildContext, stage: string, fn: () => T): T {
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    ctx.timings[stage] = (ctx.timings[stage] ?? 0) + (performance.now() - t0);
  }
}
