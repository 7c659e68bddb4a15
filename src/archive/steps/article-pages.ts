import { articleFacts, type SiteArticle } from '../articles.js';
import type { ArchiveRun } from './run.js';

/** Makes each record an article page: its facts linked to the entities' pages; related, story and neighbours come later. */
export function articlePages(run: ArchiveRun): void {
  const { sorted, res, refs, anchors } = run;
  run.articles = sorted.map((r, i): SiteArticle => ({
    ...r,
    facts: articleFacts(r, res.articles[i], (e) => refs[e], anchors?.get(r)),
    related: [],
    story: null,
    previous: null,
    next: null,
  }));
  run.byId = new Map(run.articles.map((a) => [a.id, a]));
}
