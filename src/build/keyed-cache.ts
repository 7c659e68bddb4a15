/**
 * Values kept between builds in JSON, by a key (a content hash) and under a version (a hash of the
 * code that makes them): what one build asked for is what the next one finds. A missing,
 * unreadable or other-version file is an empty cache. Used for the site's parsed records
 * (src/site/records.ts) and the search index's analysed documents (src/search/tokens.ts).
 *
 * At 10,000 articles the file holds hundreds of megabytes, and a build that added one article needs
 * one new entry: so the file is a base and a delta beside it (`<name>.delta.json`). A build that
 * made few new values writes the delta only (the keys it used, and the values the base lacks); the
 * base is written again, whole, once the delta or the base's unused entries grow past a share of it.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { writeAtomic } from './fs.js';

/** A delta may hold up to this share of the entries (and at least MIN_DELTA) before the base is rewritten. */
const DELTA_SHARE = 0.1;
const MIN_DELTA = 16;
/** The base is rewritten when more than this share of its entries is no longer used. */
const UNUSED_SHARE = 0.25;

interface BaseFile<T> {
  version?: string;
  /** Identifies this base: a delta applies to the base it was written beside. */
  id?: string;
  entries?: Record<string, T>;
}

interface DeltaFile<T> {
  version?: string;
  base?: string;
  /** Every key the build that wrote it used (the base's others are forgotten). */
  keys?: string[];
  /** The values of those keys that the base lacks. */
  entries?: Record<string, T>;
}

function readJson<F>(path: string): F | null {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as F;
  } catch {
    return null; // unreadable: everything is made again
  }
}

export class KeyedCache<T> {
  private readonly old = new Map<string, T>();
  private readonly used = new Map<string, T>();
  /** Keys of the base file as read, and its id. */
  private readonly base = new Set<string>();
  private baseId: string | null = null;
  private misses = 0;

  constructor(
    private readonly path: string | null,
    private readonly version: string,
  ) {
    if (!path) return;
    const base = readJson<BaseFile<T>>(path);
    if (base?.version !== version || !base.entries || !base.id) return;
    this.baseId = base.id;
    const entries = Object.entries(base.entries);
    for (const [k] of entries) this.base.add(k);
    const delta = readJson<DeltaFile<T>>(this.deltaPath());
    if (delta?.version === version && delta.base === base.id && delta.keys && delta.entries) {
      for (const k of delta.keys) {
        const v = delta.entries[k] ?? base.entries[k];
        if (v !== undefined) this.old.set(k, v);
      }
    } else for (const [k, v] of entries) this.old.set(k, v);
  }

  private deltaPath(): string {
    return `${this.path}.delta.json`;
  }

  /** Whether a value is kept under the key. */
  has(key: string): boolean {
    return this.used.has(key) || this.old.has(key);
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
    const fresh = [...this.used].filter(([k]) => !this.base.has(k));
    let unused = 0;
    for (const k of this.base) if (!this.used.has(k)) unused++;
    const small = fresh.length <= Math.max(MIN_DELTA, this.used.size * DELTA_SHARE) && unused <= this.base.size * UNUSED_SHARE;
    if (this.baseId && small) {
      const delta: DeltaFile<T> = { version: this.version, base: this.baseId, keys: [...this.used.keys()], entries: Object.fromEntries(fresh) };
      writeAtomic(this.deltaPath(), JSON.stringify(delta));
      return;
    }
    const base: BaseFile<T> = { version: this.version, id: randomUUID(), entries: Object.fromEntries(this.used) };
    writeAtomic(this.path, JSON.stringify(base));
    rmSync(this.deltaPath(), { force: true });
  }
}
