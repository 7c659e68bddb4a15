/**
 * The search index process reads the records itself while the build resolves their names
 * (src/site/index-process.ts): the records it indexes are the ones it read, each with the names the
 * build resolved for the same record (same id, same content hash), in the build's order.
 */
import type { NamesJob } from '../search/index-job.js';
import { searchRecord, type SearchRecord } from '../search/documents.js';
import type { Resolution } from '../archive/resolve/index.js';
import type { LoadedRecords, SiteRecord } from './records.js';
import { resolvedNames, withResolvedNames } from './resolved-names.js';

/** What the build sends the index process: each record's id, content hash and resolved names, in archive order. */
export function namesJob(sorted: SiteRecord[], resolution: Resolution): NamesJob {
  const names = resolvedNames(resolution);
  return { records: sorted.map((r, i) => ({ id: r.id, ...(r.contentHash ? { contentHash: r.contentHash } : {}), names: names[i] })) };
}

/** What the search index reads of each record read here (documents.ts searchRecord), by id: the records themselves need not be kept. */
export function searchBases(loaded: LoadedRecords): Map<string, SearchRecord> {
  return new Map(loaded.records.map((r) => [r.id, searchRecord(r, loaded.anchors.get(r))]));
}

/**
 * The search records of the records read here, in the order and with the names the build sent.
 * Throws when the two did not read the same records (a record file changed between the two reads):
 * the build then writes the index itself, from its own records.
 */
export function namedRecords(bases: Map<string, SearchRecord>, job: NamesJob): SearchRecord[] {
  if (bases.size !== job.records.length) throw new Error(`the build read ${job.records.length} records, the index process ${bases.size}`);
  return job.records.map(({ id, contentHash, names }) => {
    const base = bases.get(id);
    if (!base || base.contentHash !== contentHash) throw new Error(`the record ${id} changed while the site was built`);
    return withResolvedNames(base, names);
  });
}
