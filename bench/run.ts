/**
 * `npm run bench [-- --articles N --seed S --skip-browser --skip-pagefind --keep --sample K --rebuilds R]`
 *
 * Every speed and size figure of the project, from one command, on one machine, in one run:
 * generates an archive of N articles (bench/archive/, git-ignored), then measures extraction
 * throughput, the cold build (per stage, peak memory), a rebuild after adding one article, the
 * site and search index sizes, and search in Chromium against Pagefind on the same site.
 * Prints a table and writes bench/results.json.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, rmSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { execSync } from 'node:child_process';
import { Command } from 'commander';
import { Generator, GENERATOR_VERSION } from './lib/generate.js';
import { ArchiveStatsCollector, type ArchiveStats } from './lib/stats.js';
import { ATTRIBUTION } from './lib/corpus.js';
import { syntheticLemma } from './lib/lexicon.js';
import { walk, sizeOf, searchFiles, type SizeSummary } from './lib/files.js';
import { measureExtraction, type ExtractionResult } from './lib/extraction.js';
import { sampleWords } from './lib/words.js';
import { comparable, figures } from './lib/previous.js';
import { heapFlag } from '../src/lib/heap.js';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const MB = 1024 * 1024;
/** One-word first queries drawn from the archive (words.ts). */
const ONE_WORD_SAMPLE = 30;

const program = new Command()
  .name('bench')
  .description('speed and size figures of news-archive on a generated archive')
  .option('--articles <n>', 'articles in the generated archive', '10000')
  .option('--seed <s>', 'generator seed (same seed, same archive)', 'news-archive')
  .option('--sample <n>', 'articles for the in-process extraction throughput (default: all, at most 300)')
  .option('--corpus <dir>', 'the MEANTIME dev corpus folder')
  .option('--skip-browser', 'no Chromium measurements')
  .option('--skip-pagefind', 'no Pagefind comparison')
  .option('--identity <n>', 'queries compared between the split index and one whole Lunr index', '240')
  .option('--keep', 'reuse the generated archive of the same size and seed if present')
  .option('--rebuilds <n>', 'add-one rebuilds measured, one after another (each adds one more article): the figure is their median', '3')
  .option('--out <file>', 'results file', join(BENCH, 'results.json'))
  .parse();
const opts = program.opts<{
  articles: string;
  seed: string;
  identity: string;
  sample?: string;
  corpus?: string;
  skipBrowser?: boolean;
  skipPagefind?: boolean;
  keep?: boolean;
  rebuilds: string;
  out: string;
}>();
const N = Number(opts.articles);
if (!Number.isInteger(N) || N < 1) throw new Error(`--articles must be a positive integer, not ${opts.articles}`);

