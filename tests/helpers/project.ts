/** A throw-away project folder with its own content/, built with the package's templates. */
import { mkdtempSync, mkdirSync, copyFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from '../../src/pipeline/index.js';
import { defaultOptions, type BuildOptions } from '../../src/pipeline/context.js';
import { bodyLines, linePieces, readSealed, readSealedBody, writeSealed, writeSealedPieces } from '../../src/lib/sealed.js';
import { z } from 'zod';

export const SEEDS = resolve(import.meta.dirname, '../../../shared/seeds');
export const MEANTIME = resolve(import.meta.dirname, '../../../shared/corpus/meantime');
export const SEED_FILES = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();

export function tempProject(sources: { dir: string; files: string[] }[] = [{ dir: SEEDS, files: SEED_FILES }]): string {
  const root = mkdtempSync(join(tmpdir(), 'news-archive-'));
  mkdirSync(join(root, 'content', 'sources'), { recursive: true });
  for (const s of sources) for (const f of s.files) copyFileSync(join(s.dir, f), join(root, 'content', 'sources', f));
  return root;
}

export async function buildProject(root: string, overrides: Partial<BuildOptions> = {}) {
  // A fixed ingestion day: builds compared byte for byte must not straddle midnight.
  return build(defaultOptions(root, { quiet: true, today: '2026-01-15', ...overrides }));
}

export function removeProject(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** The value of one of the build's sealed cache files (src/lib/sealed.ts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads the fields of its own cache file
export function readCacheFile(path: string): any {
  const read = readSealed(path, z.any());
  if (!read.ok) throw new Error(`${path}: ${read.missing ? 'missing' : read.reason}`);
  return read.value;
}

/** Writes a cache file as the build does (sealed): a change the build will trust, for tests that simulate one. */
export function writeCacheFile(path: string, value: unknown): void {
  writeSealed(path, value);
}

/** A keyed cache's base file (src/lib/keyed-cache.ts: sealed JSON lines) as its head and its entries by key. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads the fields of its own cache file
export function readCacheLines(path: string): { head: any; entries: Record<string, any> } {
  const body = readSealedBody(path);
  if (!body.ok) throw new Error(`${path}: ${body.missing ? 'missing' : body.reason}`);
  const [head, ...entries] = [...bodyLines(body.value)].map((l) => JSON.parse(l));
  return { head, entries: Object.fromEntries(entries) };
}

/** Writes a keyed cache's base file as the build does: a change the build will trust, for tests that simulate one. */
export function writeCacheLines(path: string, head: Record<string, unknown>, entries: Record<string, unknown>): void {
  writeSealedPieces(path, linePieces(head, Object.entries(entries)));
}
