/**
 * The search index built in a process of its own, beside Eleventy: once the records are loaded,
 * the build forks this file (search-plugin.ts) and hands it what the index reads of each record
 * (documents.ts searchRecord); the index is written while Eleventy renders the pages, on the
 * machine's other core:
 *   parent → { outDir, cacheDir, records }     child → { ok: true, files } | { ok: false, error }
 */
import type { SearchRecord } from './documents.js';
import { writeSearchIndex } from './write.js';

export interface IndexJob {
  outDir: string;
  cacheDir?: string;
  records: SearchRecord[];
}
export type IndexReply = { ok: true; files: number } | { ok: false; error: string };

process.once('message', (job: IndexJob) => {
  let reply: IndexReply;
  try {
    reply = { ok: true, ...writeSearchIndex(job.outDir, job.records, job.cacheDir) };
  } catch (err) {
    reply = { ok: false, error: (err as Error).stack ?? String(err) };
  }
  process.send!(reply, () => process.exit(0));
});
