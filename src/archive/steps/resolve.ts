import { resolveEntities } from '../resolve/index.js';
import type { ArchiveRun } from './run.js';

/** Resolves the records' people, organisations and places across the archive (unless the caller already did). */
export function resolve(run: ArchiveRun): void {
  run.res = run.resolution ?? resolveEntities(run.sorted, run.editor);
}
