/**
 * Stage 1: content/sources → content/articles. Only sources whose bytes, corrections or the
 * extractor's version changed are extracted again: a content-hash manifest in the cache folder
 * (rebuilt from the records themselves when the cache is gone). Editors' corrections
 * (content/corrections/<source>.yml) are applied after every extraction; a record edited by hand
 * is turned into corrections before it is regenerated, never overwritten silently. A source that
 * cannot be used is reported and its earlier record, if any, is kept as it was.
 */
import { readdirSync, readFileSync, statSync, rmSync, existsSync, mkdirSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { hashOf } from '../lib/hash.js';
import type { RecordParts } from '../write/record.js';
import { extractAll, workerCount } from './extract-pool.js';
import type { ExtractOutcome } from './extract-source.js';
import { toMarkdown, parseRecord } from '../write/markdown.js';
import { recordSchema, type ArticleRecord } from '../write/schema.js';
import { recordId } from '../write/slug.js';
import { applyCorrections, type CorrectableRecord } from '../corrections/apply.js';
import { diffRecords } from '../corrections/diff.js';
import { correctionPath, readCorrections, appendCorrections, listCorrectionSources, type CorrectionFile } from '../corrections/file.js';
import { extractorVersion } from '../lib/version.js';
import { writeAtomic, writeIfChanged, fileSignature, listRecordFiles } from '../lib/fs.js';
import { readSealed, writeSealed, invalidNotice } from '../lib/sealed.js';
import { crashPoint } from './crash.js';
import { z } from 'zod';
import type { BuildContext, Problem } from './context.js';
import { readSourceSettings, SOURCE_SETTINGS_FILE, type SettingsFile } from '../ingest/source-settings.js';
import { readMergeFiles, mergedOutcome, type MergedLines } from '../shard/merge.js';

export const manifestEntrySchema = z.object({
  /** The source's bytes. */
  sha256: z.string(),
  extractor: z.string(),
  id: z.string(),
  /** The corrections file's text, or null without one. */
  corrections: z.string().nullable().optional(),
  /** The record file as the build wrote it: a different hash means an editor changed it. */
  output: z.string().nullable().optional(),
  /** fileSignature() of the source and of the record file when their hashes were last taken: the same signature, no need to read them again. */
  sourceStat: z.string().optional(),
  outputStat: z.string().optional(),
  title: z.string().optional(),
  published: z.string().nullable().optional(),
  /** Stale corrections of the last extraction, reported again on every build. */
  stale: z.array(z.string()).optional(),
  /** When the source first entered the archive. */
  ingested: z.string().optional(),
  /** The outlet given for the source when it was extracted (_source.yml, --outlet): another one extracts it again. */
  outlet: z.string().optional(),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
/** Source file name → what the build made of it. Kept sealed (sealed.ts): checked when read. */
export const manifestSchema = z.record(z.string(), manifestEntrySchema);
export type Manifest = z.infer<typeof manifestSchema>;

const MANIFEST = 'manifest.json';
const GENERATED = 'generated';

export function manifestPath(cacheDir: string): string {
  return join(cacheDir, MANIFEST);
}

/** The manifest, if valid; else (missing, or changed by anything but the build) made again from the records, with a notice. */
export function readManifest(ctx: BuildContext): Manifest {
  const path = manifestPath(ctx.options.cacheDir);
  const read = readSealed(path, manifestSchema);
  if (read.ok) return read.value;
  if (!read.missing) ctx.notices.push(invalidNotice(relative(ctx.options.root, path), read.reason));
  return manifestFromRecords(ctx);
}

/** The hash of the build's saved copy of a source's record, or null without one. */
function generatedHash(cacheDir: string, sourceName: string): string | null {
  try {
    return hashOf(readFileSync(generatedCopyPath(cacheDir, sourceName), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Without a manifest, the records say which source and extractor version made them, and the
 * saved generated copies what the build wrote: a record that differs from its copy was edited.
 */
function manifestFromRecords(ctx: BuildContext): Manifest {
  const manifest: Manifest = {};
  for (const name of listRecordFiles(ctx.options.articlesDir)) {
    const path = join(ctx.options.articlesDir, name);
    try {
      const r = parseRecord(path, readFileSync(path, 'utf8'));
      manifest[r.source.file] = {
        sha256: r.source.sha256,
        extractor: r.source.extractor,
        id: r.id,
        output: generatedHash(ctx.options.cacheDir, r.source.file),
        title: r.title,
        published: r.published,
        ...(r.source.ingested ? { ingested: r.source.ingested } : {}),
      };
    } catch {
      /* an unreadable record is reported by the site stage */
    }
  }
  return manifest;
}

export interface SourceEntry {
  /** The path below the sources folder, with "/": "a.txt", "reuters/b.txt". */
  name: string;
  path: string;
  /** The outlet given for it: its folder's _source.yml, else the sources folder's, else --outlet. */
  outlet: string | null;
}

/** A folder named like a text file is a source that became a folder, not a folder of sources. */
const TEXT_FILE_NAME = /\.(?:txt|text|md|markdown)$/i;

type EntryKind = 'file' | 'folder' | null;

/** Whether an entry of the sources folder is a source file, a folder of sources, or neither (reported). */
function classify(ctx: BuildContext, path: string, entry: Dirent, nested: boolean): EntryKind {
  if (entry.name.startsWith('.')) {
    problem(ctx, path, 'read', 'a hidden file (its name starts with a dot): skipped', 'warning');
    return null;
  }
  let isFile = entry.isFile();
  if (entry.isSymbolicLink()) {
    try {
      isFile = statSync(path).isFile();
    } catch {
      problem(ctx, path, 'read', 'a broken link');
      return null;
    }
  }
  if (entry.isDirectory()) {
    if (!nested && !TEXT_FILE_NAME.test(entry.name)) return 'folder';
    problem(ctx, path, 'read', nested ? 'a folder inside a folder of sources: not read (sources are read one folder deep)' : 'is a folder, not a text file');
    return null;
  }
  if (!isFile) {
    // A FIFO, socket or device: reading it could block the build forever.
    problem(ctx, path, 'read', 'not a regular file (a pipe, socket or device): skipped');
    return null;
  }
  return 'file';
}

/** A folder's _source.yml, its problems reported. */
function folderSettings(ctx: BuildContext, folder: string): SettingsFile {
  const file = readSourceSettings(folder);
  for (const reason of file.problems) problem(ctx, file.path, 'read', reason, 'warning');
  return file;
}

/**
 * Every usable file of the sources folder and of its sub-folders (one level deep), with the
 * outlet given for it; folders' _source.yml files are settings, not sources. Hidden files and
 * what cannot be read as a file are reported or skipped.
 */
export function listSources(ctx: BuildContext): SourceEntry[] {
  const dir = ctx.options.sourcesDir;
  if (!existsSync(dir)) return [];
  const rootOutlet = folderSettings(ctx, dir).settings.outlet ?? ctx.options.outlet;
  const out: SourceEntry[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === SOURCE_SETTINGS_FILE) continue;
    const path = join(dir, entry.name);
    const kind = classify(ctx, path, entry, false);
    if (kind === 'file') out.push({ name: entry.name, path, outlet: rootOutlet });
    if (kind !== 'folder') continue;
    const outlet = folderSettings(ctx, path).settings.outlet ?? rootOutlet;
    for (const inner of readdirSync(path, { withFileTypes: true })) {
      if (inner.name === SOURCE_SETTINGS_FILE) continue;
      const innerPath = join(path, inner.name);
      if (classify(ctx, innerPath, inner, true) === 'file') out.push({ name: `${entry.name}/${inner.name}`, path: innerPath, outlet });
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The names of everything in the sources folder and its sub-folders, usable or not. */
function presentNames(dir: string): Set<string> {
  const names = new Set<string>();
  if (!existsSync(dir)) return names;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name !== SOURCE_SETTINGS_FILE) names.add(entry.name);
    if (entry.isDirectory() && !TEXT_FILE_NAME.test(entry.name) && !entry.name.startsWith('.')) {
      for (const inner of readdirSync(join(dir, entry.name))) if (inner !== SOURCE_SETTINGS_FILE) names.add(`${entry.name}/${inner}`);
    }
  }
  return names;
}

function problem(ctx: BuildContext, path: string, stage: Problem['stage'], reason: string, level: Problem['level'] = 'error'): void {
  ctx.problems.push({ file: relative(ctx.options.root, path) || path, stage, reason, level });
}

function timedSync<T>(ctx: BuildContext, stage: string, fn: () => T): T {
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    ctx.timings[stage] = (ctx.timings[stage] ?? 0) + (performance.now() - t0);
  }
}

/** The merged files' lines (`--merge`); a file or line that cannot be read is reported, not used. */
function mergeLines(ctx: BuildContext, files: string[]): MergedLines {
  const merged = readMergeFiles(files);
  for (const p of merged.problems) problem(ctx, p.file, 'read', p.reason);
  return merged;
}

/** Folder of the build's own copies of the records it wrote. */
export function generatedDir(cacheDir: string): string {
  return join(cacheDir, GENERATED);
}

/** The build's own copy of each record it wrote, to tell an editor's change from its own. */
export function generatedCopyPath(cacheDir: string, sourceName: string): string {
  return join(generatedDir(cacheDir), `${encodeURIComponent(sourceName)}.md`);
}

function correctable(r: ArticleRecord): CorrectableRecord {
  return { data: recordSchema.parse(r), body: r.body, boilerplate: r.boilerplate ?? null };
}

type EditOutcome = 'absorbed' | 'reformatted' | 'blocked';

/**
 * A record that differs from what the build last wrote was edited by hand: the difference
 * becomes corrections (appended to the source's corrections file) before anything is rewritten.
 * When that cannot be done, the edited file is left as it is and the build says why.
 */
function absorbHandEdit(ctx: BuildContext, sourceName: string, recordPath: string, text: string, generatedText: string | null): EditOutcome {
  const { cacheDir, correctionsDir } = ctx.options;
  const copy = generatedCopyPath(cacheDir, sourceName);
  let edited: ArticleRecord;
  try {
    edited = parseRecord(recordPath, text);
  } catch (err) {
    problem(
      ctx,
      recordPath,
      'correction',
      `edited by hand but cannot be read (${(err as Error).message.replace(`${recordPath}: `, '')}): left as it is; fix it, or delete it to regenerate`,
    );
    return 'blocked';
  }
  let generated: ArticleRecord;
  try {
    if (generatedText === null) throw new Error('no copy');
    generated = parseRecord(copy, generatedText);
  } catch {
    problem(
      ctx,
      recordPath,
      'correction',
      'edited by hand, and the build has no copy of what it wrote to compare with: left as it is; move the change into content/corrections, or delete the record to regenerate',
    );
    return 'blocked';
  }
  const ops = diffRecords(correctable(generated), correctable(edited));
  if (!ops.length) {
    problem(ctx, recordPath, 'correction', 'reformatted by hand with no field changed: written again', 'warning');
    return 'reformatted';
  }
  const corrPath = correctionPath(correctionsDir, sourceName);
  // Named by what was edited into what: appended once, even if this build is killed before the record is rewritten.
  const marker = `(edit ${hashOf(`${generatedText}\u0000${text}`).slice(0, 16)})`;
  const appended = appendCorrections(corrPath, sourceName, ops, `From a hand edit of content/articles/${edited.id}.md`, marker);
  if (appended !== null) {
    ctx.corrections.fromEdits += ops.length;
    crashPoint('hand-edit-appended');
  }
  problem(
    ctx,
    recordPath,
    'correction',
    `edited by hand: kept as ${ops.length} correction${ops.length === 1 ? '' : 's'} in ${relative(ctx.options.root, corrPath)}`,
    'warning',
  );
  return 'absorbed';
}

interface Pending {
  name: string;
  path: string;
  /** Null when the source was not read (its signature was the manifest's): read when extracted. */
  bytes: Buffer | null;
  /** Its signature, taken before it was read (a change after that is seen by the next build). */
  sourceStat: string | null;
  hash: string;
  /** The outlet given for it (_source.yml, --outlet). */
  outlet: string | null;
  before: ManifestEntry | undefined;
  corrections: { text: string; file: CorrectionFile } | null;
  correctionsHash: string | null;
}

function loadCorrections(ctx: BuildContext, sourceName: string): Pick<Pending, 'corrections' | 'correctionsHash'> {
  const corrections = readCorrections(correctionPath(ctx.options.correctionsDir, sourceName));
  return { corrections, correctionsHash: corrections ? hashOf(corrections.text) : null };
}

function progressBar(ctx: BuildContext, total: number): SingleBar | null {
  const tty = Boolean(process.stderr.isTTY) && !process.env.CI;
  if (ctx.options.quiet || !tty || total < 20) return null;
  const bar = new SingleBar(
    { format: 'extracting {bar} {value}/{total} sources · {eta_formatted} left', stream: process.stderr, hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

/**
 * Brings content/articles up to date with content/sources. Sources are extracted by
 * `ctx.options.jobs` threads (extract-pool.ts); their outcomes are applied in source order, so
 * records, ids and the manifest are the same whatever the number of threads.
 */
export async function syncRecords(ctx: BuildContext): Promise<void> {
  const { articlesDir, cacheDir, correctionsDir, root } = ctx.options;
  mkdirSync(articlesDir, { recursive: true });
  const version = extractorVersion();
  const previous = timedSync(ctx, 'records.read', () => readManifest(ctx));
  const next: Manifest = {};
  const idsTaken = new Map<string, string>();
  const sources = listSources(ctx);
  const work: Pending[] = [];

  // Pass 1: what changed, and whether an editor changed a record by hand.
  timedSync(ctx, 'records.read', () => {
    for (const src of sources) {
      const before = previous[src.name];
      // A source whose file signature is the one its hash was taken with is not read again.
      const sourceStat = fileSignature(src.path);
      let bytes: Buffer | null = null;
      let hash: string;
      if (before && sourceStat !== null && before.sourceStat === sourceStat) hash = before.sha256;
      else {
        try {
          bytes = readFileSync(src.path);
        } catch (err) {
          problem(ctx, src.path, 'read', `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
          ctx.counts.failed++;
          keep(src.name, previous[src.name]);
          continue;
        }
        hash = hashOf(bytes);
      }
      let corr = loadCorrections(ctx, src.name);
      if (corr.corrections?.file.errors.length) {
        // Applying part of it, or none, would publish what the editor corrected: the last good record stays.
        brokenCorrections(src.name, corr.corrections.file, before);
        ctx.counts.failed++;
        keep(src.name, before);
        continue;
      }
      const recordPath = before ? join(articlesDir, `${before.id}.md`) : null;
      const outputStat = recordPath !== null ? fileSignature(recordPath) : null;
      const recordExists = outputStat !== null;
      let edited = false;
      if (before && recordPath && recordExists && before.output && before.outputStat !== outputStat) {
        const text = readFileSync(recordPath, 'utf8');
        const generatedText = readGenerated(src.name);
        // Not the build's last output, nor its saved copy (a build killed before it wrote the manifest): an editor's.
        if (hashOf(text) !== before.output && text !== generatedText) {
          const outcome = absorbHandEdit(ctx, src.name, recordPath, text, generatedText);
          if (outcome === 'blocked') {
            ctx.counts.unchanged++;
            keep(src.name, before);
            continue;
          }
          edited = true;
          corr = loadCorrections(ctx, src.name);
        }
      }
      const upToDate =
        !ctx.options.force &&
        !edited &&
        before !== undefined &&
        recordExists &&
        before.sha256 === hash &&
        before.extractor === version &&
        (before.outlet ?? null) === src.outlet &&
        (before.corrections ?? null) === corr.correctionsHash;
      if (upToDate) {
        // Both files' contents checked (or their signatures unchanged): remember the signatures.
        keep(src.name, { ...before, ...(sourceStat ? { sourceStat } : {}), ...(outputStat && before.output ? { outputStat } : {}) });
        ctx.counts.unchanged++;
        for (const s of before.stale ?? []) staleProblem(src.name, s);
        ctx.corrections.stale += before.stale?.length ?? 0;
        continue;
      }
      work.push({ name: src.name, path: src.path, bytes, sourceStat, hash, outlet: src.outlet, before, ...corr });
    }
  });

  // Pass 2: extract what changed (or take its extraction from the merged lines of a sharded run:
  // src/shard/merge.ts), apply corrections, write.
  const bar = progressBar(ctx, work.length);
  const merged = ctx.options.merge?.length ? mergeLines(ctx, ctx.options.merge) : null;
  const fromLines = work.map((w) =>
    mergedOutcome(merged, { name: w.name, sha256: w.hash, extractor: version, outlet: w.outlet, published: ctx.options.published }),
  );
  if (merged) ctx.merged = { used: fromLines.filter(Boolean).length, lines: merged.lines.size };
  const tasks = work
    .filter((_, i) => !fromLines[i])
    .map((w) => ({ name: w.name, path: w.path, bytes: w.bytes, published: ctx.options.published, outlet: w.outlet, version }));
  const threads = workerCount(tasks.length, ctx.options.jobs);
  if (tasks.length) ctx.extractThreads = Math.max(threads, 1);
  const t0 = performance.now();
  let applying = 0;
  const extracted = extractAll(tasks, {
    threads,
    onDone: () => bar?.increment(),
    onPoolFailure: (reason) => {
      ctx.extractThreads = 1;
      ctx.notices.push(`the extraction workers could not run (${reason}): the sources were extracted in the build's own thread`);
    },
  });
  try {
    // In source order, whichever way each source's extraction came: the same ids, records and manifest.
    for (let i = 0; i < work.length; i++) {
      let outcome = fromLines[i];
      const merged = outcome !== null;
      if (merged) bar?.increment();
      else {
        const next = await extracted.next();
        if (next.done) throw new Error('the extraction ended before its last source');
        outcome = next.value;
      }
      const t1 = performance.now();
      applyOutcome(work[i], outcome!, merged);
      applying += performance.now() - t1;
    }
  } finally {
    await extracted.return(undefined);
    bar?.stop();
  }
  // Extraction time as this build waited for it (the workers' own times, summed, are records.ingest and records.extract).
  ctx.timings['records.extract.wall'] = (ctx.timings['records.extract.wall'] ?? 0) + (performance.now() - t0 - applying);

  // A source still there but unusable (now a folder, a broken link) keeps its record.
  const present = presentNames(ctx.options.sourcesDir);
  for (const name of present) if (!next[name]) keep(name, previous[name]);
  for (const [name, entry] of Object.entries(previous)) {
    if (present.has(name) || next[name]) continue;
    if (removeRecord(ctx, entry.id, name)) ctx.counts.removed++;
    rmSync(generatedCopyPath(cacheDir, name), { force: true });
  }
  for (const name of listCorrectionSources(correctionsDir)) {
    if (!present.has(name)) {
      problem(ctx, correctionPath(correctionsDir, name), 'correction', `corrects content/sources/${name}, which is not there: kept, not applied`, 'warning');
    }
  }
  crashPoint('records-written');
  writeSealed(manifestPath(cacheDir), next);

  function readGenerated(sourceName: string): string | null {
    try {
      return readFileSync(generatedCopyPath(cacheDir, sourceName), 'utf8');
    } catch {
      return null;
    }
  }

  /** A corrections file that cannot be read: an error on every build until it is fixed. */
  function brokenCorrections(sourceName: string, file: CorrectionFile, before: ManifestEntry | undefined): void {
    const reasons = file.errors.map((e) => (e.index >= 0 ? `entry ${e.index + 1}: ${e.reason}` : e.reason)).join('; ');
    const kept = before ? `the last good record (content/articles/${before.id}.md) stays published` : 'the source is not published';
    ctx.problems.push({
      file: relative(root, correctionPath(correctionsDir, sourceName)),
      stage: 'correction',
      reason: `cannot be read (${reasons}): ${kept} until it is fixed`,
      level: 'error',
      fails: true,
    });
  }

  function keep(name: string, entry: ManifestEntry | undefined): void {
    if (!entry) return;
    next[name] = entry;
    idsTaken.set(entry.id, name);
  }

  function staleProblem(sourceName: string, reason: string): void {
    problem(ctx, correctionPath(correctionsDir, sourceName), 'correction', `stale: ${reason} (kept in the file, not applied)`, 'warning');
  }

  /** Applies one source's extraction: corrections, its id, its record written. */
  /** `merged`: the extraction came from a merged line (another machine's time is not this build's). */
  function applyOutcome(w: Pending, outcome: ExtractOutcome, merged = false): void {
    if (!outcome.ok) {
      problem(ctx, w.path, outcome.stage, outcome.reason);
      ctx.counts.failed++;
      keep(w.name, w.before); // keep what was built before
      return;
    }
    if (!merged) {
      ctx.timings['records.ingest'] = (ctx.timings['records.ingest'] ?? 0) + outcome.ms.ingest;
      ctx.timings['records.extract'] = (ctx.timings['records.extract'] ?? 0) + outcome.ms.extract;
    }
    try {
      let parts: RecordParts = outcome.parts;
      // A source keeps the day it first entered the archive through every re-extraction.
      const ingested = w.before?.ingested ?? ctx.options.today;
      parts.data.source.ingested = ingested;
      for (const warning of outcome.warnings) problem(ctx, w.path, 'extract', warning, 'warning');
      const stale: string[] = [];
      if (w.corrections) {
        const file = w.corrections.file;
        const corrPath = correctionPath(correctionsDir, w.name);
        parts = timedSync(ctx, 'records.corrections', () => {
          const result = applyCorrections(parts, file.ops);
          ctx.corrections.applied += result.applied;
          for (const s of result.stale) stale.push(`${s.op}: ${s.reason}`);
          for (const s of result.invalid) problem(ctx, corrPath, 'correction', `${s.op}: not applied, the record would not be valid (${s.reason})`);
          const explicitId = file.ops.some((op) => 'set' in op && 'value' in op && op.set === 'id');
          const record = result.record;
          if (!explicitId) record.data.id = recordId(record.data.published, record.data.title);
          return record;
        });
        for (const s of stale) staleProblem(w.name, s);
        ctx.corrections.stale += stale.length;
      }
      let id = parts.data.id;
      if (idsTaken.has(id) && idsTaken.get(id) !== w.name) id = `${id}-${w.hash.slice(0, 6)}`;
      for (let n = 2, base = id; idsTaken.has(id) && idsTaken.get(id) !== w.name; n++) id = `${base}-${n}`; // same bytes twice
      parts.data.id = id;
      idsTaken.set(id, w.name);
      timedSync(ctx, 'records.write', () => {
        const markdown = toMarkdown(parts.data, parts.body, parts.boilerplate);
        const path = join(articlesDir, `${id}.md`);
        if (w.before && !w.before.output && existsSync(path)) backUpUnvouched(path, markdown);
        // The copy first: a build killed between the two writes leaves a record that is the last
        // output (not taken for a hand edit), never a new record without its copy.
        writeIfChanged(generatedCopyPath(cacheDir, w.name), markdown);
        writeIfChanged(path, markdown);
        crashPoint('record-written');
        if (w.before && w.before.id !== id) removeRecord(ctx, w.before.id, w.name);
        const outputStat = fileSignature(path);
        next[w.name] = {
          sha256: w.hash,
          ...(w.sourceStat ? { sourceStat: w.sourceStat } : {}),
          ...(outputStat ? { outputStat } : {}),
          extractor: version,
          id,
          corrections: w.correctionsHash,
          output: hashOf(markdown),
          title: parts.data.title,
          published: parts.data.published,
          ingested: parts.data.source.ingested,
          ...(w.outlet ? { outlet: w.outlet } : {}),
          ...(stale.length ? { stale } : {}),
        };
      });
      if (w.before) ctx.counts.changed++;
      else ctx.counts.new++;
    } catch (err) {
      problem(ctx, w.path, 'extract', (err as Error).message);
      ctx.counts.failed++;
      keep(w.name, w.before); // keep what was built before
    }
  }

  /**
   * Without the cache, the build cannot tell a hand edit from its own output: a record it is
   * about to replace with different content is kept in the cache folder and named.
   */
  function backUpUnvouched(path: string, markdown: string): void {
    const old = readFileSync(path, 'utf8');
    if (old === markdown) return;
    const backup = join(cacheDir, 'replaced', relative(articlesDir, path));
    writeAtomic(backup, old);
    problem(ctx, path, 'correction', `replaced without a cache entry to check it against; the previous file is in ${relative(root, backup)}`, 'warning');
  }
}

/** Removes a record only when it is the one made from that source. */
function removeRecord(ctx: BuildContext, id: string, sourceName: string): boolean {
  const path = join(ctx.options.articlesDir, `${id}.md`);
  if (!existsSync(path)) return false;
  try {
    const r = parseRecord(path, readFileSync(path, 'utf8'));
    if (r.source.file !== sourceName) return false;
  } catch {
    return false;
  }
  rmSync(path);
  return true;
}
