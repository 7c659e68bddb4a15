/** What makes a folder a news-archive project: its `content/` folder. */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Why `root` cannot be built or served, or null when it can. A folder without `content/` (a typo
 * in --root, the wrong working folder) is refused, unless `init` asks to make a new project there.
 */
export function projectProblem(root: string, init: boolean): string | null {
  if (!existsSync(root)) return init ? null : `${root} does not exist: not a project (give --init to make one there)`;
  if (!statSync(root).isDirectory()) return `${root} is not a folder`;
  if (init || existsSync(join(root, 'content'))) return null;
  return `${root} is not a news-archive project (it has no content/ folder); run it in a project, or give --init to make one there`;
}
