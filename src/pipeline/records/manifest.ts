/**
 * The records stage's cache: the manifest (source file → what the build made of it) and the
 * build's own copies of the records it wrote, which tell an editor's change from its own.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { hashOf } from '../../lib/hash.js';
import { listRecordFiles } from '../../lib/fs.js';
import { readSealed, invalidNotice } from '../../lib/sealed.js';
import { parseRecord } from '../../write/markdown.js';
import type { BuildContext } from '../context.js';

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

/** Folder of the build's own copies of the records it wrote. */
export function generatedDir(cacheDir: string): string {
  return join(cacheDir, GENERATED);
}

/** The build's own copy of each record it wrote, to tell an editor's change from its own. */
export function generatedCopyPath(cacheDir: string, sourceName: string): string {
  return join(generatedDir(cacheDir), `${encodeURIComponent(sourceName)}.md`);
}

/** The build's own copy of a source's record, or null without one. */
export function readGenerated(cacheDir: string, sourceName: string): string | null {
  try {
    return readFileSync(generatedCopyPath(cacheDir, sourceName), 'utf8');
  } catch {
    return null;
  }
}
