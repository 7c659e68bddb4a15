/**
 * How the archive's Lunr index is set up: its fields and boosts, the order records are added in,
 * and a builder analysing documents as the index does. The split index (split.ts) holds the
 * postings and weights of that one whole index; the whole index itself, the reference its ranking
 * is proved against, is built only by the tests and the benchmark (tests/helpers/lunr-reference.ts).
 */
import lunr from 'lunr';
import type { SearchRecord } from './documents.js';
import { usePipelines } from '../lib/analysis.js';

/** Field → boost, in the order Lunr is told about them (the order matters to Lunr's scoring loop). */
export const FIELDS = { title: 10, people: 8, organizations: 4, places: 4, published: 6, dates: 6, outlet: 3, body: 1 } as const;
export type FieldName = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/** Records in the order they are added to the index: by id (ids begin with the publication date). */
export function indexOrder<R extends SearchRecord>(records: R[]): R[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A builder set up as the whole index's (tests/helpers/lunr-reference.ts): its tokenizer and pipeline analyse documents (tokens.ts). */
export function analysisBuilder(): lunr.Builder {
  const builder = new lunr.Builder();
  usePipelines(builder);
  builder.ref('id');
  for (const [field, boost] of Object.entries(FIELDS)) builder.field(field, { boost });
  return builder;
}
