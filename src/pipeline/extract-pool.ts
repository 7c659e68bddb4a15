/**
 * Extraction over every core: the sources of a build are extracted by a pool of worker threads
 * (piscina), each running extract-source.ts as compiled JavaScript when the command runs compiled
 * (under tsx in development and tests, with tsx's loader in the workers). The outcomes come back
 * in the order of the tasks, never in the order they finish, so the records stage applies them
 * exactly as a one-thread run does and writes byte-identical records. `--jobs 1`, or too few
 * sources to pay for starting workers (workerCount()), extracts in this thread.
 */
import { Piscina } from 'piscina';
import type { ExtractOutcome, ExtractTask } from './extract-source.js';
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
  /** The workers' module, default export a task → outcome: extract-source (another one only in tests). */
  workerModule?: string;
  /** Called once if the workers cannot run: the remaining sources are then extracted in this thread. */
  onPoolFailure?: (reason: string) => void;
}

/**
 * How many workers to start for `tasks` sources: 0 means extract in this thread (one worker
 * would only move the work, not share it).
 */
export function workerCount(tasks: number, jobs: number): number {
  const threads = Math.min(jobs, Math.floor(tasks / SOURCES_PER_WORKER));
  return threads >= 2 ? threads : 0;
}

/** Extracts one task in this thread, counting it done. */
async function extractHere(task: ExtractTask, options: PoolOptions): Promise<ExtractOutcome> {
  // Loaded only when this thread extracts: with workers, they alone load the extractor.
  const { extractSource } = await import('./extract-source.js');
  const outcome = extractSource(task);
  options.onDone?.();
  return outcome;
}

/**
 * Extracts every task, yielding the outcomes in the tasks' order. A source that fails in a worker
 * is a failed outcome like any other; if the workers themselves cannot run (their module does not
 * load), the rest is extracted in this thread and `onPoolFailure` says why.
 */
export async function* extractAll(tasks: ExtractTask[], options: PoolOptions): AsyncGenerator<ExtractOutcome> {
  const { threads } = options;
  if (threads === 0) {
    for (const task of tasks) yield extractHere(task, options);
    return;
  }
  const pool = new Piscina<ExtractTask, ExtractOutcome>({
    filename: options.workerModule ?? runnableModule('pipeline/extract-source'),
    minThreads: threads,
    maxThreads: threads,
    // Compiled: the workers inherit this process's options; else they need tsx's loader.
    ...(COMPILED ? {} : { execArgv: childExecArgv() }),
  });
  // An error of the pool itself (not of a task), or workers failing before any task is done
  // (their module does not load): the tasks waiting for a worker would wait forever.
  let poolError: Error | null = null;
  let failPool: (err: Error) => void = () => {};
  const poolFailed = new Promise<null>((resolve) => {
    failPool = (err) => {
      poolError ??= err;
      resolve(null);
    };
  });
  pool.on('error', failPool);
  let succeeded = 0;
  const pending: Promise<ExtractOutcome | null>[] = [];
  /** Outcomes the workers returned, kept if the pool fails: those sources are not extracted again. */
  const returned: (ExtractOutcome | undefined)[] = [];
  let next = 0;
  const submit = (): void => {
    const index = next++;
    const run = pool.run(tasks[index]).then(
      (outcome) => {
        if (poolError) return null;
        succeeded++;
        returned[index] = outcome;
        options.onDone?.();
        return outcome;
      },
      (err: Error): ExtractOutcome | null => {
        if (poolError || succeeded === 0) return (failPool(err), null);
        // A worker that died on this source (out of memory, say): this source's failure, a new worker takes the rest.
        options.onDone?.();
        return { ok: false, stage: 'extract', reason: `the extraction worker failed (${err.message})` };
      },
    );
    pending.push(Promise.race([run, poolFailed]));
  };
  try {
    for (let i = 0; i < tasks.length; i++) {
      while (!poolError && next < tasks.length && next <= i + threads * AHEAD_PER_WORKER) submit();
      const outcome = poolError ? null : await pending[i];
      delete pending[i];
      if (outcome) {
        yield outcome;
        continue;
      }
      options.onPoolFailure?.((poolError as Error | null)?.message ?? 'unknown error');
      for (let j = i; j < tasks.length; j++) yield returned[j] ?? extractHere(tasks[j], options);
      return;
    }
  } finally {
    await pool.destroy();
  }
}
