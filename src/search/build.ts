/**
 * The one whole Lunr index over the archive, built in Node. The split index (split.ts) is cut
 * from it, and it is the reference the split index's ranking is proved against.
 */
import lunr from 'lunr';
import { toSearchDocument, type SearchRecord } from './documents.js';
import { analyse, addAnalysed, canAddAnalysed, type AnalysisCache } from './tokens.js';
import { usePipelines } from '../lib/analysis.js';

/** Field → boost, in the order Lunr is told about them (the order matters to Lunr's scoring loop). */
export const FIELDS = { title: 10, people: 8, organizations: 4, places: 4, published: 6, dates: 6, outlet: 3, body: 1 } as const;
export type FieldName = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/** Records in the order they are added to the index: by id (ids begin with the publication date). */
export function indexOrder<R extends SearchRecord>(records: R[]): R[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface LunrIndexOptions {
  /** Keep each term's token positions (Lunr metadata `index`), for phrase checks. Scores are the same either way. */
  positions?: boolean;
  /**
   * Analyse each document once (tokenizer and pipeline) and add it without Lunr's Token objects
   * (see tokens.ts: the same index, faster), keeping the analyses in this cache when given.
   */
  fast?: boolean;
  cache?: AnalysisCache;
}

/** A builder set up as buildLunrIndex sets one up: its tokenizer and pipeline analyse documents (tokens.ts). */
export function analysisBuilder(): lunr.Builder {
  const builder = new lunr.Builder();
  usePipelines(builder);
  builder.ref('id');
  for (const [field, boost] of Object.entries(FIELDS)) builder.field(field, { boost });
  return builder;
}

/** The monolithic Lunr index over the records (refs are record ids). */
export function buildLunrIndex(records: SearchRecord[], options: LunrIndexOptions = {}): lunr.Index {
  const sorted = indexOrder(records);
  return lunr(function () {
    this.ref('id');
    usePipelines(this);
    if (options.positions) this.metadataWhitelist = ['index'];
    for (const [field, boost] of Object.entries(FIELDS)) this.field(field, { boost });
    if ((options.fast || options.cache) && canAddAnalysed(this)) {
      for (const r of sorted) {
        const make = () => analyse(this, toSearchDocument(r), FIELD_NAMES);
        addAnalysed(this, r.id, options.cache ? options.cache.analysed(r, make) : make());
      }
    } else for (const r of sorted) this.add(toSearchDocument(r));
  });
}
