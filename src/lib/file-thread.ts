/**
 * Bulk hard links (tens of thousands: the unchanged pages of a site) on a thread of its own.
 *
 * Done with Node's promise API, each call of such a batch waits its turn on libuv's small thread
 * pool (4 threads), which Eleventy's own reads and writes share, and pays for a promise per call.
 * On a worker thread the calls are synchronous, one after the other, off the main thread and off
 * the pool: the build goes on while they run.
 *
 * The worker is a few lines of plain JavaScript given as text, so it runs the same compiled or
 * under tsx. Requests are done in the order sent; each answers with its own promise.
 */
import { Worker } from 'node:worker_threads';

/** A batch of hard links: `files` (relative paths) of `from`, linked (copied where a link is refused) into `to`. */
export interface LinkRequest {
  from: string;
  to: string;
  files: string[];
}

/** Files and bytes a link batch gave the new folder (files already there are counted by whoever wrote them). */
export interface LinkResult {
  files: number;
  bytes: number;
}

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { linkSync, copyFileSync, lstatSync, mkdirSync } = require('node:fs');
const { dirname, join } = require('node:path');
function link({ from, to, files }) {
  const made = new Set();
  let linked = 0;
  let bytes = 0;
  for (const f of files) {
    const target = join(to, f);
    const dir = dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    try {
      linkSync(join(from, f), target);
    } catch (err) {
      if (err.code === 'EEXIST') continue; // rendered after all
      copyFileSync(join(from, f), target);
    }
    linked++;
    bytes += lstatSync(target).size;
  }
  return { files: linked, bytes };
}
parentPort.on('message', ({ id, request }) => {
  try {
    const value = link(request);
    parentPort.postMessage({ id, ok: true, value });
  } catch (err) {
    parentPort.postMessage({ id, ok: false, error: String(err && err.message || err) });
  }
});
`;

type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void };

/**
 * One worker thread linking batches in order. It starts with the first request and stops when
 * every request sent is answered, so an idle build (or a test process running many builds) keeps
 * no thread.
 */
export class FileThread {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  /** Links `files` of `from` into `to`. */
  link(from: string, to: string, files: string[]): Promise<LinkResult> {
    return this.send({ from, to, files }) as Promise<LinkResult>;
  }

  private send(request: LinkRequest): Promise<unknown> {
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    const answer = new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
    worker.postMessage({ id, request });
    return answer;
  }

  private start(): Worker {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    const settle = (id: number, ok: boolean, value: unknown, error?: string) => {
      const p = this.pending.get(id);
      this.pending.delete(id);
      if (this.pending.size === 0 && this.worker === worker) {
        this.worker = null;
        void worker.terminate();
      }
      if (ok) p?.resolve(value);
      else p?.reject(new Error(error));
    };
    worker.on('message', ({ id, ok, value, error }: { id: number; ok: boolean; value?: unknown; error?: string }) => settle(id, ok, value, error));
    const fail = (err: Error) => {
      if (this.worker !== worker) return; // stopped when idle: nothing was waiting
      this.worker = null;
      const waiting = [...this.pending.values()];
      this.pending.clear();
      for (const p of waiting) p.reject(err);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`file thread stopped (exit ${code})`)));
    return worker;
  }
}
