/**
 * The extractor's version: a hash of the code that turns a source into a record (ingest,
 * extract, write, corrections). When any of it changes, every source is extracted again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = dirname(dirname(fileURLToPath(import.meta.url)));
const PARTS = ['ingest', 'extract', 'write', 'corrections', 'types.ts'];

function files(path: string): string[] {
  try {
    return readdirSync(path, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(join(path, e.name)) : [join(path, e.name)]))
      .sort();
  } catch {
    return [path];
  }
}

let cached: string | null = null;

export function extractorVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const part of PARTS) {
    for (const f of files(join(SRC, part))) {
      hash.update(f.slice(SRC.length));
      hash.update(readFileSync(f));
    }
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
