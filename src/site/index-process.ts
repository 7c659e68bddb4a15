/**
 * The search index built in a process of its own, beside Eleventy. The build forks this file as it
 * starts (src/site/search-plugin.ts), the job's file on the command line: this process reads the
 * records itself at once (records.ts, leaving the build's caches to the build) while the build reads
 * them and resolves their names; then the names come (index-job.ts), and the index is written
 * (src/search/write.ts) while Eleventy renders the pages, on the machine's other core. Only the
 * entry point: it starts on import.
 */
import { readJobFile, type IndexJob, type IndexMessage, type IndexReply, type NamesJob } from '../search/index-job.js';
import { writeSearchIndex } from '../search/write.js';
import type { SearchRecord } from '../search/documents.js';
import { loadRecords } from './records.js';
import { namedRecords, searchBases } from './named-records.js';

/** The build that started this process; if it is killed, this one stops writing into its folder. */
const parent = process.ppid;
const stopIfOrphaned = () => {
  if (process.ppid !== parent) process.exit(1);
};
// A build that stops before it sends the names closes the channel: nothing to wait for.
process.once('disconnect', () => process.exit(1));

function answer(reply: IndexReply): void {
  process.send!(reply, () => process.exit(0));
}

/** The job, and what the index reads of each record, read as the process starts (a failure is answered when the names come). */
function start(): { job: IndexJob; bases: Map<string, SearchRecord> } | Error {
  try {
    const job = readJobFile<IndexJob>(process.argv[2]);
    // The records as the build reads them (problems are the build's to report), of which only what the index reads is kept.
    const loaded = loadRecords(
      job.articlesDir,
      () => undefined,
      job.cacheDir,
      () => undefined,
      { keep: false },
    );
    return { job, bases: searchBases(loaded) };
  } catch (err) {
    return err as Error;
  }
}

let started: ReturnType<typeof start> | null = start();

process.once('message', ({ namesFile }: IndexMessage) => {
  try {
    const names = readJobFile<NamesJob>(namesFile);
    if (started instanceof Error) throw started;
    const { job, bases } = started!;
    started = null;
    const records = namedRecords(bases, names);
    answer({ ok: true, ...writeSearchIndex(job.outDir, records, job.cacheDir, job.current, stopIfOrphaned), maxRssKB: process.resourceUsage().maxRSS });
  } catch (err) {
    answer({ ok: false, error: (err as Error).stack ?? String(err) });
  }
});
