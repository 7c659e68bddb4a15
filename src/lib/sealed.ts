/**
 * The build's own JSON files (caches, manifests), checked when read. Each is written as a header
 * line `{"sealed":<sha256 of the body>}` and the JSON body; a reader takes the body only when its
 * hash is the header's and it fits the zod schema. A file changed by anything but the build
 * (a hand edit, a truncated write, valid JSON with other values) is invalid: the caller rebuilds
 * what it held and says so in one line (invalidNotice), so a wrong cache never changes the output.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { textChunks, writeAtomicTexts } from './fs.js';
import { hashOf } from './hash.js';

export type Sealed<T> = { ok: true; value: T } | { ok: false; missing: true } | { ok: false; missing: false; reason: string };

const NEWLINE = 0x0a;

function bodyHash(body: string | Uint8Array): string {
  return hashOf(typeof body === 'string' ? [...textChunks(body)] : body);
}

function header(body: string): string {
  return `{"sealed":"${bodyHash(body)}"}\n`;
}

/** Writes a sealed file; its body (hundreds of megabytes for a large archive's caches) is hashed and written in pieces, never copied whole. */
export function writeSealed(path: string, value: unknown): void {
  const body = JSON.stringify(value);
  writeAtomicTexts(path, [header(body), body, '\n']);
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
  if (bodyHash(body) !== header[1]) return { ok: false, missing: false, reason: 'changed since the build wrote it (checksum mismatch)' };
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
