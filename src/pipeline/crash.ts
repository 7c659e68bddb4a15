/**
 * A test hook for crash consistency: with NEWS_ARCHIVE_CRASH_AT=<step>, the process kills itself
 * (SIGKILL: no exit handler, no cleanup, as a power cut or the OOM killer would) when the build
 * reaches that step. tests/pipeline/crash.test.ts kills a build at every step and checks that the
 * published site stays whole and that the next build repairs everything.
 */

/** The step boundaries of a build, in order. */
export const CRASH_STEPS = [
  /** Lock taken, leftovers of earlier builds removed. */
  'locked',
  /** The first re-extracted record written (others not yet). */
  'record-written',
  /** A hand edit's operations appended to its corrections file, the record not yet regenerated. */
  'hand-edit-appended',
  /** Every record written, the records manifest not yet. */
  'records-written',
  /** Eleventy and the search index wrote the new site folder; links to the unchanged pages may still be in flight. */
  'site-rendered',
  /** The new site folder is complete, not yet published. */
  'site-complete',
  /** The new site published (the `_site` link swapped), its manifest not yet written. */
  'site-published',
  /** Everything written; replaced site folders not yet deleted. */
  'site-manifest',
] as const;
export type CrashStep = (typeof CRASH_STEPS)[number];

/** Kills the process here when NEWS_ARCHIVE_CRASH_AT names this step. */
export function crashPoint(step: CrashStep): void {
  if (process.env.NEWS_ARCHIVE_CRASH_AT === step) process.kill(process.pid, 'SIGKILL');
}
