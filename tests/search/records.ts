/** Article records built the way the site builds them: ingest + extract + the record writer and reader. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { extract } from '../../src/extract/index.js';
import { toRecord } from '../../src/write/record.js';
import { toMarkdown, parseRecord } from '../../src/write/markdown.js';
import type { ArticleRecord } from '../../src/write/schema.js';
import { SEEDS, SEED_FILES, MEANTIME } from '../helpers/project.js';

export function recordsOf(dir: string, files: string[]): ArticleRecord[] {
  return files.map((f) => {
    const doc = ingest(f, readFileSync(join(dir, f)));
    const parts = toRecord(doc, extract(doc), 'test', f);
    return parseRecord(`${parts.data.id}.md`, toMarkdown(parts.data, parts.body, parts.boilerplate));
  });
}

export function seedRecords(): ArticleRecord[] {
  return recordsOf(SEEDS, SEED_FILES);
}

export function meantimeRecords(): ArticleRecord[] {
  const dir = join(MEANTIME, 'articles');
  return recordsOf(
    dir,
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort(),
  );
}
