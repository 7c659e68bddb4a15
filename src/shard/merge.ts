/**
 * `news-archive build --merge FILE...`: the reduce side of a sharded extraction. The JSON lines of
 * `extract --project` runs (project-lines.ts) are read, each checked; the records stage then takes
 * a source's extraction from its line instead of extracting it, when the line was made from the
 * same bytes, by the same extractor, with the same outlet and date given. Everything after
 * extraction (corrections, ids, records, the site) is the normal build's, so the records are
 * byte-identical to a one-machine build's. A line that no longer fits is not used (the source is
 * extracted as usual); a line that cannot be read is reported with its file and line number.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ExtractOutcome } from '../pipeline/extract-source.js';

/** One source's extraction, as `build --merge` reads it. */
export interface MergeLine {
  /** The source's name below content/sources ("a.txt", "reuters/b.txt"). */
  source: string;
  sha256: string;
  extractor: string;
  /** The outlet given for it (_source.yml, --outlet), and the date given (--published). */
  outlet: string | null;
  published: string | null;
  outcome: ExtractOutcome;
}

const outcomeSchema = z.union([
  z.object({
    ok: z.literal(true),
    parts: z.looseObject({
      data: z.looseObject({ id: z.string(), source: z.looseObject({ file: z.string() }) }),
      body: z.string(),
      boilerplate: z.string().nullable(),
    }),
    warnings: z.array(z.string()),
    ms: z.object({ ingest: z.number(), extract: z.number() }),
  }),
  z.object({ ok: z.literal(false), stage: z.enum(['decode', 'extract']), reason: z.string() }),
]);

const lineSchema = z.object({
  source: z.string(),
  sha256: z.string(),
  extractor: z.string(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  outcome: outcomeSchema,
});

/** The lines of the merged files by source name; a line of an error, or unreadable, reported. */
export interface MergedLines {
  lines: Map<string, MergeLine>;
  problems: { file: string; reason: string }[];
}

/** Reads the JSON-lines files of `extract --project` runs. A later line of a source replaces an earlier one. */
export function readMergeFiles(files: string[]): MergedLines {
  const lines = new Map<string, MergeLine>();
  const problems: MergedLines['problems'] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      problems.push({ file, reason: `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` });
      continue;
    }
    text.split('\n').forEach((raw, i) => {
      if (!raw.trim()) return;
      const where = `${file}:${i + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        problems.push({ file: where, reason: 'not JSON' });
        return;
      }
      if (value && typeof value === 'object' && 'error' in value) return; // the map run's own report of a source it could not read
      const line = lineSchema.safeParse(value);
      if (!line.success) {
        problems.push({
          file: where,
          reason: `not a line of extract --project (${line.error.issues[0]?.path.join('.') || 'line'}: ${line.error.issues[0]?.message})`,
        });
        return;
      }
      lines.set(line.data.source, line.data as MergeLine);
    });
  }
  return { lines, problems };
}

/** What a source is extracted from in this build. */
export interface MergeKey {
  name: string;
  sha256: string;
  extractor: string;
  outlet: string | null;
  published: string | null;
}

/** The merged extraction of a source, if its line was made from what this build would extract. */
export function mergedOutcome(merged: MergedLines | null, key: MergeKey): ExtractOutcome | null {
  const line = merged?.lines.get(key.name);
  if (!line) return null;
  const same = line.sha256 === key.sha256 && line.extractor === key.extractor && line.outlet === key.outlet && line.published === key.published;
  return same ? line.outcome : null;
}
