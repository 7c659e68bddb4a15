/**
 * The build's own JSON files (caches, manifests), checked when read. Each is written as a header
 * line `{"sealed":<sha256 of the body>}` and the JSON body; a reader takes the body only when its
 * hash is the header's and it fits the zod schema. A file changed by anything but the build
 * (a hand edit, a truncated write, valid JSON with other values) is invalid: the caller rebuilds
 * what it held and says so in one line (invalidNotice), so a wrong cache never changes the output.
 */
import { closeSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
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
 * A head and entries as JSON lines, in pieces (one a line): the head's JSON on the first line, then
 * one `[key, value]` a line. The body of a sealed file read back with bodyLines.
 */
export function* linePieces(head: Record<string, unknown>, entries: Iterable<[string, unknown]>): Generator<string> {
  yield JSON.stringify(head);
  for (const [k, v] of entries) {
    const value = JSON.stringify(v);
    if (value !== undefined) yield `\n[${JSON.stringify(k)},${value}]`;
  }
}

/**
 * The checksum on a sealed file's header line (its first bytes alone are read), or null: no file,
 * or no header. It names the body the file held when written: another write, another checksum.
 */
export function sealedChecksum(path: string): string | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const head = Buffer.alloc(HEADER_PLACEHOLDER.length);
    const n = readSync(fd, head, 0, head.length, 0);
    return /^\{"sealed":"([0-9a-f]{64})"\}\n$/.exec(head.toString('latin1', 0, n))?.[1] ?? null;
  } finally {
    closeSync(fd);
  }
}

/** The body of a sealed file (its bytes after the header line), if it is there and whole. */
export function readSealedBody(path: string): Sealed<Buffer> {
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
  return { ok: true, value: body };
}

/** The value of a sealed file, if it is there, whole, and of the schema's shape. */
export function readSealed<S extends z.ZodType>(path: string, schema: S): Sealed<z.infer<S>> {
  const body = readSealedBody(path);
  if (!body.ok) return body;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.value.toString('utf8'));
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

/**
 * The lines of a body, each decoded on its own: a file of hundreds of megabytes is never one
 * string (decoded whole, one curly quote anywhere makes all of it two bytes a character).
 */
export function* bodyLines(body: Buffer): Generator<string> {
  for (let start = 0; start < body.length;) {
    let end = body.indexOf(NEWLINE, start);
    if (end < 0) end = body.length;
    yield body.toString('utf8', start, end);
    start = end + 1;
  }
}

/** The one-line notice for a cache that was invalid and is rebuilt. */
export function invalidNotice(path: string, reason: string): string {
  return `news-archive: cache ${path} is invalid (${reason}): rebuilt`;
}
