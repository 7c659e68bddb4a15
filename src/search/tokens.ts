/**
 * What Lunr's Builder.add does for one document, split in two: the analysis (tokenizer and
 * pipeline: trimming, stop words, stemming), which depends on the document alone and so can be
 * kept between builds by the document's hash, and the bookkeeping (term frequencies, field
 * lengths, the inverted index with token positions), done here with plain strings. Lunr's own
 * add() uses its Token objects as property keys, converting each to a string several times per
 * token: most of the index build time at archive scale.
 *
 * addAnalysed(builder, ...) leaves the builder exactly as builder.add(doc) would (same terms,
 * same term indices in the same order, same positions), so builder.build() gives the same index;
 * tests/search prove the split index built this way ranks as Lunr's own index does.
 */
import lunr from 'lunr';
import { rmSync } from 'node:fs';
import { KeyedCache, cacheFilesState, type KeyedCacheOptions } from '../lib/keyed-cache.js';
import { readSealed, writeSealed } from '../lib/sealed.js';
import { z } from 'zod';
import type { SearchDocument, SearchRecord } from './documents.js';
import { hashOf } from '../lib/hash.js';

/** One field after analysis: its terms, and each term's token index as deltas from the previous one. */
export interface AnalysedField {
  t: string[];
  i: number[];
}
export type AnalysedDoc = Record<string, AnalysedField>;

/** A field's terms and positions: as many non-negative integer positions as terms. */
function isAnalysedField(value: unknown): value is AnalysedField {
  if (typeof value !== 'object' || value === null) return false;
  const { t, i } = value as Partial<AnalysedField>;
  if (!Array.isArray(t) || !Array.isArray(i) || t.length !== i.length) return false;
  for (let j = 0; j < t.length; j++) if (typeof t[j] !== 'string' || !Number.isInteger(i[j]) || i[j] < 0) return false;
  return true;
}

/**
 * The shape of an analysed document, checked when one is read from the cache (whose checksum
 * proves the build wrote it): an object of fields, each with as many positions as terms. A plain
 * loop: a zod schema took most of a second over 10,000 cached articles.
 */
export function isAnalysedDoc(value: unknown): value is AnalysedDoc {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const field in value) if (!isAnalysedField((value as Record<string, unknown>)[field])) return false;
  return true;
}

/** Lunr internals the type definitions leave out. */
interface BuilderInternals {
  _ref: string;
  _fields: Record<string, { extractor?: (doc: object) => unknown }>;
  _documents: Record<string, object>;
  documentCount: number;
  fieldTermFrequencies: Record<string, Record<string, number>>;
  fieldLengths: Record<string, number>;
  invertedIndex: Record<string, Record<string, unknown> & { _index: number }>;
  termIndex: number;
  metadataWhitelist: string[];
  tokenizer: (text: unknown, meta: object) => lunr.Token[];
  pipeline: lunr.Pipeline;
}

/** The tokenizer and pipeline of a builder, run over each field of a document. */
export function analyse(builder: lunr.Builder, doc: SearchDocument, fields: string[]): AnalysedDoc {
  const b = builder as unknown as BuilderInternals;
  const out: AnalysedDoc = {};
  for (const field of fields) {
    const tokens = b.tokenizer((doc as unknown as Record<string, unknown>)[field], { fields: [field] });
    const terms = b.pipeline.run(tokens);
    const t: string[] = [];
    const i: number[] = [];
    let prev = 0;
    for (const term of terms) {
      const at = (term as unknown as { metadata: { index: number } }).metadata.index;
      t.push(term.toString());
      i.push(at - prev);
      prev = at;
    }
    out[field] = { t, i };
  }
  return out;
}

/** Whether addAnalysed can stand in for builder.add (only token positions kept as metadata, no extractors). */
export function canAddAnalysed(builder: lunr.Builder): boolean {
  const b = builder as unknown as BuilderInternals;
  return b.metadataWhitelist.every((k) => k === 'index') && Object.values(b._fields).every((f) => !f.extractor);
}

