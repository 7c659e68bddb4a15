/**
 * Entity resolution alone on a generated archive: `npm run bench:resolve [-- --articles N --runs R
 * --records FILE]`. Generates N articles (bench/lib/generate.ts, the bench's seed), extracts them
 * in this process (or reads the records a previous run saved in FILE, and saves them there), then
 * resolves them R times and prints the CPU time of each run and, per merge step, of the first
 * (cold: the name caches empty, as in a build) and the fastest later run, with a hash of the
 * resolution: a change that only makes it faster keeps the hash.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { Generator } from './lib/generate.js';
import { ingest } from '../src/ingest/index.js';
import { extract } from '../src/extract/index.js';
import { toRecord } from '../src/write/record.js';
import type { ArticleRecord } from '../src/write/schema.js';
import { resolveEntities, RESOLVE_STEPS } from '../src/archive/resolve/index.js';

const opts = new Command()
  .option('--articles <n>', 'articles to generate', '2000')
  .option('--runs <n>', 'resolutions to time', '4')
  .option('--records <file>', 'records saved by an earlier run (read if present, else written)')
  .option('--seed <s>', 'generator seed', 'news-archive')
  .parse()
  .opts<{ articles: string; runs: string; records?: string; seed: string }>();

/** CPU milliseconds (user and system) since `start`. */
function cpuSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

function generated(n: number, seed: string): ArticleRecord[] {
  const gen = new Generator({ seed });
  return Array.from({ length: n }, (_, i) => {
    const a = gen.article(i);
    const doc = ingest(a.name, Buffer.from(a.text));
    const parts = toRecord(doc, extract(doc), 'bench', a.name);
    return { ...parts.data, body: '' };
  });
}

const records: ArticleRecord[] =
  opts.records && existsSync(opts.records) ? (JSON.parse(readFileSync(opts.records, 'utf8')) as ArticleRecord[]) : generated(Number(opts.articles), opts.seed);
if (opts.records && !existsSync(opts.records)) writeFileSync(opts.records, JSON.stringify(records));

const perStep = new Map<string, number[]>();
for (const step of RESOLVE_STEPS) {
  const run = step.run.bind(step);
  step.run = (ctx) => {
    const start = process.cpuUsage();
    run(ctx);
    (perStep.get(step.name) ?? perStep.set(step.name, []).get(step.name)!).push(cpuSince(start));
  };
}
const totals: number[] = [];
let hash = '';
for (let i = 0; i < Number(opts.runs); i++) {
  const start = process.cpuUsage();
  const res = resolveEntities(records);
  totals.push(cpuSince(start));
  hash = createHash('sha256').update(JSON.stringify(res)).digest('hex').slice(0, 16);
}
const warm = (t: number[]) => (t.length > 1 ? Math.min(...t.slice(1)) : NaN);
const ms = (t: number) => `${t.toFixed(0).padStart(6)} ms`;
console.log(`${records.length} articles, resolution hash ${hash}; CPU per run: ${totals.map((t) => t.toFixed(0)).join(', ')} ms`);
console.log(`${'step'.padEnd(26)}   cold        warm (fastest later run)`);
for (const [name, t] of [...perStep].sort((a, b) => b[1][0] - a[1][0])) console.log(`${name.padEnd(26)} ${ms(t[0])}  ${ms(warm(t))}`);
