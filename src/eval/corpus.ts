/**
 * The documents of a gold corpus folder (articles/*.txt beside gold/*.json, as MEANTIME and GUM
 * are laid out), each extracted once and timed: what every corpus scorer walks through.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { ingest } from '../ingest/index.js';
import { extract } from '../extract/index.js';
import type { Extraction } from '../types.js';

export interface GoldDocument<G> {
  file: string;
  /** The first three characters of the file name: the document's number in reports. */
  label: string;
  bytes: Buffer;
  raw: string;
  gold: G;
  result: Extraction;
  /** Time taken by ingest and extract, in milliseconds. */
  extractMs: number;
}

/** Every document of `folder` that has a gold file, in file-name order. */
export function* goldDocuments<G>(folder: string): Generator<GoldDocument<G>> {
  const articlesDir = join(folder, 'articles');
  const goldDir = join(folder, 'gold');
  if (!existsSync(articlesDir) || !existsSync(goldDir)) throw new Error(`${folder}: expected articles/ and gold/ folders`);
  for (const file of readdirSync(articlesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const goldFile = join(goldDir, file.replace(/\.txt$/, '.json'));
    if (!existsSync(goldFile)) continue;
    const bytes = readFileSync(join(articlesDir, file));
    const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as G;
    const t0 = performance.now();
    const result = extract(ingest(file, bytes));
    const extractMs = performance.now() - t0;
    yield { file, label: basename(file, '.txt').slice(0, 3), bytes, raw: bytes.toString('utf8'), gold, result, extractMs };
  }
}
