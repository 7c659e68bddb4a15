/**
 * The previous run's figures beside this run's: `npm run bench` reads the results file it is about
 * to replace, and each figure of the table shows the same figure of that run, so a regression
 * shows at once. Runs of another archive size are not compared (their figures differ by design).
 */

/** A results file as far as the comparison needs it. */
export interface ComparableResults {
  meta?: { date?: string; commit?: string | null; options?: { articles?: number } };
}

/** Formats a figure of this run, with the previous run's beside it when that run had it. */
export type Figure<R> = (pick: (r: R) => number | null | undefined, format: (n: number) => string) => string;

/**
 * Whether two runs measured the same archive size (only then are their figures compared).
 * `previous` is whatever the results file held: anything that is not a results object is no run.
 */
export function comparable(current: ComparableResults, previous: unknown): previous is ComparableResults {
  if (!previous || typeof previous !== 'object') return false;
  const n = (previous as ComparableResults).meta?.options?.articles;
  return typeof n === 'number' && n === current.meta?.options?.articles;
}

/** A figure read from a run, or null when the run lacks it (an older results file, a skipped part). */
function read<R>(run: R, pick: (r: R) => number | null | undefined): number | null {
  try {
    const v = pick(run);
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  } catch {
    return null;
  }
}

/**
 * The figure formatter of one table: `figure(r => r.coldBuild.wallMs, sec)` gives "21.50 s" on a
 * first run and "21.50 s (was 23.10 s)" after one. `previous` is null when there is none to compare.
 */
export function figures<R>(current: R, previous: R | null): Figure<R> {
  return (pick, format) => {
    const now = read(current, pick);
    if (now === null) return '–';
    const was = previous === null ? null : read(previous, pick);
    return was === null ? format(now) : `${format(now)} (was ${format(was)})`;
  };
}
