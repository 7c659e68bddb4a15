/**
 * The search index written whole, or only the files that differ from the index a site already
 * holds (an incremental build). Records of the seeds and the MEANTIME dev articles
 * (Minard et al. 2016, Wikinews, CC BY 4.0).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { writeSearchIndex, contentHash, INDEX_DIR, type WrittenIndex } from '../../src/search/write.js';
import { indexOrder } from '../../src/search/build.js';
import { searchRecord, type SearchRecord } from '../../src/search/documents.js';
import { seedRecords, meantimeRecords } from './records.js';

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

describe('writeSearchIndex', () => {
  let root: string;
  let all: SearchRecord[];
  let whole: WrittenIndex;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'news-archive-index-'));
    all = indexOrder([...seedRecords(), ...meantimeRecords()]).map(searchRecord);
    whole = writeSearchIndex(join(root, 'whole'), all);
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes every file, and their hashes, when there is no index to update', () => {
    const dir = join(root, 'whole', INDEX_DIR);
    const files = filesUnder(dir);
    expect(whole.files).toBe(files.length);
    expect(whole.written).toBe(files.length);
    expect(Object.keys(whole.hashes).sort()).toEqual(files);
    for (const f of files) expect(whole.hashes[f]).toBe(contentHash(readFileSync(join(dir, f), 'utf8')));
    expect(files).toContain('meta.json');
    expect(files).toContain('d/121.json');
  });

  it('writes nothing when the records are those of the current index', () => {
    const again = writeSearchIndex(join(root, 'again'), all, undefined, whole.hashes);
    expect(again).toEqual({ ...whole, written: 0 });
    expect(filesUnder(join(root, 'again', INDEX_DIR))).toEqual([]);
  });

  it('after the newest article is added, writes only the files that differ, and the others are unchanged', () => {
    // The newest article (last in index order) is the one added.
    const before = writeSearchIndex(join(root, 'before'), all.slice(0, -1));
    const after = writeSearchIndex(join(root, 'after'), all, undefined, before.hashes);
    expect(after.hashes).toEqual(whole.hashes);
    const written = filesUnder(join(root, 'after', INDEX_DIR));
    expect(after.written).toBe(written.length);
    for (const f of Object.keys(whole.hashes)) {
      if (written.includes(f)) expect(before.hashes[f]).not.toBe(whole.hashes[f]);
      else expect(before.hashes[f]).toBe(whole.hashes[f]);
    }
    // Its display file and the document count are new; the other articles' display files are kept.
    expect(written).toContain('d/121.json');
    expect(written).toContain('meta.json');
    expect(written.filter((f) => f.startsWith('d/'))).toEqual(['d/121.json']);
    expect(after.written).toBeLessThan(after.files);
  });
});
