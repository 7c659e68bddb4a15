/**
 * The heap a process holding an archive is given. V8 sizes its heap by the machine (here about
 * 4 GB) and, with room to spare, lets garbage pile up to near that size before it collects it all:
 * a build of 10,000 articles whose live data stayed under 1.4 GB was seen holding 3.6 GB. A heap
 * limit sized to the archive keeps the process nearer what it needs. At 10,000 articles a cold
 * build (records and site in one process) ran out of a 2 GB heap (1.75 GB of it live in the site
 * stage's first pass) and peaked at 2.83 GB resident with 2.5 GB: 3 GB leaves it a margin. A limit can only be set when a process starts (`--max-old-space-size`).
 */
import { totalmem } from 'node:os';

/** Heap for the code, Eleventy and the templates, whatever the archive's size. */
export const BASE_HEAP_MB = 1024;
/** Heap per article: its record, its page data and its share of the archive views (live ~0.175 MB at 10,000 articles in a cold build), with room for garbage. */
export const HEAP_PER_ARTICLE_MB = 0.2;
/** Never less than this. */
export const MIN_HEAP_MB = 1536;
/** Never more than this share of the machine's memory (unless that is less than MIN_HEAP_MB). */
export const MAX_MEMORY_SHARE = 0.75;

/** The heap limit (MB) for a process holding this many articles, on a machine of `machineMB`. */
export function heapLimitMB(articles: number, machineMB = totalmem() / 2 ** 20): number {
  const want = Math.max(MIN_HEAP_MB, Math.round(BASE_HEAP_MB + HEAP_PER_ARTICLE_MB * articles));
  return Math.min(want, Math.max(MIN_HEAP_MB, Math.floor(machineMB * MAX_MEMORY_SHARE)));
}

/** The Node flag for that limit. */
export function heapFlag(articles: number): string {
  return `--max-old-space-size=${heapLimitMB(articles)}`;
}
