/** Publication dates (archive by year, month, day) and mentioned dates (the events timeline): kept apart. */
import type { ArticleRecord } from '../write/schema.js';
import { refOf, byPublishedDesc, type ArticleRef } from './entities.js';

export interface DayGroup {
  day: string; // YYYY-MM-DD
  articles: ArticleRef[];
}
export interface MonthGroup {
  month: string; // YYYY-MM
  days: DayGroup[];
  articles: ArticleRef[];
}
export interface YearGroup {
  year: string;
  months: MonthGroup[];
  articles: ArticleRef[];
}

export function byPublication(records: ArticleRecord[]): { years: YearGroup[]; undated: ArticleRef[] } {
  const years = new Map<string, Map<string, Map<string, ArticleRef[]>>>();
  const undated: ArticleRef[] = [];
  for (const r of records) {
    if (!r.published) {
      undated.push(refOf(r));
      continue;
    }
    const [y, m] = [r.published.slice(0, 4), r.published.slice(0, 7)];
    const months = years.get(y) ?? new Map();
    years.set(y, months);
    const days = months.get(m) ?? new Map();
    months.set(m, days);
    const list = days.get(r.published) ?? [];
    days.set(r.published, list);
    list.push(refOf(r));
  }
  const desc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
  return {
    years: [...years.keys()].sort(desc).map((year) => {
      const months = [...years.get(year)!.keys()].sort(desc).map((month) => {
        const days = [...years.get(year)!.get(month)!.entries()]
          .sort((a, b) => desc(a[0], b[0]))
          .map(([day, articles]) => ({ day, articles: articles.sort(byPublishedDesc) }));
        return { month, days, articles: days.flatMap((d) => d.articles) };
      });
      return { year, months, articles: months.flatMap((m) => m.articles) };
    }),
    undated: undated.sort(byPublishedDesc),
  };
}

export interface TimelineEntry {
  value: string;
  end?: string;
  text: string;
  sentence?: string;
  article: ArticleRef;
  /** Index of the date in the article's list: the anchor of its sentence on the article page. */
  index: number;
}

/** Every date the articles mention, in time order (then by article). */
export function timeline(records: ArticleRecord[]): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const r of records) {
    r.dates.forEach((d, index) => out.push({ value: d.value, ...(d.end ? { end: d.end } : {}), text: d.text, sentence: d.sentence, article: refOf(r), index }));
  }
  return out.sort((a, b) => a.value.localeCompare(b.value) || a.article.id.localeCompare(b.article.id) || a.index - b.index);
}
