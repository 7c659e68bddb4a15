/**
 * The search index built in a process of its own, beside Eleventy. The build forks this file as it
 * starts (src/site/search-plugin.ts), the cache folder on the command line: it reads its analysis
 * cache at once, while the build reads the records and resolves their names; then it is sent what
 * the index reads of each record (documents.ts searchRecord), in a job file (index-job.ts), and
 * writes the index while Eleventy renders the pages, on the machine's other core. Only the entry
 * point: it starts on import.
 */
import { readJobFile, type IndexMessage, type IndexReply } from './index-job.js';
import { openAnalysis, writeSearchIndex, type OpenedAnalysis } from './write.js';

/** The build that started this process; if it is killed, this one stops writing into its folder. */
const parent = process.ppid;
const stopIfOrphaned = () => {
  if (process.ppid !== parent) process.exit(1);
};

/** The analysis cache, read before the job comes (a failure to read it is answered when it comes). */
function open(): OpenedAnalysis | Error {
  try {
    return openAnalysis(process.argv[2] || undefined);
  } catch (err) {
    return err as Error;
  }
}
const opened = open();

process.once('message', ({ jobFile }: IndexMessage) => {
  let reply: IndexReply;
  try {
    const job = readJobFile(jobFile);
    if (opened instanceof Error) throw opened;
    if ((job.cacheDir ?? '') !== (process.argv[2] ?? '')) throw new Error(`the job's cache folder is not the one the process read (${process.argv[2]})`);
    reply = {
      ok: true,
      ...writeSearchIndex(job.outDir, job.records, job.cacheDir, job.current, stopIfOrphaned, opened),
      maxRssKB: process.resourceUsage().maxRSS,
    };
  } catch (err) {
    reply = { ok: false, error: (err as Error).stack ?? String(err) };
  }
  process.send!(reply, () => process.exit(0));
});
