/**
 * One context object goes through the build stages (records → site). Problems are collected,
 * never thrown: one bad file never stops the others; the summary prints them at the end.
 */
import { resolve, join } from 'node:path';
import { availableParallelism } from 'node:os';
import type { FreshRecord } from '../site/records.js';

export interface Problem {
  /** The file concerned, as a path relative to the project root when possible. */
  file: string;
  stage: 'read' | 'decode' | 'extract' | 'write' | 'record' | 'correction' | 'entities' | 'site';
  reason: string;
  /** A warning keeps the article in the archive; an error leaves it out. */
  level: 'error' | 'warning';
  /** The build exits non-zero even without --strict (a corrections file that cannot be read). */
  fails?: boolean;
}

export interface BuildOptions {
  root: string;
  sourcesDir: string;
  articlesDir: string;
  correctionsDir: string;
  outDir: string;
  cacheDir: string;
  /** Publication date for sources that state none. */
  published: string | null;
  /** Outlet for sources whose front matter and folder (_source.yml) give none (`--outlet`). */
  outlet: string | null;
  /** Any problem makes the build exit non-zero. */
  strict: boolean;
  /** Extract again even where the cache says nothing changed. */
  force: boolean;
  quiet: boolean;
  /** Skip the Eleventy stage (records only). */
  recordsOnly: boolean;
  /** Threads extracting sources (`--jobs`): 1 extracts in the build's own thread. */
  jobs: number;
  /** Pages per template in one Eleventy run (src/pipeline/site/passes.ts PAGES_PER_PASS; smaller in tests, to render in several passes). */
  pagesPerPass?: number;
  /** JSON-lines files of `extract --project` runs whose extractions the build takes instead of extracting (`--merge`). */
  merge?: string[];
  /** The day a new source is recorded as ingested: SOURCE_DATE_EPOCH when set (reproducible builds), else today. */
  today: string;
}

export interface BuildCounts {
  new: number;
  changed: number;
  unchanged: number;
  removed: number;
  failed: number;
}

export interface CorrectionCounts {
  /** Operations applied to the records extracted in this build. */
  applied: number;
  /** Operations whose target no longer exists (reported, kept in their files), over every record. */
  stale: number;
  /** Operations written from editors' hand edits of records in this build. */
  fromEdits: number;
}

export interface BuildContext {
  options: BuildOptions;
  problems: Problem[];
  counts: BuildCounts;
  corrections: CorrectionCounts;
  /** One-line notices about the build's own files (an invalid cache rebuilt, a lock taken over). */
  notices: string[];
  /** With --merge: sources whose extraction came from the merged lines, and the lines read. */
  merged?: { used: number; lines: number };
  /** Threads that extracted this build's sources (1: the build's own thread), when any was extracted. */
  extractThreads?: number;
  /** The record files this build wrote, parsed by the threads that made them, by path: the site stage does not read them back. */
  freshRecords: Map<string, FreshRecord>;
  /** Figures about the built site, when the site stage ran. */
  site?: {
    files: number;
    bytes: number;
    rendered: number;
    kept: number;
    mode: 'full' | 'incremental';
    /** Eleventy runs the pages were rendered in (site/passes.ts PAGES_PER_PASS pages per template each). */
    passes?: number;
    /** Which process wrote the search index. */
    search?: 'index process' | 'build process';
    /** Search index files, and how many of them were written (the others were unchanged). */
    searchFiles?: { files: number; written: number };
    /** The index process's peak memory (max RSS, KB): it runs beside the build process while the pages are rendered. */
    searchMaxRssKB?: number;
  };
  /**
   * Milliseconds per stage: `records` (= records.read + records.extract.wall + records.corrections
   * + records.write, roughly; records.ingest and records.extract are the extracting threads' own
   * times, summed over them, so with several threads they can exceed the stage's wall time), `site` (Eleventy and the swap, including
   * `search`, the time after Eleventy wrote the pages: search index and client), `total`.
   */
  timings: Record<string, number>;
}

export function defaultOptions(root = process.cwd(), overrides: Partial<BuildOptions> = {}): BuildOptions {
  const r = resolve(root);
  return {
    root: r,
    sourcesDir: join(r, 'content', 'sources'),
    articlesDir: join(r, 'content', 'articles'),
    correctionsDir: join(r, 'content', 'corrections'),
    outDir: join(r, '_site'),
    cacheDir: join(r, '.cache', 'news-archive'),
    published: null,
    outlet: null,
    strict: false,
    force: false,
    quiet: false,
    recordsOnly: false,
    jobs: availableParallelism(),
    today: buildDay(),
    ...overrides,
  };
}

/** SOURCE_DATE_EPOCH (seconds) is the reproducible-builds convention for "now"; else the clock. */
export function buildDay(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return (Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date()).toISOString().slice(0, 10);
}

export function createContext(options: BuildOptions): BuildContext {
  return {
    options,
    problems: [],
    counts: { new: 0, changed: 0, unchanged: 0, removed: 0, failed: 0 },
    corrections: { applied: 0, stale: 0, fromEdits: 0 },
    notices: [],
    freshRecords: new Map(),
    timings: {},
  };
}

export async function timed<T>(ctx: BuildContext, stage: string, fn: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    ctx.timings[stage] = (ctx.timings[stage] ?? 0) + (performance.now() - t0);
  }
}
