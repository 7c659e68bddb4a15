/**
 * Offset look-ups that stay fast on long texts: sorted offsets searched by bisection instead of
 * a scan of every item for each query (which made the cost grow with the square of the text).
 */

/** First index of `sorted` whose key is >= `value` (keys ascending). */
export function lowerBound<T>(sorted: readonly T[], value: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index of `sorted` whose key is > `value` (keys ascending). */
export function upperBound<T>(sorted: readonly T[], value: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Interval {
  start: number;
  end: number;
}

/**
 * Intervals sorted by start, with the running maximum of their ends: "is there an interval with
 * start <= a and end > b" is one bisection, whether or not the intervals overlap.
 */
export class IntervalIndex {
  private readonly starts: number[];
  private readonly maxEnd: number[];
  readonly size: number;

  constructor(intervals: readonly Interval[]) {
    this.size = intervals.length;
    const sorted = [...intervals].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((q) => q.start);
    this.maxEnd = [];
    let max = -Infinity;
    for (const q of sorted) {
      max = Math.max(max, q.end);
      this.maxEnd.push(max);
    }
  }

  /** Some interval has start <= `startAtMost` and end > `endAbove`. */
  private some(startAtMost: number, endAbove: number): boolean {
    const i = upperBound(this.starts, startAtMost, (x) => x) - 1;
    return i >= 0 && this.maxEnd[i] > endAbove;
  }

  /** `at` lies in [start, end) of some interval. */
  contains(at: number): boolean {
    return this.some(at, at);
  }

  /** `at` lies in [start - 1, end] of some interval (the marks around a quotation included). */
  touches(at: number): boolean {
    return this.some(at + 1, at - 1);
  }
}

const CACHE = new WeakMap<object, IntervalIndex>();

/** The index of an array of intervals, built once per array (the arrays are not changed after). */
export function intervalIndex(intervals: readonly Interval[]): IntervalIndex {
  let idx = CACHE.get(intervals);
  if (!idx || idx.size !== intervals.length) {
    idx = new IntervalIndex(intervals);
    CACHE.set(intervals, idx);
  }
  return idx;
}
