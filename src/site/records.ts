/** Records enter the site here, each checked against the shared schema; a bad one is reported and left out. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecord } from '../write/markdown.js';
import type { ArticleRecord } from '../write/schema.js';
import { listRecordFiles } from '../build/records.js';

export function loadRecords(dir: string, onProblem: (file: string, reason: string) => void): ArticleRecord[] {
  const out: ArticleRecord[] = [];
  const ids = new Set<string>();
  for (const name of listRecordFiles(dir)) {
    const path = join(dir, name);
    try {
      const r = parseRecord(path, readFileSync(path, 'utf8'));
      if (ids.has(r.id)) {
        onProblem(path, `duplicate id "${r.id}": left out`);
        continue;
      }
      ids.add(r.id);
      out.push(r);
    } catch (err) {
      onProblem(path, (err as Error).message.replace(`${path}: `, ''));
    }
  }
  return out;
}
