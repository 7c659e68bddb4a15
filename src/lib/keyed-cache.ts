/**
 * Values kept between builds in JSON, by a key (a content hash) and under a version (a hash of the
 * code that makes them): what one build asked for is what the next one finds. A missing or
 * other-version file is an empty cache. The files are sealed (sealed.ts: a checksum and a zod
 * schema checked when read) and each value read is checked against the entry schema (or a cheap
 * shape check) when used: an
 * invalid file or value is made again, with a one-line notice, so a wrong cache never changes the
 * output. Used for the site's parsed records
 * (src/site/records.ts) and the search index's analysed documents (src/search/tokens.ts).
 *
 * At 10,000 articles the file holds hundreds of megabytes, and a build that added one article needs
 * one new entry: so the file is a base and a delta beside it (`<name>.delta.json`). A build that
 * made few new values writes the delta only (the keys it used, and the values the base lacks); the
 * base is written again, whole, once the delta or the base's unused entries grow past a share of it.
 * The base is JSON lines (sealed.ts linePieces): its head, then one `[key, value]` a line, each
 * parsed on its own, so that reading it never makes one string of the whole file. A `codec` says how
 * a value is written and read back (src/site/records.ts writes each record's strings once: interned.ts).
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { z } from 'zod';
import { bodyLines, linePieces, readSealed, readSealedBody, sealedChecksum, writeSealed, writeSealedPieces, invalidNotice } from './sealed.js';

/** A delta may hold up to this share of the entries (and at least MIN_DELTA) before the base is rewritten. */
const DELTA_SHARE = 0.1;
const MIN_DELTA = 16;
/** The base is rewritten when more than this share of its entries is no longer used. */
const UNUSED_SHARE = 0.25;

/** The base's first line. */
const headSchema = z.object({
  version: z.string(),
  /** Identifies this base: a delta applies to the base it was written beside. */
  id: z.string(),
});

const deltaSchema = z.object({
  version: z.string(),
  base: z.string(),
  /** Every key the build that wrote it used (the base's others are forgotten). */
  keys: z.array(z.string()),
  /** The values of those keys that the base lacks. */
  entries: z.record(z.string(), z.unknown()),
});

export interface KeyedCacheOptions<T> {
  /** The shape of one value: a value read from the file that does not fit it is made again. */
  entry?: z.ZodType<T>;
  /**
   * A cheap check of a value's shape, used instead of `entry` where a full schema check of every
   * value would cost more than making few of them: the file's checksum already proves the build
   * wrote it, so this only has to catch a value of another shape (a value that fails it is made again).
   */
  shape?: (value: unknown) => value is T;
  /** Where one-line notices go (an invalid file or value); standard error by default. */
  onNotice?: (line: string) => void;
  /** How a value is written into the file and read back from its JSON (by default, as it is); what `decode` gives is then checked by `shape` or `entry`. */
  codec?: { encode: (value: T) => unknown; decode: (json: unknown) => unknown };
}

/** The delta file beside a cache file. */
const deltaPathOf = (path: string) => `${path}.delta.json`;

/**
 * What a cache's files hold now, without reading them: the checksums of its base and its delta.
 * Any save that changes them changes it; a file deleted or replaced does too.
 */
export function cacheFilesState(path: string): string {
  return `${sealedChecksum(path) ?? '-'} ${sealedChecksum(deltaPathOf(path)) ?? '-'}`;
}

/** The entries of a base file's body under its head (an unparsable line makes the file invalid). */
type Base = { ok: true; id: string; entries: [string, unknown][] } | { ok: true; id: null } | { ok: false; reason: string };

function parseBase(body: Buffer, version: string): Base {
  const lines = bodyLines(body);
  try {
    const first = JSON.parse(lines.next().value ?? '') as unknown;
    const head = headSchema.safeParse(first);
    if (!head.success) return { ok: false, reason: 'unexpected content on its first line' };
    // Another version, or a base written whole as one object (the format before JSON lines): empty.
    if (head.data.version !== version || Object.hasOwn(first as object, 'entries')) return { ok: true, id: null };
    const entries: [string, unknown][] = [];
    for (const line of lines) {
      const entry = JSON.parse(line) as unknown;
      if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string') return { ok: false, reason: 'a line that is not a [key, value] pair' };
      entries.push(entry as [string, unknown]);
    }
    return { ok: true, id: head.data.id, entries };
  } catch (err) {
    return { ok: false, reason: `not JSON lines (${(err as Error).message})` };
  }
}

export class KeyedCache<T> {
  private readonly old = new Map<string, T>();
  private readonly used = new Map<string, T>();
  /** Keys of the base file as read, and its id. */
  private readonly base = new Set<string>();
  private baseId: string | null = null;
  private misses = 0;

