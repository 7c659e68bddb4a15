/**
 * Stage 1: content/sources → content/articles. Only sources whose bytes or the extractor's
 * version changed are extracted again (a content-hash manifest in the cache folder, rebuilt
 * from the records themselves when the cache is gone). A source that cannot be used is
 * reported and its earlier record, if any, is kept as it was.
 */
import { readdirSync, readFileSync, statSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ingest, sha256, DecodeError } from '../ingest/index.js';
import { extract } from '../extract/index.js';
import { toRecord } from '../write/record.js';
import { toMarkdown, parseRecord } from '../write/markdown.js';
import { extractorVersion } from './version.js';
import { writeAtomic, writeIfChanged } from './fs.js';
import type { BuildContext, Problem } from './context.js';

interface ManifestEntry {
  sha256: string;
  extractor: string;
  id: string;
}
type Manifest = Record<string, ManifestEntry>;

const MANIFEST = 'manifest.json';

export function readManifest(ctx: BuildContext): Manifest {
  const path = join(ctx.options.cacheDir, MANIFEST);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    return manifestFromRecords(ctx);
  }
}

/** Without a cache, the records say which source and extractor version made them. */
function manifestFromRecords(ctx: BuildContext): Manifest {
  const manifest: Manifest = {};
  for (const name of listRecordFiles(ctx.options.articlesDir)) {
    const path = join(ctx.options.articlesDir, name);
    try {
      const r = parseRecord(path, readFileSync(path, 'utf8'));
      manifest[r.source.file] = { sha256: r.source.sha256, extractor: r.source.extractor, id: r.id };
    } catch {
      /* an unreadable record is reported by the site stage */
    }
  }
  return manifest;
}

export function listRecordFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.md') && !n.startsWith('.'))
    .sort();
}

export interface SourceEntry {
  name: string;
  path: string;
}

/** Every usable file of the sources folder; folders and hidden files are reported or skipped. */
export function listSources(ctx: BuildContext): SourceEntry[] {
  const dir = ctx.options.sourcesDir;
  if (!existsSync(dir)) return [];
  const out: SourceEntry[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        isFile = statSync(path).isFile();
      } catch {
        problem(ctx, path, 'read', 'a broken link');
        continue;
      }
    }
    if (entry.isDirectory()) {
      problem(ctx, path, 'read', 'is a folder, not a text file');
      continue;
    }
    if (!isFile) continue;
    out.push({ name: entry.name, path });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function problem(ctx: BuildContext, path: string, stage: Problem['stage'], reason: string, level: Problem['level'] = 'error'): void {
  ctx.problems.push({ file: relative(ctx.options.root, path) || path, stage, reason, level });
}

export function syncRecords(ctx: BuildContext): void {
  const { articlesDir, cacheDir } = ctx.options;
  mkdirSync(articlesDir, { recursive: true });
  const version = extractorVersion();
  const previous = readManifest(ctx);
  const next: Manifest = {};
  const idsTaken = new Map<string, string>();
  const sources = listSources(ctx);

  for (const src of sources) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(src.path);
    } catch (err) {
      problem(ctx, src.path, 'read', `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
      ctx.counts.failed++;
      if (previous[src.name]) next[src.name] = previous[src.name];
      continue;
    }
    const hash = sha256(bytes);
    const before = previous[src.name];
    if (!ctx.options.force && before && before.sha256 === hash && before.extractor === version && existsSync(join(articlesDir, `${before.id}.md`))) {
      next[src.name] = before;
      idsTaken.set(before.id, src.name);
      ctx.counts.unchanged++;
      continue;
    }
    try {
      const doc = ingest(src.name, bytes, { published: ctx.options.published });
      const x = extract(doc);
      const parts = toRecord(doc, x, version, src.name);
      let id = parts.data.id;
      if (idsTaken.has(id) && idsTaken.get(id) !== src.name) id = `${id}-${hash.slice(0, 6)}`;
      parts.data.id = id;
      idsTaken.set(id, src.name);
      for (const w of x.warnings) problem(ctx, src.path, 'extract', w, 'warning');
      const markdown = toMarkdown(parts.data, parts.body, parts.boilerplate);
      writeIfChanged(join(articlesDir, `${id}.md`), markdown);
      if (before && before.id !== id) removeRecord(ctx, before.id, src.name);
      next[src.name] = { sha256: hash, extractor: version, id };
      if (before) ctx.counts.changed++;
      else ctx.counts.new++;
    } catch (err) {
      const stage = err instanceof DecodeError ? 'decode' : 'extract';
      problem(ctx, src.path, stage, (err as Error).message);
      ctx.counts.failed++;
      if (before) next[src.name] = before; // keep what was built before
    }
  }

  const present = new Set(sources.map((s) => s.name));
  for (const [name, entry] of Object.entries(previous)) {
    if (present.has(name) || next[name]) continue;
    if (removeRecord(ctx, entry.id, name)) ctx.counts.removed++;
  }
  writeAtomic(join(cacheDir, MANIFEST), JSON.stringify(next, null, 1));
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