/** builder.add(doc) for a document already analysed. */
export function addAnalysed(builder: lunr.Builder, ref: string, doc: AnalysedDoc): void {
  const b = builder as unknown as BuilderInternals;
  const fields = Object.keys(b._fields);
  const keepIndex = b.metadataWhitelist.includes('index');
  b._documents[ref] = {};
  b.documentCount += 1;
  for (const fieldName of fields) {
    const { t, i } = doc[fieldName] ?? { t: [], i: [] };
    const fieldRef = fieldName + (lunr as unknown as { FieldRef: { joiner: string } }).FieldRef.joiner + ref;
    const fieldTerms: Record<string, number> = Object.create(null);
    b.fieldTermFrequencies[fieldRef] = fieldTerms;
    b.fieldLengths[fieldRef] = t.length;
    let at = 0;
    for (let j = 0; j < t.length; j++) {
      const term = t[j];
      at += i[j];
      fieldTerms[term] = (fieldTerms[term] ?? 0) + 1;
      let posting = b.invertedIndex[term];
      if (posting === undefined) {
        posting = Object.create(null) as Record<string, unknown> & { _index: number };
        posting._index = b.termIndex;
        b.termIndex += 1;
        for (const f of fields) posting[f] = Object.create(null);
        b.invertedIndex[term] = posting;
      }
      const byDoc = posting[fieldName] as Record<string, Record<string, number[]>>;
      let entry = byDoc[ref];
      if (entry === undefined) {
        entry = Object.create(null) as Record<string, number[]>;
        byDoc[ref] = entry;
      }
      if (keepIndex) (entry.index ??= []).push(at);
    }
  }
}

/** What the cache keeps of a record: its analysed fields and the plain text of its body (documents.ts plainText). */
export interface AnalysedRecord {
  fields: AnalysedDoc;
  text: string;
}

/** The shape of an analysed record read from the cache (a cheap check, as isAnalysedDoc). */
export function isAnalysedRecord(value: unknown): value is AnalysedRecord {
  if (typeof value !== 'object' || value === null) return false;
  const { fields, text } = value as Partial<AnalysedRecord>;
  return typeof text === 'string' && isAnalysedDoc(fields);
}

/** The file beside an analysis cache that lists its keys (written after the cache, by save()). */
export function analysedKeysPath(cachePath: string): string {
  return `${cachePath}.keys.json`;
}

/** `files`: the cache's files as the save that listed the keys left them (keyed-cache.ts cacheFilesState). */
const keysSchema = z.object({ version: z.string(), files: z.string(), keys: z.array(z.string()) });

/**
 * The keys of the records an analysis cache file holds, if its keys file is there, whole, of the
 * version given and written for the cache files as they are (none deleted or written since); else
 * null. Read by the build, which need not send the index process the text of a record it has
 * analysed already (index-job.ts withoutAnalysedBodies), without reading the cache itself.
 */
export function readAnalysedKeys(cachePath: string, version: string): Set<string> | null {
  const read = readSealed(analysedKeysPath(cachePath), keysSchema);
  return read.ok && read.value.version === version && read.value.files === cacheFilesState(cachePath) ? new Set(read.value.keys) : null;
}

/**
 * Analysed records kept between builds in one file, by the hash of their record file's text: a
 * rebuild after adding one article analyses that article alone, and makes its plain text alone.
 * Each save also writes the keys it kept beside the file (readAnalysedKeys).
 */
export class AnalysisCache extends KeyedCache<AnalysedRecord> {
  constructor(path: string | null, version: string, options: Omit<KeyedCacheOptions<AnalysedRecord>, 'entry' | 'shape'> = {}) {
    super(path, version, { ...options, shape: isAnalysedRecord });
  }

  /**
   * Saves the cache, then its keys file, with the state of the files it describes. The old keys
   * file goes first: whatever stops the save midway, there is no keys file for files it does not
   * describe (a build then sends every text).
   */
  override save(): void {
    if (!this.path) return super.save();
    const keysFile = analysedKeysPath(this.path);
    rmSync(keysFile, { force: true });
    super.save();
    writeSealed(keysFile, { version: this.version, files: cacheFilesState(this.path), keys: this.keys() });
  }

  /**
   * A record's key: the hash of its file's text when the site read it from a file (the cache's
   * version covers the code that turns a record into a search document), else a hash of the record.
   */
  static key(r: SearchRecord): string {
    return r.contentHash ? `r:${r.contentHash}` : hashOf(JSON.stringify(r), { encoding: 'base64url', length: 27 });
  }

  analysed(r: SearchRecord, make: () => AnalysedRecord): AnalysedRecord {
    return this.get(AnalysisCache.key(r), make);
  }
}
