/**
 * The reference the split search index is proved against: one whole Lunr index over the records,
 * built in Node with the archive's fields, boosts, order and analysis (src/search/build.ts). The
 * site never builds it; the split index (src/search/split.ts) holds its postings and weights, and
 * tests/search/split.test.ts and the benchmark's identity check (bench/lib/identity.ts) compare
 * the two query by query.
 */
import lunr from 'lunr';
import { toSearchDocument, type SearchRecord } from '../../src/search/documents.js';
import { analyse, addAnalysed, canAddAnalysed } from '../../src/search/tokens.js';
import { usePipelines } from '../../src/lib/analysis.js';
import { FIELDS, FIELD_NAMES, indexOrder } from '../../src/search/build.js';

export interface LunrIndexOptions {
  /** Keep each term's token positions (Lunr metadata `index`), for phrase checks. Scores are the same either way. */
  positions?: boolean;
  /**
   * Analyse each document once (tokenizer and pipeline) and add it without Lunr's Token objects
   * (see tokens.ts: the same index, faster).
   */
  fast?: boolean;
}

/** The monolithic Lunr index over the records (refs are record ids). */
export function buildLunrIndex(records: SearchRecord[], options: LunrIndexOptions = {}): lunr.Index {
  const sorted = indexOrder(records);
  return lunr(function () {
    this.ref('id');
    usePipelines(this);
    if (options.positions) this.metadataWhitelist = ['index'];
    for (const [field, boost] of Object.entries(FIELDS)) this.field(field, { boost });
    if (options.fast && canAddAnalysed(this)) {
      for (const r of sorted) addAnalysed(this, r.id, analyse(this, toSearchDocument(r), FIELD_NAMES));
    } else for (const r of sorted) this.add(toSearchDocument(r));
  });
}
