/**
 * Values kept between builds in one JSON file, by a key (a content hash) and under a version (a
 * hash of the code that makes them): what one build asked for is what the next one finds. A
 * missing, unreadable or other-version file is an empty cache. Used for the site's parsed records
 * (src/site/records.ts) and the search index's analysed documents (src/search/tokens.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeAtomic } from './fs.js';

export class KeyedCache<T> {
  private readonly old = new Map<string, T>();
  private readonly used = new Map<string, T>();
  private misses = 0;

  constructor(
    private readonly path: string | null,
    private readonly version: string,
  ) {
    if (!path || !existsSync(path)) return;
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as { version?: string; entries?: Record<string, T> };
      if (data.version === version && data.entries) for (const [k, v] of Object.entries(data.entries)) this.old.set(k, v);
    } catch {
      /* unreadable: everything is made again */
    }
  }

  /** The value kept under the key, or `make()`'s (kept for the next build). */
  get(key: string, make: () => T): T {
    let value = this.used.get(key) ?? this.old.get(key);
    if (value === undefined) {
      value = make();
      this.misses++;
    }
    this.used.set(key, value);
    return value;
  }

  /** Writes the values this build asked for (only when that differs from what was read). */
  save(): void {
    if (!this.path || (!this.misses && this.used.size === this.old.size)) return;
    writeAtomic(this.path, JSON.stringify({ version: this.version, entries: Object.fromEntries(this.used) }));
  }
}
