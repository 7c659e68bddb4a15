/**
 * Extraction over every core: the sources of a build are extracted by a pool of worker threads
 * (piscina), each running extract-source.ts as compiled JavaScript when the command runs compiled
 * (under tsx in development and tests, with tsx's loader in the workers). The outcomes come back
 * in the order of the tasks, never in the order they finish, so the records stage applies them
 * exactly as a one-thread run does and writes byte-identical records. `--jobs 1`, or too few
 * sources to pay for starting workers (workerCount()), extracts in this thread.
 */
import { Piscina } from 'piscina';
import { extractSource, type ExtractOutcome, type ExtractTask } from './extract-source.js';
import { COMPILED, runnableModule, childExecArgv } from '../paths.js';

/**
 * Sources per worker below which a worker is not started: starting one loads the whole extractor
 * (about the time of extracting that many sources in this thread).
 */
export const SOURCES_PER_WORKER = 8;
/** Tasks handed to the pool per worker ahead of the one the build waits for: workers never idle, memory stays bounded. */
const AHEAD_PER_WORKER = 4;

export interface PoolOptions {
  /** Worker threads to extract with (workerCount()); 0 extracts in this thread. */
  threads: number;
  /** Called as each source is done, in whatever order they finish (the progress bar). */
  onDone?: () => void;
}

/**
 * How many workers to start for `tasks` sources: 0 means extract in this thread (one worker
 * would only move the work, not share it).
 */
export function workerCount(tasks: number, jobs: number): number {
  const threads = Math.min(jobs, Math.floor(tasks / SOURCES_PER_WORKER));
  return threads >= 2 ? threads : 0;
}

/** Extracts every task, yielding the outcomes in the tasks' order. */
export async function* extractAll(tasks: ExtractTask[], options: PoolOptions): AsyncGenerator<ExtractOutcome> {
  const { threads } = options;
  if (threads === 0) {
    for (const task of tasks) {
      const outcome = extractSource(task);
      options.onDone?.();
      yield outcome;
    }
    return;
  }
  const pool = new Piscina<ExtractTask, ExtractOutcome>({
    filename: runnableModule('build/extract-source'),
    minThreads: threads,
    maxThreads: threads,
    // Compiled: the workers inherit this process's options; else they need tsx's loader.
    ...(COMPILED ? {} : { execArgv: childExecArgv() }),
  });
  const pending: Promise<ExtractOutcome>[] = [];
  let next = 0;
  const submit = (): void => {
    const task = tasks[next++];
    pending.push(
      pool.run(task).then(
        (outcome) => (options.onDone?.(), outcome),
        (err: Error) => (options.onDone?.(), { ok: false, stage: 'extract', reason: `the extraction worker failed (${err.message})` }),
      ),
    );
  };
  try {
    for (let i = 0; i < tasks.length; i++) {
      while (next < tasks.length && next <= i + threads * AHEAD_PER_WORKER) submit();
      const outcome = await pending[i];
      delete pending[i];
      yield outcome;
    }
  } finally {
    await pool.destroy();
  }
}
