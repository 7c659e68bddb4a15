/** File writes that never leave a half-written file behind. */
import { writeFileSync, renameSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

export function writeAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/** Writes only when the content differs, so unchanged files keep their times. */
export function writeIfChanged(path: string, content: string): boolean {
  try {
    if (readFileSync(path, 'utf8') === content) return false;
  } catch {
    /* new file */
  }
  writeAtomic(path, content);
  return true;
}
