/**
 * Eleventy plugin: the split Lunr index (see src/search/format.ts) goes into <output>/search-index/,
 * the search client (bundled with lunr by esbuild) into assets/search.js and the article-page
 * highlighter into assets/highlight.js; the date reader (chrono-node) into assets/dates.js, which the
 * search page loads only for a query or range that holds a year.
 *
 * The index does not depend on the pages: when the build asks for it (the run's `searchProcess`),
 * it is written by a child process (src/search/index-process.ts) started as the build starts (it
 * reads its analysis cache while the build reads the records), sent the records once they are
 * read, and awaited after the pages are written. Otherwise, or if the
 * child fails, it is written here after the pages. What was written, and by which process, is left
 * on the run (SiteRun `searchIndex`, `searchWriter`) for the build to read.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { UserConfig } from '@11ty/eleventy';
import { analysedKeys, writeSearchIndex, INDEX_DIR, type WrittenIndex } from '../search/write.js';
import { withoutAnalysedBodies, writeJobFile, type IndexJob, type IndexMessage, type IndexReply } from '../search/index-job.js';
import { currentSearchRecords } from './data-plugin.js';
import { listRecordFiles, tempDir } from '../lib/fs.js';
import { searchHeapFlag } from '../lib/heap.js';
import { firstPass, lastPass, type SearchJob, type SiteRun } from './options.js';
import { SOURCE_ROOT, childExecArgv, runnableModule } from '../paths.js';

export { INDEX_DIR };

const CLIENT = join(SOURCE_ROOT, 'client');
const INDEX_PROCESS = runnableModule('search/index-process');

let jobs = 0;

/**
 * Starts the index process for a cache folder, before the records are read: it reads its analysis
 * cache meanwhile. `send` hands it the job; `done` resolves when it has written the index (rejects
 * with its error). The job goes into a temporary file (see index-job.ts for why not in the message).
 */
function startIndexProcess(cacheDir: string | undefined, articles: number): SearchJob {
  // In the project's cache folder (owner-only); a plain Eleventy run has none: a private temporary folder.
  const dir = cacheDir ? tempDir(cacheDir) : mkdtempSync(join(tmpdir(), 'news-archive-'));
  const jobFile = join(dir, `search-job-${process.pid}-${++jobs}.v8`);
  const ownDir = !cacheDir;
  let child: ChildProcess;
  try {
    child = fork(INDEX_PROCESS, [cacheDir ?? ''], {
      // A heap sized to the records indexed (src/lib/heap.ts), not the machine's default.
      execArgv: [...childExecArgv(), searchHeapFlag(articles)],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  } catch (err) {
    if (ownDir) rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const done = new Promise<WrittenIndex>((resolve, reject) => {
    let replied = false;
    child.once('message', (reply: IndexReply) => {
      replied = true;
      if (reply.ok)
        resolve({ files: reply.files, written: reply.written, bytes: reply.bytes, hashes: reply.hashes, notices: reply.notices, maxRssKB: reply.maxRssKB });
      else reject(new Error(`search index: ${reply.error}`));
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      rmSync(jobFile, { force: true }); // read and deleted by the child, unless it stopped first
      if (ownDir) rmSync(dir, { recursive: true, force: true });
      if (!replied) reject(new Error(`search index: the index process stopped (${signal ?? `exit ${code}`})`));
    });
  });
  const send = (job: IndexJob) => {
    // Only this is kept of the job while the child runs: the records (with their texts) are in the
    // job file, and need not stay in this process's memory while Eleventy renders.
    writeJobFile(jobFile, job);
    child.send({ jobFile } satisfies IndexMessage);
  };
  return { child, done, send };
}

/** Writes the index (unless the index process did: `pending`) and the client's assets; records on the run what was written, and by which process. */
export async function writeSearchAssets(outDir: string, run: SiteRun, pending?: Promise<WrittenIndex>): Promise<void> {
  let index: WrittenIndex | null = null;
  if (pending) {
    try {
      index = await pending;
    } catch (err) {
      // The index process failed (or could not start): written here instead; a real problem
      // with the index fails here too, with its own error.
      console.warn(`[news-archive] ${(err as Error).message.split('\n')[0]}; writing the search index in the build process`);
    }
  }
  const done = index !== null;
  index ??= writeSearchIndex(outDir, currentSearchRecords(run), run.options.cacheDir, run.options.searchIndex);
  run.searchWriter = done ? 'index process' : 'build process';
  run.searchIndex = index;
  await build({
    entryPoints: { search: join(CLIENT, 'search.ts'), highlight: join(CLIENT, 'highlight.ts'), dates: join(CLIENT, 'dates', 'global.ts') },
    bundle: true,
    format: 'iife',
    // Class fields native (es2022: browsers since 2021-22): lowered, each field of each result is an Object.defineProperty call.
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    outdir: join(outDir, 'assets'),
    logLevel: 'silent',
  });
}

/** Stops the index process of a build that failed, before its temporary folder is removed. */
export async function stopSearchProcess(run: SiteRun): Promise<void> {
  const job = run.searchJob;
  run.searchJob = null;
  if (!job || job.child.exitCode !== null || job.child.signalCode !== null) return;
  const exited = new Promise((resolve) => job.child.once('exit', resolve));
  job.child.kill('SIGKILL');
  await exited;
}

/** The search index and assets of the run given: started by its first rendering pass, finished after its last (one index for every pass). */
export default function searchPlugin(eleventyConfig: UserConfig, run: SiteRun): void {
  eleventyConfig.on('eleventy.before', ({ directories }) => {
    if (!firstPass(run)) return;
    const opts = run.options;
    run.searchJob = null;
    run.searchIndex = null;
    run.searchWriter = null;
    if (!opts.searchProcess) return;
    try {
      // Started before the records are read: it reads its analysis cache meanwhile.
      const job = startIndexProcess(opts.cacheDir, listRecordFiles(opts.articlesDir).length);
      run.searchJob = job;
      // A failed page build never waits for it: the folder it writes into is thrown away.
      job.done.catch(() => undefined);
    } catch {
      run.searchJob = null; // no child process here: written after the pages instead
      return;
    }
    try {
      // The records, not the archive: indexing starts before the archive is built. Without the
      // texts the process has analysed already.
      const records = withoutAnalysedBodies(currentSearchRecords(run), analysedKeys(opts.cacheDir));
      run.searchJob.send({ outDir: directories.output, cacheDir: opts.cacheDir, records, current: opts.searchIndex });
    } catch {
      // Not sent: the process is stopped, and the index written after the pages (a broken entities
      // file, say, stops the build when the archive is built, as it would without the process).
      run.searchJob.child.kill('SIGKILL');
      run.searchJob = null;
    }
  });
  eleventyConfig.on('eleventy.after', async ({ directories }) => {
    if (!lastPass(run)) return;
    const job = run.searchJob;
    await writeSearchAssets(directories.output, run, job?.done);
    run.searchJob = null;
  });
}
