import { refOf } from '../entities.js';
import type { SiteArticle } from '../articles.js';
import type { ArchiveRun } from './run.js';

/** Links each dated article to its neighbours by publication date. */
export function sequence(run: ArchiveRun): void {
  setSequence(run.articles);
}

/**
 * Each dated article's neighbours by publication date (the archive's order: newest first, then
 * by id): `previous` the one published before it, `next` the one after. Undated articles have none.
 */
export function setSequence(articles: SiteArticle[]): void {
  const dated = articles.filter((a) => a.published);
  dated.forEach((a, i) => {
    a.previous = i + 1 < dated.length ? refOf(dated[i + 1]) : null;
    a.next = i > 0 ? refOf(dated[i - 1]) : null;
  });
}
