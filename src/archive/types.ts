/** The archive as the site shows it (index.ts buildArchive): its shape, and the shapes of its parts. */
import type { Stance } from '../types.js';
import type { ArchiveEntity, ArticleRef } from './entities.js';
import type { MonthGroup, TimelineEntry, YearGroup } from './dates.js';
import type { SiteArticle } from './articles.js';
import type { Story } from './stories.js';
import type { StoryComparison } from './compare.js';
import type { PersonDetail } from './people.js';

export type ArchivePerson = ArchiveEntity &
  PersonDetail & {
    /** Whether the person has an Atom feed (`/people/<id>/feed.xml`). */
    feed: boolean;
  };

export interface ArchiveStory extends Story {
  refs: ArticleRef[];
  comparison: StoryComparison;
}

export interface LedgerRef {
  article: ArticleRef;
  claimant: string;
  stance: Stance;
  text: string;
  anchor: string | null;
}
export interface LedgerEntry {
  id: string;
  claimant: string;
  stance: Stance;
  subject?: string;
  text: string;
  carriedBy: LedgerRef[];
  deniedBy: LedgerRef[];
  answers: string[];
}

/** The claims ledger, one page per year: the year the earliest article carrying the claim was published. */
export interface ClaimYear {
  /** "2021", or "undated" when no article carrying it has a date. */
  year: string;
  entries: LedgerEntry[];
}

export type TimelineItem = TimelineEntry & { anchor: string | null };

/** The mentions of one month of a year; `month` is null for dates given as the year alone. */
export interface TimelineMonth {
  month: string | null;
  entries: TimelineItem[];
}

export interface TimelineYear {
  year: string;
  /** Mentions in the year. */
  count: number;
  /** In time order: the year alone first, then each month with mentions. */
  months: TimelineMonth[];
}

export interface Archive {
  /** Newest first; undated last. */
  articles: SiteArticle[];
  /** By name. */
  people: ArchivePerson[];
  /** Most articles first, then by name. */
  peopleByArticles: ArchivePerson[];
  organizations: ArchiveEntity[];
  places: ArchiveEntity[];
  outlets: ArchiveEntity[];
  years: YearGroup[];
  /** Every month with articles, newest first. */
  months: MonthGroup[];
  /**
   * The people with an Atom feed: those named in PERSON_FEED_MIN_ARTICLES articles or more (the
   * others' feeds would hold one or two entries and never grow: nobody subscribes to them).
   */
  feedPeople: ArchivePerson[];
  undated: ArticleRef[];
  /** Dates the articles mention (not their publication dates), in time order, by year. */
  timeline: TimelineYear[];
  stories: ArchiveStory[];
  claims: LedgerEntry[];
  /** The ledger by year, newest first, undated last. */
  claimYears: ClaimYear[];
  /** The newest publication date: the "updated" time of feeds (never the build clock). */
  latest: string | null;
  /** Operations of content/entities.yml that found nothing to act on. */
  entityIssues: string[];
}

/** An alike article (by index) and its similarity. */
export interface RelatedCandidate {
  j: number;
  similarity: number;
}

/** What the stories' pass keeps for the related articles (steps/related.ts). */
export interface RelatedCandidates {
  /** Per article (by index), its best candidates outside any story rule: sharing a distinctive name, alike enough; best first. */
  lists: RelatedCandidate[][];
  /** Per article, its rank by id (for ties) and its day of publication. */
  idRank: Int32Array;
  days: (number | null)[];
}
