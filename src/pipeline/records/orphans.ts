/**
 * The end of the records stage: what is left of sources no longer usable or no longer there.
 */
import { rmSync } from 'node:fs';
import { correctionPath, listCorrectionSources } from '../../corrections/file.js';
import { generatedCopyPath } from './manifest.js';
import { problem } from './problems.js';
import { removeRecord } from './remove-record.js';
import { keep, type RecordsRun } from './run.js';
import { presentNames } from './sources.js';

/** Lists everything in the sources folder now, usable or not (`run.present`). */
export function listPresent(run: RecordsRun): void {
  run.present = presentNames(run.ctx.options.sourcesDir);
}

/** A source still there but unusable (now a folder, a broken link) keeps its record; a removed source's record and copy go. */
export function removeOrphans(run: RecordsRun): void {
  const { ctx, previous, next, present } = run;
  for (const name of present) if (!next[name]) keep(run, name, previous[name]);
  for (const [name, entry] of Object.entries(previous)) {
    if (present.has(name) || next[name]) continue;
    if (removeRecord(ctx, entry.id, name)) ctx.counts.removed++;
    rmSync(generatedCopyPath(ctx.options.cacheDir, name), { force: true });
  }
}

/** A corrections file whose source is not there: a warning, the file kept. */
export function reportOrphanCorrections(run: RecordsRun): void {
  const { correctionsDir } = run.ctx.options;
  for (const name of listCorrectionSources(correctionsDir)) {
    if (!run.present.has(name)) {
      problem(
        run.ctx,
        correctionPath(correctionsDir, name),
        'correction',
        `corrects content/sources/${name}, which is not there: kept, not applied`,
        'warning',
      );
    }
  }
}
