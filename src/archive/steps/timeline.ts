/** The timeline: the dates the articles mention (not their publication dates), in time order. */
import { timeline as mentionedDates } from '../dates.js';
import type { TimelineItem, TimelineYear } from '../types.js';
import type { ArchiveRun } from './run.js';

/** Lists the dates the articles mention, each linked to its sentence, by year and month. */
export function timeline(run: ArchiveRun): void {
  const { byId } = run;
  // Each entry is made here (dates.ts timeline): its anchor is added to it, not to a copy.
  const items = mentionedDates(run.sorted) as TimelineItem[];
  for (const e of items) e.anchor = byId.get(e.article.id)?.facts.dates[e.index]?.anchor ?? null;
  run.timeline = timelineByMonth(items);
}

/** Mentions (in time order) by year, and in each year by month (the year alone first). */
export function timelineByMonth(items: TimelineItem[]): TimelineYear[] {
  const years: TimelineYear[] = [];
  for (const e of items) {
    const year = e.value.slice(0, 4);
    const month = e.value.length >= 7 ? e.value.slice(0, 7) : null;
    let y = years[years.length - 1];
    if (!y || y.year !== year) years.push((y = { year, count: 0, months: [] }));
    let m = y.months[y.months.length - 1];
    if (!m || m.month !== month) y.months.push((m = { month, entries: [] }));
    m.entries.push(e);
    y.count++;
  }
  return years;
}
