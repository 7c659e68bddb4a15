/**
 * Extraction throughput in this process (one core): ingest, the extractor pipeline, and the names
 * extractor alone, over the same raw texts, each after a short warm-up.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { extract } from '../../src/extract/index.js';
import type { IngestedDoc } from '../../src/types.js';

export interface Throughput {
  ms: number;
  mbPerS: number;
}

export interface ExtractionResult {
  articles: number;
  mb: number;
  ingest: Throughput;
  extract: Throughput;
  total: Throughput;
  entities: Throughput | null;
  failed: number;
}

const MB = 1024 * 1024;

export async function measureExtraction(files: string[]): Promise<ExtractionResult> {
  const raw = files.map((f) => ({ name: basename(f), bytes: readFileSync(f) }));
  const mb = raw.reduce((s, r) => s + r.bytes.length, 0) / MB;
  // The names extractor alone, if this version of the code exports it.
  const entitiesModule = (await import('../../src/extract/entities/index.js').catch(() => null)) as { extractEntities?: (d: IngestedDoc) => unknown } | null;
  const extractEntities = entitiesModule?.extractEntities;

  const warm = raw.slice(0, Math.min(20, raw.length));
  for (const r of warm) {
    const d = ingest(r.name, r.bytes);
    extract(d);
    extractEntities?.(d);
  }

  let failed = 0;
  const docs: IngestedDoc[] = [];
  let t0 = performance.now();
  for (const r of raw) {
    try {
      docs.push(ingest(r.name, r.bytes));
    } catch {
      failed++;
    }
  }
  const ingestMs = performance.now() - t0;
  t0 = performance.now();
  for (const d of docs) extract(d);
  const extractMs = performance.now() - t0;
  let entities: Throughput | null = null;
  if (extractEntities) {
    t0 = performance.now();
    for (const d of docs) extractEntities(d);
    const ms = performance.now() - t0;
    entities = { ms, mbPerS: mb / (ms / 1000) };
  }
  const tp = (ms: number): Throughput => ({ ms, mbPerS: mb / (ms / 1000) });
  return { articles: raw.length, mb, ingest: tp(ingestMs), extract: tp(extractMs), total: tp(ingestMs + extractMs), entities, failed };
}
