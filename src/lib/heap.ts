/**
 * The heap a process holding an archive is given. V8 sizes its heap by the machine (here about
 * 4 GB) and, with room to spare, lets garbage pile up to near that size before it collects it all:
 * a build of 10,000 articles whose live data stayed under 1.4 GB was seen holding 3.6 GB. A heap
 * limit sized to the archive keeps the process nearer what it needs. Measured at 10,000 articles
 * (a forced collection at each point): the build process holds 0.35 GB once the records are read,
 * 0.75 GB once the archive views are built, and at most 1.33 GB, at the end of the first rendering
 * pass; the search index process at most 0.8 GB, once its index is built. Limits of 2 GB and 1.5 GB
 * there leave each a third or more of room. A limit can only be set when a process starts
 * (`--max-old-space-size`).
 */
import { totalmem } from 'node:os';

/** Heap for the code, Eleventy and the templates, whatever the archive's size. */
export const BASE_HEAP_MB = 1024;
/** Heap per article: its record, its page data and its share of the archive views (live at most ~0.13 MB an article at 10,000), with room for garbage. */
export const HEAP_PER_ARTICLE_MB = 0.1;
/** Never less than this. */
export const MIN_HEAP_MB = 1536;
/** Never more than this share of the machine's memory (unless that is less than MIN_HEAP_MB). */
export const MAX_MEMORY_SHARE = 0.75;

/** The search index process's heap: the index's documents and the Lunr index built from them (live ~0.08 MB an article at 10,000). */
export const SEARCH_BASE_HEAP_MB = 512;
export const SEARCH_HEAP_PER_ARTICLE_MB = 0.1;
export const SEARCH_MIN_HEAP_MB = 1024;

/** The heap limit (MB) for a build process holding this many articles, on a machine of `machineMB`. */
export function heapLimitMB(articles: number, machineMB = totalmem() / 2 ** 20): number {
  return withinMachine(Math.max(MIN_HEAP_MB, Math.round(BASE_HEAP_MB + HEAP_PER_ARTICLE_MB * articles)), machineMB);
}

/** The heap limit (MB) for the search index process of this many articles. */
export function searchHeapLimitMB(articles: number, machineMB = totalmem() / 2 ** 20): number {
  return withinMachine(Math.max(SEARCH_MIN_HEAP_MB, Math.round(SEARCH_BASE_HEAP_MB + SEARCH_HEAP_PER_ARTICLE_MB * articles)), machineMB);
}

function withinMachine(want: number, machineMB: number): number {
  return Math.min(want, Math.max(MIN_HEAP_MB, Math.floor(machineMB * MAX_MEMORY_SHARE)));
}

/** The Node flag for the build process's limit. */
export function heapFlag(articles: number): string {
  return `--max-old-space-size=${heapLimitMB(articles)}`;
}

/** The Node flag for the search index process's limit. */
export function searchHeapFlag(articles: number): string {
  return `--max-old-space-size=${searchHeapLimitMB(articles)}`;
}
