/** `news-archive extract`: files → one JSON line each, in the order given; an unreadable file gets an `error` line. */
import { readFileSync } from 'node:fs';
import { ingest } from '../ingest/index.js';
import { extract } from './index.js';

export interface ExtractLine {
  file: string;
  error?: string;
  [key: string]: unknown;
}

export function extractFile(file: string, published: string | null): ExtractLine {
  try {
    const bytes = readFileSync(file);
    const result = extract(ingest(file, bytes, { published }));
    return { file, ...result };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { file, error: e.code === 'EISDIR' ? 'is a folder, not a file' : e.code ? `cannot be read (${e.code})` : e.message };
  }
}
