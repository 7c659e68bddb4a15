/**
 * One build of a project folder in its own process, as `news-archive build` runs it: the compiled
 * JavaScript of dist/ (scripts/compile.mjs), no TypeScript loader, so its time and peak memory
 * (max RSS) are the command's. Prints one JSON line after `@@BENCH@@`.
 * Run as: node bench/build-child.mjs ROOT (after `npm run compile`; `npm run bench` compiles first).
 */
import { build } from '../dist/src/pipeline/index.js';
import { defaultOptions } from '../dist/src/pipeline/context.js';

const root = process.argv[2];
if (!root) {
  console.error('usage: build-child.ts ROOT');
  process.exit(2);
}
const t0 = performance.now();
const result = await build(defaultOptions(root, { quiet: true }));
const wallMs = performance.now() - t0;
const ru = process.resourceUsage();
const errors = result.ctx.problems.filter((p) => p.level === 'error');
process.stdout.write(
  '\n@@BENCH@@' +
    JSON.stringify({
      wallMs,
      status: result.status,
      timings: result.ctx.timings,
      counts: result.ctx.counts,
      problems: result.ctx.problems.length,
      errors: errors.length,
      firstErrors: errors.slice(0, 5).map((p) => `${p.file}: ${p.reason}`),
      maxRssKB: ru.maxRSS,
      searchMaxRssKB: result.ctx.site?.searchMaxRssKB ?? 0,
      userMs: ru.userCPUTime / 1000,
      systemMs: ru.systemCPUTime / 1000,
    }) +
    '\n',
);
