/**
 * One archive being built: the records in, each step's output beside them. buildArchive
 * (index.ts) passes it through ARCHIVE_STEPS in order; a step reads what the steps before it made.
 */
import type { ArticleRecord } from '../../write/schema.js';
import type { ArchiveEntity, ArticleRef } from '../entities.js';
import type { EntityOp, Resolution } from '../resolve/index.js';
import type { YearGroup } from '../dates.js';
import type { ArticleAnchors, EntityRef, SiteArticle } from '../articles.js';
import { similarityIndex, type SimilarityIndex } from '../similarity.js';
import type { RelatedCandidates, ArchivePerson, ArchiveStory, ClaimYear, LedgerEntry, TimelineYear } from '../types.js';

export interface ArchiveRun {
  /** The records in the archive's order (index.ts archiveOrder). */
  readonly sorted: ArticleRecord[];
  /** The sentence anchors of records already computed (src/site/records.ts keeps them between builds). */
  readonly anchors: Map<ArticleRecord, ArticleAnchors> | undefined;
  /** The operations of content/entities.yml. */
  readonly editor: readonly EntityOp[];
  /** The records' entities already resolved, when the caller resolved them (the site does, once for the pages and the search index). */
  readonly resolution: Resolution | undefined;
  /** Publication years (with their months and days), and the undated articles. */
  years: YearGroup[];
  undated: ArticleRef[];
  /** The records' entities resolved across the archive. */
  res: Resolution;
  /** The resolved entities, one list per type; `refs[i]`: the page of resolved entity i. */
  lists: Record<EntityRef['kind'], ArchiveEntity[]>;
  refs: EntityRef[];
  outlets: ArchiveEntity[];
  /** The article pages, in the archive's order, and by id. */
  articles: SiteArticle[];
  byId: Map<string, SiteArticle>;
  /** How alike the articles are (words of titles and leads, and resolved entities), and the shown name of each entity term. */
  similarity: SimilarityIndex;
  shownName: Map<string, string>;
  stories: ArchiveStory[];
  /** Per article (by index), its story's number or -1. */
  storyOf: Int32Array;
  /** Per article (by index), its best related candidates found on the stories' pass (steps/related.ts). */
  relatedCandidates: RelatedCandidates;
  people: ArchivePerson[];
  claims: LedgerEntry[];
  claimYears: ClaimYear[];
  timeline: TimelineYear[];
}

/** One step of the archive's build. */
export type ArchiveStep = (run: ArchiveRun) => void;

/** An archive run on the sorted records, nothing made yet. */
export function startArchive(
  sorted: ArticleRecord[],
  anchors: Map<ArticleRecord, ArticleAnchors> | undefined,
  editor: readonly EntityOp[],
  resolution: Resolution | undefined,
): ArchiveRun {
  return {
    sorted,
    anchors,
    editor,
    resolution,
    years: [],
    undated: [],
    res: { entities: [], articles: [], issues: [] },
    lists: { person: [], organization: [], place: [] },
    refs: [],
    outlets: [],
    articles: [],
    byId: new Map(),
    similarity: similarityIndex([]),
    shownName: new Map(),
    stories: [],
    storyOf: new Int32Array(0),
    relatedCandidates: { lists: [], idRank: new Int32Array(0), days: [] },
    people: [],
    claims: [],
    claimYears: [],
    timeline: [],
  };
}