const log = (s: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}\n`);
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (b: number) => `${(b / MB).toFixed(2)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

interface ChildBuild {
  wallMs: number;
  processMs: number;
  status: number;
  timings: Record<string, number>;
  counts: Record<string, number>;
  problems: number;
  errors: number;
  firstErrors: string[];
  maxRssKB: number;
  /** The search index process's peak (it runs beside the build process while pages render); 0 when the build wrote the index itself. */
  searchMaxRssKB?: number;
  timeMaxRssKB: number | null;
  userMs: number;
  systemMs: number;
}

/** One build in a child process (its own memory), under /usr/bin/time when present. */
function childBuild(root: string): Promise<ChildBuild> {
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}`);
  // The heap the command line gives a build of this archive (src/lib/heap.ts; src/pipeline/heap.ts relaunches with it).
  // The compiled command's code (dist/), as `news-archive build` runs it: no TypeScript loader.
  const node = [process.execPath, heapFlag(N + 2), join(BENCH, 'build-child.mjs'), root];
  const useTime = existsSync('/usr/bin/time');
  const [cmd, ...args] = useTime ? ['/usr/bin/time', '-f', '%M', '-o', timeFile, ...node] : node;
  const t0 = performance.now();
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', fail);
    child.on('close', (code) => {
      const processMs = performance.now() - t0;
      const line = out.split('\n').find((l) => l.startsWith('@@BENCH@@'));
      if (!line) return fail(new Error(`build child exited ${code} without a result:\n${out.slice(-2000)}`));
      let timeMaxRssKB: number | null = null;
      if (useTime && existsSync(timeFile)) {
        const m = /(\d+)\s*$/.exec(readFileSync(timeFile, 'utf8').trim());
        timeMaxRssKB = m ? Number(m[1]) : null;
        rmSync(timeFile, { force: true });
      }
      ok({ ...JSON.parse(line.slice('@@BENCH@@'.length)), processMs, timeMaxRssKB });
    });
  });
}

function gitCommit(): string | null {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

async function main() {
  const started = performance.now();
  const root = join(BENCH, 'archive', `n${N}-s${opts.seed.replace(/[^\w.-]/g, '_')}`);
  const sources = join(root, 'content', 'sources');
  const stamp = join(root, 'generated.json');
  const gen = new Generator({ seed: opts.seed, corpusDir: opts.corpus });

  // 1. The archive.
  let archive: ArchiveStats & { generateMs: number };
  const previous = opts.keep && existsSync(stamp) ? JSON.parse(readFileSync(stamp, 'utf8')) : null;
  if (
    previous &&
    previous.version === GENERATOR_VERSION &&
    previous.articles === N &&
    previous.seed === opts.seed &&
    existsSync(sources) &&
    readdirSync(sources).length === N
  ) {
    log(`reusing the generated archive in ${root}`);
    archive = previous.stats;
  } else {
    log(`generating ${N} articles (seed ${opts.seed}) into ${root}`);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(sources, { recursive: true });
    writeFileSync(join(root, 'NOTICE.txt'), ATTRIBUTION + '\n');
    const collector = new ArchiveStatsCollector();
    const t0 = performance.now();
    for (let i = 0; i < N; i++) {
      const a = gen.article(i);
      writeFileSync(join(sources, a.name), a.text);
      collector.add(a);
      if (i > 0 && i % 2000 === 0) log(`  ${i} articles`);
    }
    archive = { ...collector.result(), generateMs: performance.now() - t0 };
    writeFileSync(stamp, JSON.stringify({ version: GENERATOR_VERSION, articles: N, seed: opts.seed, stats: archive }, null, 1));
  }
  // Everything the build makes goes, so the build is cold.
  for (const d of ['content/articles', '.cache', '_site', '._site.versions', 'pagefind']) rmSync(join(root, d), { recursive: true, force: true });
  log(`archive: ${archive.articles} articles, ${mb(archive.bytes)}, ${archive.tokens} words, ${archive.distinctWords} distinct`);

  // 2. Extraction throughput, one core, in this process.
  const sampleN = Math.min(N, opts.sample ? Number(opts.sample) : 300);
  const sourceFiles = walk(sources);
  const step = N / sampleN;
  const sample = Array.from({ length: sampleN }, (_, k) => sourceFiles[Math.floor(k * step)]);
  log(`extraction throughput over ${sampleN} articles`);
  const extraction: ExtractionResult = await measureExtraction(sample);

  // 3. Cold build, in a child process.
  log('cold build');
  const cold = await childBuild(root);
  if (cold.errors) log(`  ${cold.errors} errors, e.g. ${cold.firstErrors.join(' | ')}`);

  // 4. Sizes.
  const site = join(root, '_site');
  const built = existsSync(join(site, 'index.html'));
  if (!built) {
    log('the cold build made no site: no sizes, Pagefind or browser figures');
    opts.skipPagefind = true;
    opts.skipBrowser = true;
  }
  const siteSize = sizeOf(site, walk(site));
  const sf = searchFiles(site);
  const searchIndex = sizeOf(site, sf.index, true, true);
  const searchClient = sizeOf(site, sf.client, true, true);

  // 5. Pagefind on the same site.
  let pagefind: { indexMs: number; pages: number; errors: string[]; all: SizeSummary; indexData: SizeSummary } | null = null;
  const pagefindDir = join(root, 'pagefind');
  if (!opts.skipPagefind) {
    log('pagefind');
    const { runPagefind } = await import('./lib/pagefind.js');
    const run = await runPagefind(site, pagefindDir);
    const files = walk(pagefindDir);
    pagefind = {
      indexMs: run.ms,
      pages: run.pages,
      errors: run.errors,
      all: sizeOf(pagefindDir, files, true),
      indexData: sizeOf(
        pagefindDir,
        files.filter((f) => /\.pf_(index|meta|fragment|filter)$|pagefind-entry\.json$/.test(f)),
        true,
      ),
    };
  }

  // 5b. The split index ranks as one whole Lunr index would, on this archive.
  let identity: import('./lib/identity.js').IdentityResult | null = null;
  if (built && Number(opts.identity) > 0) {
    log(`split index against one whole Lunr index: ${opts.identity} queries`);
    const { checkIdentity } = await import('./lib/identity.js');
    identity = await checkIdentity(root, site, Number(opts.identity));
    log(`  ${identity.identical}/${identity.queries} identical`);
  }

  // 6. Search in Chromium.
  const p = gen.pools;
  const queries = [
    p.people[0].full,
    p.people[10].full,
    p.people[150].surname,
    p.organizations[1],
    p.organizations[40],
    p.places[3],
    syntheticLemma(3),
    syntheticLemma(300),
    syntheticLemma(3000),
    'airline',
    'market',
    'profit',
    'bankruptcy',
    'stock markets',
    String(2012),
  ];
  let browser: null | {
    chromium: string;
    queries: string[];
    archive: import('./lib/browser.js').EngineResult;
    pagefind: import('./lib/browser.js').EngineResult | null;
    /** One-word first queries, each in a fresh browser. */
    oneWord: { archive: import('./lib/browser.js').FirstQuery; pagefind: import('./lib/browser.js').FirstQuery | null }[];
  } = null;
  // A reader's first question is often one word: the three of earlier runs (a surname, a common
  // word of the news, a rarer word), then ONE_WORD_SAMPLE words drawn from the archive's texts
  // across every band of document frequency, from the commonest to words of one article.
  const earlier = [p.people[0].surname, 'market', syntheticLemma(300)];
  const sampled = sampleWords(
    sourceFiles.map((f) => readFileSync(f, 'utf8')),
    ONE_WORD_SAMPLE,
  );
  const oneWord = [...earlier, ...sampled.map((w) => w.word).filter((w) => !earlier.includes(w))];
  if (!opts.skipBrowser) {
    log('search in Chromium');
    const { launch, measureEngine, measureFirstQuery, PAGEFIND_PAGE } = await import('./lib/browser.js');
    const { serve } = await import('./lib/server.js');
    const server = await serve([
      { prefix: '/', dir: site },
      ...(pagefind ? [{ prefix: '/pagefind/', dir: pagefindDir }] : []),
      { prefix: '/__bench/', files: { 'pagefind.html': PAGEFIND_PAGE } },
    ]);
    const b = await launch();
    try {
      const own = await measureEngine(b, server, '/search/', queries);
      const pf = pagefind ? await measureEngine(b, server, '/__bench/pagefind.html', queries) : null;
      const firsts = [];
      for (const q of oneWord) {
        firsts.push({
          archive: await measureFirstQuery(b, server, '/search/', q),
          // Pagefind for the three words of earlier runs only (the comparison, not the sample).
          pagefind: pagefind && earlier.includes(q) ? await measureFirstQuery(b, server, '/__bench/pagefind.html', q) : null,
        });
      }
      browser = { chromium: b.version(), queries, archive: own, pagefind: pf, oneWord: firsts };
    } finally {
      await b.close();
      await server.close();
    }
  }

  // 7. Rebuilds after adding one article (articles N, N+1, ... of the same generator), one after
  // another: a single run on a shared machine varies by seconds, so the figure is their median.
  const rebuildRuns = Math.max(1, Number(opts.rebuilds) || 1);
  log(`${rebuildRuns} rebuilds, each after adding one article`);
  // If the extractor's code changed while the bench ran (its version hash: others editing the
  // tree), a rebuild extracted everything again; it is not counted, and one more is run.
  const rebuilds: ChildBuild[] = [];
  const added: string[] = [];
  try {
    for (let attempt = 0; rebuilds.length < rebuildRuns && attempt < rebuildRuns + 1; attempt++) {
      const extra = gen.article(N + attempt);
      const extraPath = join(sources, `extra-${extra.name}`);
      writeFileSync(extraPath, extra.text);
      added.push(extraPath);
      const run = await childBuild(root);
      if (run.counts.changed === 0) {
        rebuilds.push(run);
        log(`  ${sec(run.wallMs)} (one-minute load ${loadavg()[0].toFixed(2)})`);
      } else log(`  the extractor changed during the run (${run.counts.changed} articles extracted again): not counted`);
    }
  } finally {
    for (const f of added) rmSync(f, { force: true });
  }
  if (rebuilds.length === 0) throw new Error('no one-article rebuild: the extractor changed during every one');
  const byTime = [...rebuilds].sort((a, b) => a.wallMs - b.wallMs);
  const rebuild = byTime[(byTime.length - 1) >> 1];

  const results = {
    meta: {
      date: new Date().toISOString(),
      commit: gitCommit(),
      node: process.version,
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGB: +(totalmem() / 1024 ** 3).toFixed(1),
      options: {
        articles: N,
        seed: opts.seed,
        sample: sampleN,
        skipBrowser: !!opts.skipBrowser,
        skipPagefind: !!opts.skipPagefind,
        keep: !!opts.keep,
        rebuilds: rebuildRuns,
      },
      benchMs: 0,
      attribution: ATTRIBUTION,
    },
    archive,
    extraction,
    coldBuild: cold,
    rebuild: { ...rebuild, ratioToCold: rebuild.wallMs / cold.wallMs, runsMs: rebuilds.map((b) => b.wallMs) },
    site: { ...siteSize },
    searchIndex,
    searchClient,
    identity,
    pagefind,
    browser,
  };
  results.meta.benchMs = performance.now() - started;
  // The run this one replaces: its figures are printed beside these.
  const before = readPrevious(resolve(opts.out));
  const previousRun = comparable(results, before) ? before : null;
  mkdirSync(dirname(resolve(opts.out)), { recursive: true });
  writeFileSync(resolve(opts.out), JSON.stringify(results, null, 2) + '\n');
  if (before && !previousRun) log(`the previous results in ${opts.out} are of another archive size: not compared`);
  console.log(table(results, previousRun));
  log(`results: ${opts.out} (bench ${sec(results.meta.benchMs)})`);
}

/** Bytes of a first query by kind of file (page, assets, meta, shards, display data, facets...). */
function byKind(files: { path: string; bytes: number }[]): string {
  const kinds = new Map<string, number>();
  for (const f of files) {
    const path = f.path.replace(/^\/search-index\//, '');
    // Facet chunks by kind (ft<T>-<E>-<K>: E 0 people, 1 organisations, 2 places); other files by name pattern.
    const chunk = /^ft\d+-(\d)-\d+\.json$/.exec(path);
    const k = chunk ? `ftN-${chunk[1]}-N.json` : path.replace(/\d+/g, 'N').replace(/^[es]N?\/.*/, (m) => m.slice(0, m.indexOf('/') + 1) + '*');
    kinds.set(k, (kinds.get(k) ?? 0) + f.bytes);
  }
  return [...kinds].map(([k, v]) => `${k} ${kb(v)}`).join(', ');
}

/** The results file of an earlier run, or null (none, or not JSON). */
function readPrevious(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the results object of main(), as written to results.json */
function table(r: any, previous: any | null): string {
  const rows: [string, string][] = [];
  const row = (k: string, v: string) => rows.push([k, v]);
  /** A figure of this run, with the previous run's beside it: "21.50 s (was 23.10 s)". */
  const f = figures<any>(r, previous);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const mbKB = (kbs: number) => `${(kbs / 1024).toFixed(0)} MB`;
  if (previous) row('previous run', `${previous.meta.date}, commit ${previous.meta.commit ?? '?'}: its figures are shown as "(was …)"`);
  const a = r.archive;
  row(
    'archive',
    `${a.articles} articles, ${mb(a.bytes)}, ${a.tokens.toLocaleString('en')} words (median ${a.words.median}, p99 ${a.words.p99}), ${a.distinctWords.toLocaleString('en')} distinct words (Heaps β ${a.heaps.beta.toFixed(2)}), generated in ${sec(a.generateMs)}`,
  );
  row(
    '  people / orgs / places',
    `${a.people.distinct} / ${a.organizations.distinct} / ${a.places.distinct} distinct; most named person in ${a.people.topArticles} articles; ${(a.people.inOneOrTwo * 100).toFixed(0)}% of people in 1–2 articles`,
  );
  const x = r.extraction;
  const mbs = (n: number) => `${n.toFixed(2)} MB/s`;
  row(
    'extraction (1 core)',
    `${f((q) => q.extraction.total.mbPerS, mbs)} (ingest ${f((q) => q.extraction.ingest.mbPerS, mbs)}, extract ${f((q) => q.extraction.extract.mbPerS, mbs)}) — ${sec(x.total.ms)} for ${x.articles} articles, ${x.mb.toFixed(2)} MB`,
  );
  row('names extractor alone', x.entities ? f((q) => q.extraction.entities.mbPerS, mbs) : 'extractEntities not exported');
  const c = r.coldBuild;
  const stages = (run: 'coldBuild' | 'rebuild') =>
    Object.keys(r[run].timings)
      .map((k) => `${k} ${f((q) => q[run].timings[k], sec)}`)
      .join(', ');
  row('cold build', `${f((q) => q.coldBuild.wallMs, sec)} (process ${sec(c.processMs)}; ${stages('coldBuild')})${c.errors ? `, ${c.errors} errors` : ''}`);
  row(
    '  peak memory (max RSS)',
    `build process ${f((q) => q.coldBuild.maxRssKB, mbKB)}${c.timeMaxRssKB ? ` (/usr/bin/time: ${f((q) => q.coldBuild.timeMaxRssKB, mbKB)})` : ''}; search index process ${f((q) => q.coldBuild.searchMaxRssKB ?? 0, mbKB)}; both, at most ${f((q) => q.coldBuild.maxRssKB + (q.coldBuild.searchMaxRssKB ?? 0), mbKB)}`,
  );
  const rb = r.rebuild;
  row(
    'rebuild after adding 1 article',
    `${f((q) => q.rebuild.wallMs, sec)} = ${f((q) => q.rebuild.ratioToCold, pct)} of cold, the median of ${(rb.runsMs ?? [rb.wallMs]).map(sec).join(', ')} (${stages('rebuild')}; ${rb.counts.new} new, ${rb.counts.changed} changed, ${rb.counts.unchanged} unchanged); peak ${f((q) => q.rebuild.maxRssKB, mbKB)} (search index process ${f((q) => q.rebuild.searchMaxRssKB ?? 0, mbKB)})`,
  );
  row('_site', `${f((q) => q.site.files, String)} files, ${f((q) => q.site.bytes, mb)}`);
  if (r.identity) {
    const i = r.identity;
    row(
      'split index = one whole Lunr index',
      `${i.identical}/${i.queries} queries identical (refs, order, scores; ${i.nonEmpty} with results, ${i.results} results in all); whole index built in ${sec(i.wholeBuildMs)}, queries ${sec(i.wholeMs)} whole vs ${sec(i.splitMs)} split${
        i.failures.length
          ? `; first differences: ${i.failures
              .slice(0, 3)
              .map((f: any) => `"${f.query}" ${f.reason}`)
              .join('; ')}`
          : ''
      }`,
    );
  }
  row(
    'search index',
    `${f((q) => q.searchIndex.files, String)} files, ${f((q) => q.searchIndex.bytes, mb)} raw, ${f((q) => q.searchIndex.gzipBytes, mb)} gzipped; client ${f((q) => q.searchClient.bytes, kb)} (${f((q) => q.searchClient.gzipBytes, kb)} gz)`,
  );
  if (r.pagefind)
    row(
      'pagefind index',
      `${r.pagefind.all.files} files, ${mb(r.pagefind.all.bytes)} (index data ${mb(r.pagefind.indexData.bytes)}); ${r.pagefind.pages} pages in ${sec(r.pagefind.indexMs)}`,
    );
  if (r.browser) {
    const b = r.browser;
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    const eng = (name: string, engine: 'archive' | 'pagefind') => {
      const e = b[engine];
      if (!e) return;
      const g = (pick: (x: any) => number) => (fmt: (n: number) => string) => f((q) => pick(q.browser[engine]), fmt);
      row(
        `${name}: first query`,
        `${g((x) => x.firstQuery.bytes)(kb)} over ${e.firstQuery.requests} responses (gzip), ${g((x) => x.firstQuery.ms)(ms)} to results ("${e.firstQuery.query}": ${e.firstQuery.results ?? '?'} results); ${byKind(e.firstQuery.files)}`,
      );
      row(
        `${name}: query latency`,
        `p50 ${g((x) => x.latency.coldP50)(ms)}, p95 ${g((x) => x.latency.coldP95)(ms)} (first pass); warm p50 ${g((x) => x.latency.warmP50)(ms)}, p95 ${g((x) => x.latency.warmP95)(ms)}; ${g((x) => x.queryBytes)(kb)} fetched by ${b.queries.length} queries`,
      );
    };
    eng('archive search', 'archive');
    eng('pagefind', 'pagefind');
    (b.oneWord ?? []).forEach((w: any, i: number) => {
      const one = (engine: 'archive' | 'pagefind') => {
        const x = w[engine];
        // Compared only when the previous run asked the same word.
        const same = (q: any) => (q.browser?.oneWord?.[i]?.[engine]?.query === x.query ? q.browser.oneWord[i][engine] : null);
        return `${f((q) => same(q)?.bytes, kb)} over ${x.requests} responses, ${f((q) => same(q)?.ms, ms)}, ${x.results ?? '?'} results`;
      };
      row(
        `one-word first query "${w.archive.query}"`,
        `archive ${one('archive')}${w.pagefind ? `; pagefind ${one('pagefind')}` : ''}; ${byKind(w.archive.files)}`,
      );
    });
    if (b.oneWord?.length) {
      const sizes = b.oneWord.map((w: any) => w.archive.bytes).sort((x: number, y: number) => x - y);
      const worst = b.oneWord.reduce((m: any, w: any) => (w.archive.bytes > m.archive.bytes ? w : m));
      row(
        'one-word first queries',
        `${sizes.length} words: median ${kb(sizes[Math.floor(sizes.length / 2)])}, max ${kb(sizes[sizes.length - 1])} ("${worst.archive.query}"), min ${kb(sizes[0])} (gzip, headers included)`,
      );
    }
    if (b.pagefind) {
      const o = b.archive,
        q = b.pagefind;
      row(
        'ratios archive / pagefind',
        `index ${(r.searchIndex.bytes / r.pagefind.all.bytes).toFixed(2)}× raw; first query ${(o.firstQuery.bytes / q.firstQuery.bytes).toFixed(2)}× bytes, ${(o.firstQuery.ms / q.firstQuery.ms).toFixed(2)}× time; latency p50 ${(o.latency.coldP50 / q.latency.coldP50).toFixed(2)}×, p95 ${(o.latency.coldP95 / q.latency.coldP95).toFixed(2)}×`,
      );
    }
    row('chromium', b.chromium);
  }
  row('machine', `${r.meta.cpu}, ${r.meta.cores} cores, ${r.meta.memoryGB} GB, Node ${r.meta.node}, commit ${r.meta.commit}`);
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n');
}
/* eslint-enable @typescript-eslint/no-explicit-any */

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
