/**
 * The archive as the site shows it: records in, every cross-article view out. Pure: the same
 * records always give the same archive, in the same order. Everything that spans articles
 * (people, related articles, stories, the claims ledger) is computed here once, so that no
 * page template ever scans the whole archive.
 *
 * The archive is built by an ordered list of named steps (ARCHIVE_STEPS, one concept per file
 * under steps/) over one ArchiveRun (steps/run.ts).
 */
import type { ArticleRecord } from '../write/schema.js';
import type { ArchiveEntity } from './entities.js';
import type { EntityOp, Resolution } from './resolve/index.js';
import type { ArticleAnchors } from './articles.js';
import type { Archive } from './types.js';
import { startArchive, type ArchiveRun, type ArchiveStep } from './steps/run.js';
import { publicationGroups } from './steps/publication.js';
import { resolve } from './steps/resolve.js';
import { entityPages, outlets } from './steps/entity-lists.js';
import { articlePages } from './steps/article-pages.js';
import { similarity, stories } from './steps/stories.js';
import { related } from './steps/related.js';
import { people } from './steps/people.js';
import { claimLedger, claimYears } from './steps/claims.js';
import { timeline } from './steps/timeline.js';
import { sequence } from './steps/sequence.js';

/** The archive's steps, in the order they run. */
const ARCHIVE_STEPS: readonly ArchiveStep[] = [
  publicationGroups,
  resolve,
  entityPages,
  outlets,
  articlePages,
  similarity,
  stories,
  related,
  people,
  claimLedger,
  claimYears,
  timeline,
  sequence,
];

/** The records in the archive's order: newest first, undated last, then by id. */
export function archiveOrder<R extends ArticleRecord>(records: R[]): R[] {
  return [...records].sort((a, b) => (b.published ?? '0000').localeCompare(a.published ?? '0000') || a.id.localeCompare(b.id));
}

/**
 * `anchors`: the sentence anchors of records already computed (src/site/records.ts keeps them
 * between builds). `editor`: the operations of content/entities.yml; `resolution`: the records'
 * entities already resolved (the site resolves once for the pages and the search index).
 */
export function buildArchive(
  records: ArticleRecord[],
  anchors?: Map<ArticleRecord, ArticleAnchors>,
  editor: readonly EntityOp[] = [],
  resolution?: Resolution,
): Archive {
  const run = startArchive(archiveOrder(records), anchors, editor, resolution);
  for (const step of ARCHIVE_STEPS) step(run);
  return archiveOf(run);
}

/** The archive the run made, with the lists the site shows in other orders. */
function archiveOf(run: ArchiveRun): Archive {
  const { people } = run;
  return {
    articles: run.articles,
    people,
    peopleByArticles: [...people].sort((a, b) => b.articles.length - a.articles.length || a.key.localeCompare(b.key)),
    organizations: run.lists.organization,
    places: run.lists.place,
    outlets: run.outlets,
    years: run.years,
    months: run.years.flatMap((y) => y.months),
    feedPeople: people.filter((p) => p.feed),
    undated: run.undated,
    timeline: run.timeline,
    stories: run.stories,
    claims: run.claims,
    claimYears: run.claimYears,
    latest: run.sorted.find((r) => r.published)?.published ?? null,
    entityIssues: run.res.issues,
  };
}

export { PERSON_FEED_MIN_ARTICLES } from './steps/people.js';
export { timelineByMonth } from './steps/timeline.js';
export { setSequence } from './steps/sequence.js';
export type { Archive } from './types.js';
export type { ArchiveEntity };
