/**
 * The memory a build is given: a heap sized to the archive (src/lib/heap.ts). A V8 heap limit can
 * only be set when a process starts, so `build` and `serve` run themselves
 * again in a child process with the limit (`relaunchSized`), unless one was given (a
 * `--max-old-space-size` in the Node options or flags) or this process is that child already.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { heapFlag } from '../lib/heap.js';
import { join } from 'node:path';

/** Set in the child a build runs in, so that it does not run itself again. */
const SIZED_ENV = 'NEWS_ARCHIVE_HEAP_SIZED';
const HEAP_FLAG = /--max-old-space-size[= ]\d+/;

/** Files under a folder (0 when it is missing). */
function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  } catch {
    return 0;
  }
}

/** The articles a build of this project will hold: its sources or its records, whichever are more. */
export function projectArticles(root: string): number {
  return Math.max(countFiles(join(root, 'content', 'sources')), countFiles(join(root, 'content', 'articles')));
}

/** Whether the heap of this process was chosen already: by the user's Node options or flags, or by a parent build. */
export function heapChosen(env: NodeJS.ProcessEnv = process.env, execArgv: string[] = process.execArgv): boolean {
  return env[SIZED_ENV] === '1' || HEAP_FLAG.test(env.NODE_OPTIONS ?? '') || execArgv.some((a) => HEAP_FLAG.test(a));
}

/**
 * Runs this command again in a child process whose heap is sized to the project, and resolves with
 * its exit status; null (nothing run) when the heap was chosen already. Ctrl-C and termination
 * reach the child (its build lock and published site stay whole, as for any build).
 */
export function relaunchSized(root: string): Promise<number> | null {
  if (heapChosen()) return null;
  const flag = heapFlag(projectArticles(root));
  const child = spawn(process.execPath, [...process.execArgv, flag, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, [SIZED_ENV]: '1' },
  });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const onInt = forward('SIGINT');
  const onTerm = forward('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1));
    });
  });
}
