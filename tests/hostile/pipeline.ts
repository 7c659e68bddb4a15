/** The pipeline a source goes through before the site: ingest → extract → write → read back. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { extract } from '../../src/extract/index.js';
import { toRecord } from '../../src/write/record.js';
import { toMarkdown, parseRecord } from '../../src/write/markdown.js';
import { recordSchema } from '../../src/write/schema.js';

export const HOSTILE = resolve(import.meta.dirname, '../fixtures/hostile');
/** Every fixture, hidden ones included. */
export const HOSTILE_FILES = readdirSync(HOSTILE).sort();

export function fixture(name: string): Buffer {
  return readFileSync(join(HOSTILE, name));
}

export function roundTrip(file: string, bytes: Uint8Array) {
  const doc = ingest(file, bytes);
  const x = extract(doc);
  const parts = toRecord(doc, x, 'test', file);
  const markdown = toMarkdown(parts.data, parts.body, parts.boilerplate);
  const record = parseRecord(`${parts.data.id}.md`, markdown);
  recordSchema.parse(record);
  return { doc, x, parts, markdown, record };
}
