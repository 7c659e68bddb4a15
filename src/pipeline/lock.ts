/**
 * One build at a time per project: `build`, `add` and `serve` (whose rebuilds are builds) take the
 * project's build lock, `<cache folder>/build.lock`, made and kept by proper-lockfile (an atomic
 * mkdir whose modification time the holder refreshes). A second process waits, saying so once,
 * and gives up after a time. A lock whose holder was killed stops being refreshed and is taken
 * over once it is older than the stale time.
 *
 * The lock is held from a worker thread: the build's own thread is busy for minutes at a time
 * (extraction, Eleventy) and could not refresh it, which would let another build take it over.
 * A killed process loses its worker with it, so its lock goes stale as it should.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const LOCK_NAME = 'build.lock';
/** A lock not refreshed for this long belongs to a process that is gone. */
const DEFAULT_STALE_MS = 10_000;
/** How long a second build waits for the first before refusing. */
const DEFAULT_WAIT_MS = 30 * 60_000;
/** Time between two tries while waiting. */
const RETRY_MS = 250;

export interface LockOptions {
  /** Called once when another process holds the lock and this one starts waiting. */
  onWait?: (lockPath: string) => void;
  /** Milliseconds to wait before refusing (NEWS_ARCHIVE_LOCK_WAIT_MS, else 30 minutes). */
  waitMs?: number;
  /** Milliseconds after which an unrefreshed lock is taken over (NEWS_ARCHIVE_LOCK_STALE_MS, else 10 s; at least 2 s). */
  staleMs?: number;
}

export interface BuildLock {
  path: string;
  /** Throws when the lock was lost (taken over or deleted) since it was taken: nothing may be published then. */
  assertHeld(): void;
  release(): Promise<void>;
}

export class LockTimeoutError extends Error {
  constructor(path: string, ms: number) {
    super(`another build still holds ${path} after ${Math.round(ms / 1000)} s: not started (try again when it is done)`);
    this.name = 'LockTimeoutError';
  }
}

type WorkerMessage =
  | { type: 'locked' }
  | { type: 'waiting' }
  | { type: 'timeout' }
  | { type: 'error'; message: string }
  | { type: 'compromised'; message: string }
  | { type: 'released' };

/** The worker's code (CommonJS, evaluated: it needs no TypeScript loader). */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const lockfile = require(workerData.module);
const { path, staleMs, waitMs, retryMs } = workerData;
const deadline = Date.now() + waitMs;
let said = false;
const onCompromised = (err) => parentPort.postMessage({ type: 'compromised', message: err.message });
function attempt() {
  lockfile.lock(path, { realpath: false, lockfilePath: path, stale: staleMs, onCompromised }).then(
    (release) => {
      parentPort.postMessage({ type: 'locked' });
      parentPort.once('message', () => {
        release().catch(() => undefined).finally(() => parentPort.postMessage({ type: 'released' }));
      });
    },
    (err) => {
      if (err.code !== 'ELOCKED') return parentPort.postMessage({ type: 'error', message: err.message });
      if (Date.now() >= deadline) return parentPort.postMessage({ type: 'timeout' });
      if (!said) parentPort.postMessage({ type: 'waiting' });
      said = true;
      setTimeout(attempt, retryMs);
    },
  );
}
attempt();
`;

function envMs(name: string): number | undefined {
  const n = Number(process.env[name]);
  return process.env[name] && Number.isFinite(n) && n >= 0 ? n : undefined;
}

export function lockPath(cacheDir: string): string {
  return join(cacheDir, LOCK_NAME);
}

/** Takes the project's build lock, waiting while another process holds it. */
export function acquireBuildLock(cacheDir: string, options: LockOptions = {}): Promise<BuildLock> {
  mkdirSync(cacheDir, { recursive: true });
  const path = lockPath(cacheDir);
  const waitMs = options.waitMs ?? envMs('NEWS_ARCHIVE_LOCK_WAIT_MS') ?? DEFAULT_WAIT_MS;
  const staleMs = Math.max(2000, options.staleMs ?? envMs('NEWS_ARCHIVE_LOCK_STALE_MS') ?? DEFAULT_STALE_MS);
  const module = createRequire(import.meta.url).resolve('proper-lockfile');
  const worker = new Worker(WORKER, { eval: true, workerData: { module, path, staleMs, waitMs, retryMs: RETRY_MS } });
  let lost: string | null = null;
  let held = false;
  // Released by the exit of a process that did not release it (an error, process.exit).
  const onExit = () => {
    if (held) rmSync(path, { recursive: true, force: true });
  };
  return new Promise<BuildLock>((resolve, reject) => {
    const fail = (err: Error) => {
      void worker.terminate();
      reject(err);
    };
    worker.on('error', (err) => {
      if (held) lost = `the thread keeping it fresh failed: ${err.message}`;
      fail(err);
    });
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'waiting') options.onWait?.(path);
      else if (m.type === 'timeout') fail(new LockTimeoutError(path, waitMs));
      else if (m.type === 'error') fail(new Error(`cannot take the build lock ${path}: ${m.message}`));
      else if (m.type === 'compromised') lost = m.message;
      else if (m.type === 'locked') {
        held = true;
        process.once('exit', onExit);
        worker.unref();
        resolve({
          path,
          assertHeld() {
            if (lost) throw new Error(`the build lock ${path} was lost (${lost}): another build may have taken over; nothing published`);
          },
          release: () =>
            new Promise<void>((done) => {
              if (!held) return done();
              held = false;
              process.off('exit', onExit);
              worker.ref(); // keeps the process alive until the lock is gone
              worker.once('message', () => void worker.terminate().then(() => done()));
              worker.once('exit', () => done());
              worker.postMessage('release');
            }),
        });
      }
    });
  });
}

/** Runs `fn` holding the build lock. */
export async function withBuildLock<T>(cacheDir: string, fn: (lock: BuildLock) => Promise<T> | T, options: LockOptions = {}): Promise<T> {
  const lock = await acquireBuildLock(cacheDir, options);
  try {
    return await fn(lock);
  } finally {
    await lock.release();
  }
}

/** The message printed while waiting. */
export function waitingMessage(path: string): string {
  return `news-archive: another build is running (${path} is held); waiting for it to finish…`;
}
