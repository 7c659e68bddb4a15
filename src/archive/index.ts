/**
 * The archive as the site shows it: records in, every cross-article view out. Pure: the same
 * records always give the same archive, in the same order.
 */
import type { ArticleRecord } from '../write/schema.js';
import { aggregate, type ArchiveEntity } from './entities.js';
import { byPublication, timeline, type MonthGroup, type TimelineEntry, type YearGroup } from './dates.js';
import type { ArticleRef } from './entities.js';

export interface Archive {
  /** Newest first; undated last. */
  articles: ArticleRecord[];
  people: ArchiveEntity[];
  organizations: ArchiveEntity[];
  places: ArchiveEntity[];
  outlets: ArchiveEntity[];
  years: YearGroup[];
  /** Every month with articles, newest first. */
  months: MonthGroup[];
  undated: ArticleRef[];
  timeline: TimelineEntry[];
}

export function buildArchive(records: ArticleRecord[]): Archive {
  const articles = [...records].sort(
    (a, b) => (b.published ?? '0000').localeCompare(a.published ?? '0000') || a.id.localeCompare(b.id),
  );
  const { years, undated } = byPublication(articles);
  return {
    articles,
    people: aggregate(articles, (r) => r.people),
    organizations: aggregate(articles, (r) => r.organizations),
    places: aggregate(articles, (r) => r.places),
    outlets: aggregate(articles, (r) => (r.outlet ? [{ name: r.outlet }] : [])),
    years,
    months: years.flatMap((y) => y.months),
    undated,
    timeline: timeline(articles),
  };
}

export type { ArchiveEntity, ArticleRef, MonthGroup, TimelineEntry, YearGroup };
