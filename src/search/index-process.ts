/**
 * The search index built in a process of its own, beside Eleventy: once the records are loaded,
 * the build forks this file (src/site/search-plugin.ts) with what the index reads of each record
 * (documents.ts searchRecord), in a job file (index-job.ts); the index is written while Eleventy
 * renders the pages, on the machine's other core. Only the entry point: importing it listens for
 * the parent's message.
 */
import { readJobFile, type IndexMessage, type IndexReply } from './index-job.js';
import { writeSearchIndex } from './write.js';

/** The build that started this process; if it is killed, this one stops writing into its folder. */
const parent = process.ppid;
const stopIfOrphaned = () => {
  if (process.ppid !== parent) process.exit(1);
};

process.once('message', ({ jobFile }: IndexMessage) => {
  let reply: IndexReply;
  try {
    const job = readJobFile(jobFile);
    reply = { ok: true, ...writeSearchIndex(job.outDir, job.records, job.cacheDir, job.current, stopIfOrphaned), maxRssKB: process.resourceUsage().maxRSS };
  } catch (err) {
    reply = { ok: false, error: (err as Error).stack ?? String(err) };
  }
  process.send!(reply, () => process.exit(0));
});
