/**
 * The memory a build is given: a heap sized to the archive (src/lib/heap.ts). A V8 heap limit can
 * only be set when a process starts, so `build` and `serve` run themselves
 * again in a child process with the limit (`relaunchSized`), unless one was given (a
 * `--max-old-space-size` in the Node options or flags) or this process is that child already.
 */
import { foregroundChild } from 'foreground-child';
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
 * Runs this command again in a child process whose heap is sized to the project, as if that child
 * were this process (foreground-child: the terminal's signals go to it, and this process ends as it
 * ends: the same exit code, or killed by the same signal). Returns false, running nothing, when the
 * heap was chosen already: the caller runs the command itself.
 */
export function relaunchSized(root: string): boolean {
  if (heapChosen()) return false;
  foregroundChild(process.execPath, [...process.execArgv, heapFlag(projectArticles(root)), ...process.argv.slice(1)], {
    env: { ...process.env, [SIZED_ENV]: '1' },
  });
  return true;
}
