/**
 * Where corrections live: `content/corrections/<source file name>.yml`, one file per source,
 * keyed by the source (not the record id) so that a corrected title, which changes the record's
 * id and file name, still finds its corrections. The file is a YAML list of operations (see
 * ops.ts); comments are the editor's and are never rewritten: new operations are appended.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { writeAtomic } from '../lib/fs.js';
import { correctionOp, type CorrectionOp } from './ops.js';

const yaml = (matter as unknown as { engines: { yaml: { parse(s: string): unknown; stringify(v: unknown): string } } }).engines.yaml;

export const CORRECTION_EXTENSION = '.yml';

export function correctionPath(correctionsDir: string, sourceName: string): string {
  return join(correctionsDir, `${sourceName}${CORRECTION_EXTENSION}`);
}

/** Source names that have a corrections file (sources in a folder of sources: "folder/name"). */
export function listCorrectionSources(correctionsDir: string): string[] {
  if (!existsSync(correctionsDir)) return [];
  const names: string[] = [];
  for (const entry of readdirSync(correctionsDir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      for (const inner of readdirSync(join(correctionsDir, entry.name))) {
        if (inner.endsWith(CORRECTION_EXTENSION) && !inner.startsWith('.')) names.push(`${entry.name}/${inner.slice(0, -CORRECTION_EXTENSION.length)}`);
      }
    } else if (entry.name.endsWith(CORRECTION_EXTENSION)) names.push(entry.name.slice(0, -CORRECTION_EXTENSION.length));
  }
  return names.sort();
}

/** YAML reads an unquoted 2023-03-24 as a date: corrections hold dates as text. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

export interface CorrectionFile {
  ops: CorrectionOp[];
  /** Entries that are not operations, with their 0-based position and why. */
  errors: { index: number; reason: string }[];
}

export function parseCorrections(text: string): CorrectionFile {
  let parsed: unknown;
  try {
    parsed = yaml.parse(text);
  } catch (err) {
    return { ops: [], errors: [{ index: -1, reason: `not YAML: ${(err as Error).message.split('\n')[0]}` }] };
  }
  if (parsed === null || parsed === undefined) return { ops: [], errors: [] };
  if (!Array.isArray(parsed)) return { ops: [], errors: [{ index: -1, reason: 'must be a YAML list of corrections' }] };
  const ops: CorrectionOp[] = [];
  const errors: CorrectionFile['errors'] = [];
  parsed.forEach((entry, index) => {
    const checked = correctionOp.safeParse(plain(entry));
    if (checked.success) ops.push(checked.data);
    else errors.push({ index, reason: `not a correction (set, add, remove, update or replace): ${JSON.stringify(entry)}` });
  });
  return { ops, errors };
}

export function readCorrections(path: string): { text: string; file: CorrectionFile } | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  return { text, file: parseCorrections(text) };
}

export function formatOps(ops: readonly CorrectionOp[]): string {
  return yaml.stringify(JSON.parse(JSON.stringify(ops)));
}

const HEADER = (sourceName: string) =>
  `# Corrections to content/sources/${sourceName}, applied after every extraction.\n` +
  `# Operations: set, add, remove, update, replace (see README, "Corrections").\n`;

/**
 * Appends operations to a source's corrections file, keeping what is there, under a comment line
 * `# <note>`; returns the new text. With a `marker` (a token naming this change, e.g. the hash of a
 * hand edit), nothing is appended when the file holds it already: a build killed after the write
 * and run again does not add the same operations twice. Returns null then.
 */
export function appendCorrections(path: string, sourceName: string, ops: readonly CorrectionOp[], note: string, marker?: string): string | null {
  let existing = '';
  try {
    existing = readFileSync(path, 'utf8');
  } catch {
    existing = HEADER(sourceName);
  }
  if (marker && existing.includes(marker)) return null;
  if (marker) note = `${note} ${marker}`;
  const sep = existing === '' || existing.endsWith('\n') ? '' : '\n';
  const text = `${existing}${sep}# ${note}\n${formatOps(ops)}`;
  writeAtomic(path, text);
  return text;
}
