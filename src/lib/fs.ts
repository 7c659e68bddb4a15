/** File writes that never leave a half-written file behind. */
import { writeFileSync, renameSync, mkdirSync, readFileSync, statSync, readdirSync, rmSync, existsSync, openSync, closeSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

export function writeAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/** Characters of a text written (and hashed) at a time: a large text is never copied whole. */
const TEXT_CHUNK = 1 << 22;

/**
 * A text in pieces of at most TEXT_CHUNK characters, none ending inside a surrogate pair (each
 * piece is whole UTF-16, so its UTF-8 bytes are those of its share of the whole text).
 */
export function* textChunks(text: string): Generator<string> {
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + TEXT_CHUNK);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield text.slice(i, end);
    i = end;
  }
}

/**
 * Writes a file atomically (as writeAtomic) through `write`, given the open temporary file: for
 * content written in pieces. A failed `write` leaves no file behind.
 */
export function writeAtomicWith(path: string, write: (fd: number) => void): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w');
  try {
    write(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  closeSync(fd);
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

/** The name writeAtomic gives its temporary file: `.<name>.<pid>.tmp`. */
const TEMP_FILE = /^\..+\.\d+\.tmp$/;

/**
 * Deletes the temporary files writeAtomic left in these folders when its process was killed
 * before the rename. Only while holding the build lock (no other writer is running).
 */
export function removeTempLeftovers(dirs: string[]): void {
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) if (TEMP_FILE.test(name)) rmSync(join(dir, name), { force: true });
  }
}

/** The build's folder for temporary files (the search index job): owner-only, inside the cache folder. */
export function tempDir(cacheDir: string): string {
  const dir = join(cacheDir, 'tmp');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** Writes a file only its owner can read, in a folder only its owner can enter. */
export function writePrivate(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, content, { mode: 0o600 });
}

/** The record files of a folder (`*.md`, not hidden), sorted by name; none when the folder is missing. */
export function listRecordFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.md') && !n.startsWith('.'))
    .sort();
}
