/**
 * Eleventy plugin: the split Lunr index (see src/search/format.ts) goes into <output>/search-index/,
 * the search client (bundled with lunr by esbuild) into assets/search.js and the article-page
 * highlighter into assets/highlight.js; the date reader (chrono-node) into assets/dates.js, which the
 * search page loads only for a query or range that holds a year.
 *
 * The index does not depend on the pages: when the build asks for it (siteOptions().searchProcess),
 * it is written by a child process (src/search/index-process.ts) started as soon as the records are
 * loaded, while Eleventy renders, and awaited after the pages are written. Otherwise, or if the
 * child fails, it is written here after the pages.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { writeSearchIndex, INDEX_DIR, type WrittenIndex } from '../search/write.js';
import { writeJobFile, type IndexJob, type IndexMessage, type IndexReply } from '../search/index-job.js';
import { currentSearchRecords } from './data-plugin.js';
import { tempDir } from '../build/fs.js';
import { firstPass, lastPass, siteOptions } from './options.js';
import { SOURCE_ROOT, childExecArgv, runnableModule } from '../paths.js';

export { INDEX_DIR };

const CLIENT = join(SOURCE_ROOT, 'client');
const INDEX_PROCESS = runnableModule('search/index-process');

let jobs = 0;

/**
 * Starts the index process; resolves when it has written the index (rejects with its error).
 * The job goes into a temporary file (see index-job.ts for why not in the message).
 */
function startIndexProcess(job: IndexJob): { child: ChildProcess; done: Promise<WrittenIndex> } {
  // In the project's cache folder (owner-only); a plain Eleventy run has none: a private temporary folder.
  const dir = job.cacheDir ? tempDir(job.cacheDir) : mkdtempSync(join(tmpdir(), 'news-archive-'));
  const jobFile = join(dir, `search-job-${process.pid}-${++jobs}.v8`);
  writeJobFile(jobFile, job);
  // Only this is kept of the job while the child runs: the records (with their texts) are in the
  // job file, and need not stay in this process's memory while Eleventy renders.
  const ownDir = !job.cacheDir;
  let child: ChildProcess;
  try {
    child = fork(INDEX_PROCESS, [], {
      execArgv: [...childExecArgv(), '--max-old-space-size=8192'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  } catch (err) {
    rmSync(jobFile, { force: true });
    throw err;
  }
  const done = new Promise<WrittenIndex>((resolve, reject) => {
    let replied = false;
    child.once('message', (reply: IndexReply) => {
      replied = true;
      if (reply.ok) resolve({ files: reply.files, written: reply.written, bytes: reply.bytes, hashes: reply.hashes, notices: reply.notices });
      else reject(new Error(`search index: ${reply.error}`));
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      rmSync(jobFile, { force: true }); // read and deleted by the child, unless it stopped first
      if (ownDir) rmSync(dir, { recursive: true, force: true });
      if (!replied) reject(new Error(`search index: the index process stopped (${signal ?? `exit ${code}`})`));
    });
  });
  child.send({ jobFile } satisfies IndexMessage);
  return { child, done };
}

export async function writeSearchAssets(outDir: string, pending?: Promise<WrittenIndex>): Promise<void> {
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
  index ??= writeSearchIndex(outDir, currentSearchRecords(), siteOptions().cacheDir, siteOptions().searchIndex);
  (globalThis as Holder)[WRITER] = done ? 'index process' : 'build process';
  (globalThis as Holder)[WRITTEN] = index;
  await build({
    entryPoints: { search: join(CLIENT, 'search.ts'), highlight: join(CLIENT, 'highlight.ts'), dates: join(CLIENT, 'dates', 'global.ts') },
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    outdir: join(outDir, 'assets'),
    logLevel: 'silent',
  });
}

type Pending = { child: ChildProcess; done: Promise<WrittenIndex> };
/** The index process of the build in progress; on globalThis, as the site options are (see options.ts). */
const KEY = Symbol.for('news-archive.search-process');
const WRITER = Symbol.for('news-archive.search-writer');
const WRITTEN = Symbol.for('news-archive.search-written');
type Holder = { [KEY]?: Pending | null; [WRITER]?: SearchWriter; [WRITTEN]?: WrittenIndex | null };

/** Which process wrote the search index of the last build. */
export type SearchWriter = 'index process' | 'build process';
export function lastSearchWriter(): SearchWriter | undefined {
  return (globalThis as Holder)[WRITER];
}

/** The search index of the last build: its files' hashes, and how many were written. */
export function lastSearchIndex(): WrittenIndex | null {
  return (globalThis as Holder)[WRITTEN] ?? null;
}

/** Stops the index process of a build that failed, before its temporary folder is removed. */
export async function stopSearchProcess(): Promise<void> {
  const job = (globalThis as Holder)[KEY];
  (globalThis as Holder)[KEY] = null;
  if (!job || job.child.exitCode !== null || job.child.signalCode !== null) return;
  const exited = new Promise((resolve) => job.child.once('exit', resolve));
  job.child.kill('SIGKILL');
  await exited;
}

export default function searchPlugin(eleventyConfig: any): void {
  // Started by the first rendering pass, awaited by the last (the same index for every pass).
  eleventyConfig.on('eleventy.before', ({ directories }: { directories: { output: string } }) => {
    if (!firstPass()) return;
    const opts = siteOptions();
    let pending: Pending | null = null;
    (globalThis as Holder)[KEY] = null;
    (globalThis as Holder)[WRITTEN] = null;
    if (!opts.searchProcess) return;
    try {
      // The records, not the archive: indexing starts before the archive is built.
      const records = currentSearchRecords();
      pending = startIndexProcess({ outDir: directories.output, cacheDir: opts.cacheDir, records, current: opts.searchIndex });
      (globalThis as Holder)[KEY] = pending;
      // A failed page build never waits for it: the folder it writes into is thrown away.
      pending.done.catch(() => undefined);
    } catch {
      pending = null; // no child process here: written after the pages instead
    }
  });
  eleventyConfig.on('eleventy.after', async ({ directories }: { directories: { output: string } }) => {
    if (!lastPass()) return;
    const job = (globalThis as Holder)[KEY];
    await writeSearchAssets(directories.output, job?.done);
    (globalThis as Holder)[KEY] = null;
  });
}
