/**
 * Records enter the site here, each checked against the shared schema; a bad one is reported and
 * left out. With a cache folder, each record file's parsed record and its sentence anchors
 * (articles.ts) are kept by a hash of the file's text and of the code that reads it: a rebuild
 * after adding one article parses and anchors that article alone, and any change to a record
 * file (a hand edit, a re-extraction) changes its hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecord } from '../write/markdown.js';
import type { ArticleRecord } from '../write/schema.js';
import { listRecordFiles } from '../build/records.js';
import { articleAnchors, type ArticleAnchors } from '../archive/articles.js';
import { codeVersion } from '../build/version.js';
import { KeyedCache } from '../build/keyed-cache.js';

/** The code a cached entry depends on: the schema and reader, the sentence splitter, the anchoring. */
const CODE = ['write', 'ingest/sentences.ts', 'archive/sentences.ts', 'archive/articles.ts', 'types.ts'];
const CACHE_FILE = 'site-records.json';

interface Entry {
  record: ArticleRecord;
  anchors: ArticleAnchors;
}

export interface LoadedRecords {
  records: ArticleRecord[];
  /** Sentence anchors of each record (from the cache, or computed on load). */
  anchors: Map<ArticleRecord, ArticleAnchors>;
}

/** Parsed records by the hash of their file's text (stored without their path). */
function cachedRecord(cache: KeyedCache<Entry>, file: string, text: string): Entry {
  const key = createHash('sha256').update(text).digest('base64url').slice(0, 27);
  const entry = cache.get(key, () => {
    const record = parseRecord(file, text);
    return { record: { ...record, path: undefined }, anchors: articleAnchors(record) };
  });
  // The same text may sit in another file: the path is the one asked for.
  return { record: { ...entry.record, path: file, contentHash: key }, anchors: entry.anchors };
}

export function loadRecords(dir: string, onProblem: (file: string, reason: string) => void, cacheDir?: string): LoadedRecords {
  const cache = new KeyedCache<Entry>(cacheDir ? join(cacheDir, CACHE_FILE) : null, codeVersion(CODE));
  const records: ArticleRecord[] = [];
  const anchors = new Map<ArticleRecord, ArticleAnchors>();
  const ids = new Set<string>();
  for (const name of listRecordFiles(dir)) {
    const path = join(dir, name);
    try {
      const { record, anchors: a } = cachedRecord(cache, path, readFileSync(path, 'utf8'));
      if (ids.has(record.id)) {
        onProblem(path, `duplicate id "${record.id}": left out`);
        continue;
      }
      ids.add(record.id);
      records.push(record);
      anchors.set(record, a);
    } catch (err) {
      onProblem(path, (err as Error).message.replace(`${path}: `, ''));
    }
  }
  cache.save();
  return { records, anchors };
}
