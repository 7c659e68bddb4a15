/**
 * Stage 1: content/sources → content/articles. Only sources whose bytes, corrections or the
 * extractor's version changed are extracted again: a content-hash manifest in the cache folder
 * (rebuilt from the records themselves when the cache is gone). Editors' corrections
 * (content/corrections/<source>.yml) are applied after every extraction; a record edited by hand
 * is turned into corrections before it is regenerated, never overwritten silently. A source that
 * cannot be used is reported and its earlier record, if any, is kept as it was.
 *
 * The stage is an ordered list of named steps (RECORDS_STEPS, each in its own file under
 * records/) over one RecordsRun (records/run.ts).
 */
import { mkdirSync } from 'node:fs';
import { writeSealed } from '../lib/sealed.js';
import { extractorVersion } from '../lib/version.js';
import { crashPoint } from './crash.js';
import type { BuildContext } from './context.js';
import { readManifest, manifestPath } from './records/manifest.js';
import { listSources } from './records/sources.js';
import { timedSync } from './records/problems.js';
import { planSources } from './records/plan.js';
import { extractChanged } from './records/extract.js';
import { listPresent, removeOrphans, reportOrphanCorrections } from './records/orphans.js';
import type { RecordsRun } from './records/run.js';

/** One step of the records stage. */
type RecordsStep = (run: RecordsRun) => void | Promise<void>;

/** Reads the last build's manifest (`run.previous`). */
function readPrevious(run: RecordsRun): void {
  run.previous = timedSync(run.ctx, 'records.read', () => readManifest(run.ctx));
}

/** Lists the usable sources (`run.sources`), reporting what cannot be one. */
function findSources(run: RecordsRun): void {
  run.sources = listSources(run.ctx);
}

/** Writes this build's manifest, once every record is written. */
function writeManifest(run: RecordsRun): void {
  crashPoint('records-written');
  writeSealed(manifestPath(run.ctx.options.cacheDir), run.next);
}

/** The records stage's steps, in the order they run. */
const RECORDS_STEPS: readonly RecordsStep[] = [
  readPrevious,
  findSources,
  planSources,
  extractChanged,
  listPresent,
  removeOrphans,
  reportOrphanCorrections,
  writeManifest,
];

/**
 * Brings content/articles up to date with content/sources. Sources are extracted by
 * `ctx.options.jobs` threads (extract-pool.ts); their outcomes are applied in source order, so
 * records, ids and the manifest are the same whatever the number of threads.
 */
export async function syncRecords(ctx: BuildContext): Promise<void> {
  mkdirSync(ctx.options.articlesDir, { recursive: true });
  const run: RecordsRun = {
    ctx,
    version: extractorVersion(),
    previous: {},
    next: {},
    idsTaken: new Map(),
    sources: [],
    work: [],
    present: new Set(),
  };
  for (const step of RECORDS_STEPS) await step(run);
}
