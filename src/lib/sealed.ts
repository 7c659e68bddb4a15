/**
 * The build's own JSON files (caches, manifests), checked when read. Each is written as a header
 * line `{"sealed":<sha256 of the body>}` and the JSON body; a reader takes the body only when its
 * hash is the header's and it fits the zod schema. A file changed by anything but the build
 * (a hand edit, a truncated write, valid JSON with other values) is invalid: the caller rebuilds
 * what it held and says so in one line (invalidNotice), so a wrong cache never changes the output.
 */
import { readFileSync, writeSync } from 'node:fs';
import type { z } from 'zod';
import { textChunks, writeAtomicWith } from './fs.js';
import { hashOf, streamingHash } from './hash.js';

export type Sealed<T> = { ok: true; value: T } | { ok: false; missing: true } | { ok: false; missing: false; reason: string };

const NEWLINE = 0x0a;

/** The header line for a body's hash; always this many characters, so it is written last, over a placeholder. */
const headerLine = (hash: string) => `{"sealed":"${hash}"}\n`;
const HEADER_PLACEHOLDER = ' '.repeat(headerLine('0'.repeat(64)).length);

/**
 * Writes a sealed file from the JSON text of its body given in pieces (each written, and hashed, a
 * few megabytes at a time): a cache of hundreds of megabytes is never one string, nor one buffer.
 */
export function writeSealedPieces(path: string, pieces: Iterable<string>): void {
  writeAtomicWith(path, (fd) => {
    const hash = streamingHash();
    writeSync(fd, HEADER_PLACEHOLDER);
    for (const piece of pieces) {
      for (const chunk of textChunks(piece)) {
        const bytes = Buffer.from(chunk, 'utf8');
        hash.update(bytes);
        writeSync(fd, bytes);
      }
    }
    writeSync(fd, '\n');
    writeSync(fd, headerLine(hash.digest()), 0);
  });
}

/** Writes a sealed file. */
export function writeSealed(path: string, value: unknown): void {
  writeSealedPieces(path, [JSON.stringify(value)]);
}

/**
 * The JSON text of an object `head` with one more member `key` holding `entries`, in pieces (one an
 * entry): what JSON.stringify would write of it, without making it one string.
 */
export function* objectPieces(head: Record<string, unknown>, key: string, entries: Iterable<[string, unknown]>): Generator<string> {
  const open = JSON.stringify(head).slice(0, -1);
  yield `${open}${open === '{' ? '' : ','}${JSON.stringify(key)}:{`;
  let first = true;
  for (const [k, v] of entries) {
    const value = JSON.stringify(v);
    if (value === undefined) continue;
    yield `${first ? '' : ','}${JSON.stringify(k)}:${value}`;
    first = false;
  }
  yield '}}';
}

/** The value of a sealed file, if it is there, whole, and of the schema's shape. */
export function readSealed<S extends z.ZodType>(path: string, schema: S): Sealed<z.infer<S>> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { ok: false, missing: true } : { ok: false, missing: false, reason: `cannot be read (${code})` };
  }
  const nl = bytes.indexOf(NEWLINE);
  const header = /^\{"sealed":"([0-9a-f]{64})"\}$/.exec(bytes.subarray(0, nl < 0 ? Math.min(bytes.length, 200) : nl).toString('utf8'));
  if (!header || nl < 0) return { ok: false, missing: false, reason: 'not written by this version of the build (no checksum line)' };
  const body = bytes.subarray(nl + 1, bytes[bytes.length - 1] === NEWLINE ? bytes.length - 1 : bytes.length);
  if (hashOf(body) !== header[1]) return { ok: false, missing: false, reason: 'changed since the build wrote it (checksum mismatch)' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch (err) {
    return { ok: false, missing: false, reason: `not JSON (${(err as Error).message})` };
  }
  const checked = schema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, missing: false, reason: `unexpected content at ${issue?.path.join('.') || 'top level'}: ${issue?.message}` };
  }
  return { ok: true, value: checked.data };
}

/** The one-line notice for a cache that was invalid and is rebuilt. */
export function invalidNotice(path: string, reason: string): string {
  return `news-archive: cache ${path} is invalid (${reason}): rebuilt`;
}
