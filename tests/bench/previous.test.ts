import { describe, expect, it } from 'vitest';
import { comparable, figures } from '../../bench/lib/previous.js';

const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** The part of a bench results object these tests read. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a bench run is untyped JSON (results.json)
type BenchRun = any;
const run = (articles: number, wallMs: number, extra: Record<string, unknown> = {}) => ({
  meta: { date: '2026-12-06', commit: 'abc', options: { articles } },
  coldBuild: { wallMs },
  ...extra,
});

describe('bench: the previous run beside this one', () => {
  it('shows the previous figure beside the current one', () => {
    const f = figures<BenchRun>(run(1000, 21500), run(1000, 23100));
    expect(f((r) => r.coldBuild.wallMs, sec)).toBe('21.50 s (was 23.10 s)');
  });

  it('shows the figure alone on a first run, or when the previous run lacks it', () => {
    expect(figures<BenchRun>(run(1000, 21500), null)((r) => r.coldBuild.wallMs, sec)).toBe('21.50 s');
    const f = figures<BenchRun>(run(1000, 21500, { rebuild: { wallMs: 4000 } }), run(1000, 23100));
    expect(f((r) => r.rebuild.wallMs, sec)).toBe('4.00 s');
  });

  it('shows a dash when this run lacks the figure (a skipped part)', () => {
    expect(figures<BenchRun>(run(1000, 21500), run(1000, 1))((r) => r.browser.archive.firstQuery.bytes, String)).toBe('–');
  });

  it('compares runs of the same archive size only', () => {
    expect(comparable(run(1000, 1), run(1000, 2))).toBe(true);
    expect(comparable(run(1000, 1), run(10000, 2))).toBe(false);
    expect(comparable(run(1000, 1), null)).toBe(false);
    expect(comparable(run(1000, 1), 'not a results file')).toBe(false);
    expect(comparable(run(1000, 1), { meta: {} })).toBe(false);
  });
});
