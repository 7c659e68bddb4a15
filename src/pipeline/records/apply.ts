/**
 * One source's extraction made into its record: the editor's corrections applied, an id no other
 * source's record has, the record and the build's copy of it written, its manifest entry made.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hashOf } from '../../lib/hash.js';
import { writeAtomic, writeIfChanged, fileSignature } from '../../lib/fs.js';
import type { RecordParts } from '../../write/record.js';
import { toMarkdown } from '../../write/markdown.js';
import { recordId } from '../../write/slug.js';
import { applyCorrections } from '../../corrections/apply.js';
import { correctionPath } from '../../corrections/file.js';
import { crashPoint } from '../crash.js';
import type { ExtractOutcome, WrittenRecord } from '../extract-source.js';
import { generatedCopyPath } from './manifest.js';
import { problem, timedSync } from './problems.js';
import { removeRecord } from './remove-record.js';
import { ingestedDay, keep, staleProblem, type Pending, type RecordsRun } from './run.js';

/**
 * Applies one source's extraction: corrections, its id, its record written. `merged`: the
 * extraction came from a merged line (another machine's time is not this build's).
 */
export function applyOutcome(run: RecordsRun, w: Pending, outcome: ExtractOutcome, merged = false): void {
  const { ctx } = run;
  if (!outcome.ok) {
    problem(ctx, w.path, outcome.stage, outcome.reason);
    ctx.counts.failed++;
    keep(run, w.name, w.before); // keep what was built before
    return;
  }
  if (!merged) {
    ctx.timings['records.ingest'] = (ctx.timings['records.ingest'] ?? 0) + outcome.ms.ingest;
    ctx.timings['records.extract'] = (ctx.timings['records.extract'] ?? 0) + outcome.ms.extract;
  }
  try {
    let parts: RecordParts = outcome.parts;
    const extractedId = parts.data.id;
    parts.data.source.ingested = ingestedDay(ctx, w);
    for (const warning of outcome.warnings) problem(ctx, w.path, 'extract', warning, 'warning');
    const stale: string[] = [];
    if (w.corrections) parts = corrected(run, w, parts, stale);
    parts.data.id = uniqueId(run, w, parts.data.id);
    run.idsTaken.set(parts.data.id, w.name);
    // The text the extracting thread made is this record's when neither corrections nor another source's id changed it.
    const written = parts === outcome.parts && parts.data.id === extractedId ? outcome.written : undefined;
    timedSync(ctx, 'records.write', () => writeRecord(run, w, parts, stale, written));
    if (w.before) ctx.counts.changed++;
    else ctx.counts.new++;
  } catch (err) {
    problem(ctx, w.path, 'extract', (err as Error).message);
    ctx.counts.failed++;
    keep(run, w.name, w.before); // keep what was built before
  }
}

/** The record with the source's corrections applied (and its id made again from its corrected title and date); stale ones pushed on `stale` and reported. */
function corrected(run: RecordsRun, w: Pending, parts: RecordParts, stale: string[]): RecordParts {
  const { ctx } = run;
  const file = w.corrections!.file;
  const corrPath = correctionPath(ctx.options.correctionsDir, w.name);
  const record = timedSync(ctx, 'records.corrections', () => {
    const result = applyCorrections(parts, file.ops);
    ctx.corrections.applied += result.applied;
    for (const s of result.stale) stale.push(`${s.op}: ${s.reason}`);
    for (const s of result.invalid) problem(ctx, corrPath, 'correction', `${s.op}: not applied, the record would not be valid (${s.reason})`);
    const explicitId = file.ops.some((op) => 'set' in op && 'value' in op && op.set === 'id');
    const record = result.record;
    if (!explicitId) record.data.id = recordId(record.data.published, record.data.title);
    return record;
  });
  for (const s of stale) staleProblem(run, w.name, s);
  ctx.corrections.stale += stale.length;
  return record;
}

/** The record's id, or, when another source's record has it, the id with a part of the source's hash (and a number, for the same bytes twice). */
function uniqueId(run: RecordsRun, w: Pending, wanted: string): string {
  const { idsTaken } = run;
  let id = wanted;
  if (idsTaken.has(id) && idsTaken.get(id) !== w.name) id = `${id}-${w.hash.slice(0, 6)}`;
  for (let n = 2, base = id; idsTaken.has(id) && idsTaken.get(id) !== w.name; n++) id = `${base}-${n}`; // same bytes twice
  return id;
}

/**
 * Writes the build's copy and the record, removes the source's record of another id, and makes its
 * manifest entry. `written`: the record's text as the extracting thread made it, and its parse,
 * handed to the site stage (BuildContext freshRecords) so that it does not read the file back.
 */
function writeRecord(run: RecordsRun, w: Pending, parts: RecordParts, stale: string[], written: WrittenRecord | undefined): void {
  const { ctx } = run;
  const { articlesDir, cacheDir } = ctx.options;
  const id = parts.data.id;
  const markdown = written?.markdown ?? toMarkdown(parts.data, parts.body, parts.boilerplate);
  const path = join(articlesDir, `${id}.md`);
  if (w.before && !w.before.output && existsSync(path)) backUpUnvouched(run, path, markdown);
  // The copy first: a build killed between the two writes leaves a record that is the last
  // output (not taken for a hand edit), never a new record without its copy.
  writeIfChanged(generatedCopyPath(cacheDir, w.name), markdown);
  writeIfChanged(path, markdown);
  crashPoint('record-written');
  if (w.before && w.before.id !== id) removeRecord(ctx, w.before.id, w.name);
  const outputStat = fileSignature(path);
  if (written && outputStat) ctx.freshRecords.set(path, { signature: outputStat, key: written.key, entry: written.entry });
  run.next[w.name] = {
    sha256: w.hash,
    ...(w.sourceStat ? { sourceStat: w.sourceStat } : {}),
    ...(outputStat ? { outputStat } : {}),
    extractor: run.version,
    id,
    corrections: w.correctionsHash,
    output: hashOf(markdown),
    title: parts.data.title,
    published: parts.data.published,
    ingested: parts.data.source.ingested,
    ...(w.outlet ? { outlet: w.outlet } : {}),
    ...(stale.length ? { stale } : {}),
  };
}

/**
 * Without the cache, the build cannot tell a hand edit from its own output: a record it is
 * about to replace with different content is kept in the cache folder and named.
 */
function backUpUnvouched(run: RecordsRun, path: string, markdown: string): void {
  const { root, articlesDir, cacheDir } = run.ctx.options;
  const old = readFileSync(path, 'utf8');
  if (old === markdown) return;
  const backup = join(cacheDir, 'replaced', relative(articlesDir, path));
  writeAtomic(backup, old);
  problem(run.ctx, path, 'correction', `replaced without a cache entry to check it against; the previous file is in ${relative(root, backup)}`, 'warning');
}
