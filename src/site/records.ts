/**
 * Records enter the site here, each checked against the shared schema; a bad one is reported and
 * left out. With a cache folder, each record file's parsed record and its sentence anchors
 * (articles.ts) are kept by a hash of the file's text and of the code that reads it: a rebuild
 * after adding one article parses and anchors that article alone, and any change to a record
 * file (a hand edit, a re-extraction) changes its hash. A file whose signature (size, times, inode:
 * src/lib/fs.ts fileSignature) is the one its hash was taken with is not read at all. The cache
 * writes each long string of an entry once (src/lib/interned.ts), and a record read back from it
 * holds each of its sentences once in memory, however many of its facts cite it. A record the
 * build has just written comes already parsed (`FreshRecord`: the extraction threads parse the
 * text they made, recordEntry), so a cold build does not read its records back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecord } from '../write/markdown.js';
import type { ArticleRecord } from '../write/schema.js';
import { listRecordFiles } from '../lib/fs.js';
import { articleAnchors, type ArticleAnchors } from '../archive/articles.js';
import { codeVersion } from '../lib/version.js';
import { KeyedCache } from '../lib/keyed-cache.js';
import { fileSignature } from '../lib/fs.js';
import { readSealed, writeSealed, invalidNotice } from '../lib/sealed.js';
import { z } from 'zod';
import { hashOf } from '../lib/hash.js';
import { compactCopy } from '../lib/compact.js';
import { internStrings, isInterned, restoreStrings } from '../lib/interned.js';

/** The code a cached entry depends on: the schema and reader, the sentence splitter, the anchoring. */
const CODE = [
  'model',
  'write',
  'ingest/sentences.ts',
  'archive/sentences.ts',
  'archive/articles.ts',
  'search/documents.ts',
  'lib/anchors.ts',
  'lib/interned.ts',
  'lib/keyed-cache.ts',
  'types.ts',
];
/** How an entry is written: each long string once (a record repeats each sentence under every entity, date, quote and claim it holds). A value of another form is left to the entry schema, which refuses it with a notice. */
const CODEC = { encode: (entry: RecordEntry) => internStrings(entry), decode: (json: unknown) => (isInterned(json) ? restoreStrings(json) : json) };
const CACHE_FILE = 'site-records.json';
/** Record file name → [its fileSignature(), the hash of its text]: a file with the same signature is not read again. */
const FILES_FILE = 'site-records-files.json';
const knownFilesSchema = z.record(z.string(), z.tuple([z.string(), z.string()]));
type KnownFiles = z.infer<typeof knownFilesSchema>;

function readKnownFiles(path: string | null, onNotice: (line: string) => void): KnownFiles {
  if (!path) return {};
  const read = readSealed(path, knownFilesSchema);
  if (read.ok) return read.value;
  if (!read.missing) onNotice(invalidNotice(path, read.reason));
  return {};
}

const nullableStrings = z.array(z.string().nullable());
/** The shape of a cached entry, checked when one is read (the record's own fields were checked by the schema when parsed). */
const entrySchema = z.object({
  record: z.looseObject({ id: z.string(), title: z.string(), body: z.string(), source: z.looseObject({ file: z.string() }) }),
  anchors: z.object({
    sentences: z.number().int().nonnegative(),
    people: z.array(z.object({ anchor: z.string().nullable(), sentences: nullableStrings })),
    organizations: nullableStrings,
    places: nullableStrings,
    dates: nullableStrings,
    quotes: nullableStrings,
    claims: nullableStrings,
  }),
}) as unknown as z.ZodType<RecordEntry>;

/** A record as the site holds it: the record file's content and a hash of its text that stands for it. */
export type SiteRecord = ArticleRecord & {
  /** A hash of the record file's text (set when the site reads it). */
  contentHash?: string;
};

/** What the cache keeps of one record file: its record and the anchors of its facts. */
export interface RecordEntry {
  record: ArticleRecord;
  anchors: ArticleAnchors;
}

/**
 * A record file the build has just written, parsed where its text was made (the extraction
 * threads, src/pipeline/extract-source.ts): used while the file keeps the signature it had then.
 */
export interface FreshRecord {
  /** fileSignature() of the file once written. */
  signature: string;
  /** recordKey() of its text. */
  key: string;
  entry: RecordEntry;
}

export interface LoadedRecords {
  records: SiteRecord[];
  /** Sentence anchors of each record (from the cache, or computed on load). */
  anchors: Map<ArticleRecord, ArticleAnchors>;
}

/** The key a record file's entry is kept under: a hash of its text. */
export function recordKey(text: string): string {
  return hashOf(text, { encoding: 'base64url', length: 27 });
}

/**
 * A record file's text parsed (schema-checked) and its facts anchored. Its strings may be slices
 * of `text`: copy it (compactCopy) to keep it, or pass it to another thread, which copies it.
 */
export function recordEntry(file: string, text: string): RecordEntry {
  const record = parseRecord(file, text);
  return { record, anchors: articleAnchors(record) };
}

/** Parsed records by the hash of their file's text (stored without their path). */
function cachedRecord(
  cache: KeyedCache<RecordEntry>,
  file: string,
  key: string,
  text: () => string,
  fresh: RecordEntry | undefined,
): { record: SiteRecord; anchors: ArticleAnchors } {
  // The form the cache gives back next time, without the file's text behind its strings.
  const entry = cache.get(key, () => fresh ?? compactCopy(recordEntry(file, text())));
  return { record: { ...entry.record, contentHash: key }, anchors: entry.anchors };
}

export interface LoadOptions {
  /** Where the parsed records are kept between builds; none: every file is parsed. */
  cacheDir?: string;
  /** One-line notices about the cache (an invalid one made again); standard error without it. */
  onNotice?: (line: string) => void;
  /** Record files the build has just written, already parsed, by path. */
  fresh?: ReadonlyMap<string, FreshRecord>;
}

export function loadRecords(dir: string, onProblem: (file: string, reason: string) => void, options: LoadOptions = {}): LoadedRecords {
  const { cacheDir, fresh } = options;
  const onNotice = options.onNotice ?? ((line: string) => console.warn(line));
  const cache = new KeyedCache<RecordEntry>(cacheDir ? join(cacheDir, CACHE_FILE) : null, codeVersion(CODE), { entry: entrySchema, onNotice, codec: CODEC });
  const filesPath = cacheDir ? join(cacheDir, FILES_FILE) : null;
  const known = readKnownFiles(filesPath, onNotice);
  const seen: KnownFiles = {};
  const records: SiteRecord[] = [];
  const anchors = new Map<ArticleRecord, ArticleAnchors>();
  const ids = new Set<string>();
  for (const name of listRecordFiles(dir)) {
    const path = join(dir, name);
    try {
      // A file with the signature its hash was taken with, and a cached record for that hash: not read.
      const sig = fileSignature(path);
      const k = known[name];
      const f = fresh?.get(path);
      const made = f && sig !== null && f.signature === sig ? f : undefined;
      let key: string;
      let text: () => string;
      if (made) {
        key = made.key;
        text = () => readFileSync(path, 'utf8');
      } else if (sig !== null && k && k[0] === sig && cache.has(k[1])) {
        key = k[1];
        text = () => readFileSync(path, 'utf8');
      } else {
        const t = readFileSync(path, 'utf8');
        key = recordKey(t);
        text = () => t;
      }
      if (sig !== null) seen[name] = [sig, key];
      const { record, anchors: a } = cachedRecord(cache, path, key, text, made?.entry);
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
  if (filesPath && JSON.stringify(seen) !== JSON.stringify(known)) writeSealed(filesPath, seen);
  return { records, anchors };
}