  private readonly fits?: (value: unknown) => boolean;
  private readonly notice: (line: string) => void;
  private readonly encode: (value: T) => unknown;
  private invalidValues = 0;
  /** Keys whose value read from the file was checked against the entry schema. */
  private readonly verified = new Set<string>();

  constructor(
    protected readonly path: string | null,
    protected readonly version: string,
    options: KeyedCacheOptions<T> = {},
  ) {
    const { entry, shape, codec } = options;
    this.fits = shape ?? (entry && ((value) => entry.safeParse(value).success));
    this.notice = options.onNotice ?? ((line) => console.warn(line));
    this.encode = codec?.encode ?? ((value) => value);
    const decode = (codec?.decode ?? ((json) => json)) as (json: unknown) => T;
    if (!path) return;
    const body = readSealedBody(path);
    if (!body.ok) {
      if (!body.missing) this.notice(invalidNotice(path, body.reason));
      return;
    }
    const base = parseBase(body.value, version);
    if (!base.ok) {
      this.notice(invalidNotice(path, base.reason));
      return;
    }
    if (base.id === null) return;
    this.baseId = base.id;
    for (const [k] of base.entries) this.base.add(k);
    const delta = readSealed(this.deltaPath(), deltaSchema);
    if (!delta.ok && !delta.missing) this.notice(invalidNotice(this.deltaPath(), delta.reason));
    if (delta.ok && delta.value.version === version && delta.value.base === base.id) {
      const baseEntries = new Map(base.entries);
      const deltaEntries = delta.value.entries;
      for (const k of delta.value.keys) {
        const v = deltaEntries[k] ?? baseEntries.get(k);
        if (v !== undefined) this.old.set(k, decode(v));
      }
    } else for (const [k, v] of base.entries) this.old.set(k, decode(v));
  }

  /** A value read from the file, if it fits the entry schema. */
  private checked(key: string): T | undefined {
    const value = this.old.get(key);
    if (value === undefined || !this.fits || this.verified.has(key)) return value;
    if (this.fits(value)) {
      this.verified.add(key);
      return value;
    }
    this.old.delete(key);
    if (this.invalidValues++ === 0) this.notice(invalidNotice(this.path ?? 'cache', `a value of an unexpected shape under ${key}`));
    return undefined;
  }

  private deltaPath(): string {
    return deltaPathOf(this.path ?? '');
  }

  /** Whether a value is kept under the key. */
  has(key: string): boolean {
    return this.used.has(key) || this.checked(key) !== undefined;
  }

  /** The keys this build asked for: what the file holds once saved. */
  keys(): string[] {
    return [...this.used.keys()];
  }

  /** The value kept under the key, or `make()`'s (kept for the next build). */
  get(key: string, make: () => T): T {
    let value = this.used.get(key) ?? this.checked(key);
    if (value === undefined) {
      value = make();
      this.misses++;
    }
    this.used.set(key, value);
    return value;
  }

  /**
   * Lets every value go (call it after save(), once the caller needs them no more): a cache of a
   * large archive holds hundreds of megabytes that the collector would otherwise go on marking.
   * A save() after it writes nothing.
   */
  release(): void {
    this.old.clear();
    this.used.clear();
    this.verified.clear();
    this.misses = 0;
  }

  /** Writes the values this build asked for (only when that differs from what was read). */
  save(): void {
    if (!this.path || (!this.misses && this.used.size === this.old.size)) return;
    const fresh = [...this.used].filter(([k]) => !this.base.has(k));
    let unused = 0;
    for (const k of this.base) if (!this.used.has(k)) unused++;
    const small = fresh.length <= Math.max(MIN_DELTA, this.used.size * DELTA_SHARE) && unused <= this.base.size * UNUSED_SHARE;
    if (this.baseId && small) {
      const entries = Object.fromEntries(fresh.map(([k, v]) => [k, this.encode(v)]));
      const delta: z.infer<typeof deltaSchema> = { version: this.version, base: this.baseId, keys: [...this.used.keys()], entries };
      writeSealed(this.deltaPath(), delta);
      return;
    }
    // Written an entry at a time: the base of a large archive's cache is hundreds of megabytes of JSON.
    const entries = (function* (used: Map<string, T>, encode: (value: T) => unknown): Generator<[string, unknown]> {
      for (const [k, v] of used) yield [k, encode(v)];
    })(this.used, this.encode);
    writeSealedPieces(this.path, linePieces({ version: this.version, id: randomUUID() }, entries));
    rmSync(this.deltaPath(), { force: true });
  }
}
