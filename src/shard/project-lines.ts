/**
 * `news-archive extract --project DIR`: the map side of a sharded extraction. Each source of the
 * project (or each one given) becomes one JSON line holding exactly what the build's own
 * extraction of it returns (extract-source.ts), with what it was made from: the source's name
 * below content/sources, the hash of its bytes, the extractor's version, and the outlet and date
 * given for it. `news-archive build --merge FILE...` (merge.ts) uses a line instead of extracting
 * the source again when all of these still hold, so the records are those of a one-machine build.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { hashOf } from '../lib/hash.js';
import { createContext, defaultOptions } from '../pipeline/context.js';
import { listSources, type SourceEntry } from '../pipeline/records/sources.js';
import { extractorVersion } from '../lib/version.js';
import { extractSource } from '../pipeline/extract-source.js';
import { inShard, type Shard } from './shard.js';
import type { MergeLine } from './merge.js';

export type { MergeLine } from './merge.js';

/** A file given that is no source of the project, or cannot be read. */
export interface ErrorLine {
  file: string;
  error: string;
}

export interface ProjectExtraction {
  root: string;
  /** Files to extract (paths); null: every source of the project. */
  files: string[] | null;
  shard: Shard | null;
  published: string | null;
  outlet: string | null;
}

/** The project's sources, each with the outlet the build gives it; problems listing them as error lines. */
function projectSources(root: string, outlet: string | null): { sources: SourceEntry[]; problems: ErrorLine[] } {
  const ctx = createContext(defaultOptions(root, { outlet, quiet: true }));
  const sources = listSources(ctx);
  const problems = ctx.problems.filter((p) => p.level === 'error').map((p) => ({ file: p.file, error: p.reason }));
  return { sources, problems };
}

/** The sources the run extracts: those given (each must be a source of the project), in its shard. */
function selected(job: ProjectExtraction, sources: SourceEntry[]): (SourceEntry | ErrorLine)[] {
  const sourcesDir = resolve(job.root, 'content', 'sources');
  const byName = new Map(sources.map((s) => [s.name, s]));
  const wanted: (SourceEntry | ErrorLine)[] = job.files
    ? job.files.map((file) => byName.get(relative(sourcesDir, resolve(file)).split(sep).join('/')) ?? { file, error: `not a source of ${sourcesDir}` })
    : sources;
  return wanted.filter((s) => 'error' in s || inShard(s.name, job.shard));
}

/** One source's line: its extraction, or why it could not be read. */
function sourceLine(src: SourceEntry, job: ProjectExtraction, version: string): MergeLine | ErrorLine {
  let bytes: Buffer;
  try {
    bytes = readFileSync(src.path);
  } catch (err) {
    return { file: src.path, error: `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  }
  const outcome = extractSource({ name: src.name, path: src.path, bytes, published: job.published, outlet: src.outlet, version });
  return { source: src.name, sha256: hashOf(bytes), extractor: version, outlet: src.outlet, published: job.published, outcome };
}

/** The lines of one map run, in the order of the files given (or of the sources' names). */
export function* projectLines(job: ProjectExtraction): Generator<MergeLine | ErrorLine> {
  const { sources, problems } = projectSources(job.root, job.outlet);
  // Listing problems concern every shard: the first shard reports them, once.
  if (!job.files && (job.shard?.index ?? 0) === 0) yield* problems;
  const version = extractorVersion();
  for (const s of selected(job, sources)) yield 'error' in s ? s : sourceLine(s, job, version);
}
