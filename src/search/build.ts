/** The Lunr index, built once at build time in Node and written as JSON for the browser. */
import lunr from 'lunr';
import type { ArticleRecord } from '../write/schema.js';
import { toSearchDocument, toDisplayEntry, type DisplayEntry } from './documents.js';

export const FIELDS = { title: 10, people: 8, organizations: 4, places: 4, dates: 6, outlet: 3, body: 1 } as const;

export interface SearchIndexFiles {
  index: object;
  display: Record<string, DisplayEntry>;
}

export function buildSearchIndex(records: ArticleRecord[]): SearchIndexFiles {
  const sorted = [...records].sort((a, b) => a.id.localeCompare(b.id));
  const index = lunr(function () {
    this.ref('id');
    for (const [field, boost] of Object.entries(FIELDS)) this.field(field, { boost });
    for (const r of sorted) this.add(toSearchDocument(r));
  });
  const display: Record<string, DisplayEntry> = {};
  for (const r of sorted) display[r.id] = toDisplayEntry(r);
  return { index: index.toJSON(), display };
}
