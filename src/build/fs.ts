/** File writes that never leave a half-written file behind. */
import { writeFileSync, renameSync, mkdirSync, readFileSync, statSync } from 'node:fs';
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

/**
 * What the file system says of a file without reading it: size, modification and change times,
 * inode. The same signature as when the build last read the file means the same content (as git's
 * index assumes): a write changes the change time, which no tool sets back. Null when it is not a
 * file that can be stat'ed.
 */
export function fileSignature(path: string): string | null {
  try {
    const st = statSync(path);
    return st.isFile() ? `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}` : null;
  } catch {
    return null;
  }
}
