/**
 * The extractor's version: a hash of the code that turns a source into a record (the record model,
 * ingest, extract, write, corrections, and the lib helpers they use). When any of it changes, every source is extracted again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_ROOT as SRC } from '../paths.js';
import { hashOf, type HashPart } from './hash.js';

const PARTS = ['model', 'ingest', 'extract', 'write', 'corrections', 'lib', 'types.ts'];

function files(path: string): string[] {
  try {
    return readdirSync(path, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(join(path, e.name)) : [join(path, e.name)]))
      .sort();
  } catch {
    return [path];
  }
}

const cached = new Map<string, string>();

/** A hash of the TypeScript code under src/ in these folders and files (read once per process; the same whether this runs compiled or not). */
export function codeVersion(parts: string[]): string {
  const key = parts.join('\n');
  let version = cached.get(key);
  if (version) return version;
  const content: HashPart[] = [];
  for (const part of parts) {
    for (const f of files(join(SRC, part))) {
      content.push(f.slice(SRC.length), readFileSync(f));
    }
  }
  version = hashOf(content, { length: 16 });
  cached.set(key, version);
  return version;
}

export function extractorVersion(): string {
  return codeVersion(PARTS);
}
