import { readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecord } from '../../write/markdown.js';
import type { BuildContext } from '../context.js';

/** Removes a record only when it is the one made from that source. */
export function removeRecord(ctx: BuildContext, id: string, sourceName: string): boolean {
  const path = join(ctx.options.articlesDir, `${id}.md`);
  if (!existsSync(path)) return false;
  try {
    const r = parseRecord(path, readFileSync(path, 'utf8'));
    if (r.source.file !== sourceName) return false;
  } catch {
    return false;
  }
  rmSync(path);
  return true;
}
