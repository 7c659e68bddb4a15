/** `news-archive extract`: files → one JSON line each, in the order given; an unreadable file gets an `error` line. */
import { readFileSync } from 'node:fs';
import { ingest } from '../ingest/index.js';
import { extract } from './index.js';
import { givenOutlet } from '../ingest/source-settings.js';

export interface ExtractLine {
  file: string;
  error?: string;
  [key: string]: unknown;
}

/**
 * Extracts one file. `outlet` (`--outlet`) applies when neither the file's front matter nor its
 * folder's `_source.yml` gives one.
 */
export function extractFile(file: string, published: string | null, outlet: string | null = null): ExtractLine {
  try {
    const bytes = readFileSync(file);
    const result = extract(ingest(file, bytes, { published, outlet: givenOutlet(file, outlet) }));
    return { file, ...result };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { file, error: e.code === 'EISDIR' ? 'is a folder, not a file' : e.code ? `cannot be read (${e.code})` : e.message };
  }
}
