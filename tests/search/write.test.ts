/**
 * The search index written whole, or only the files that differ from the index a site already
 * holds (an incremental build). Records of the seeds and the MEANTIME dev articles
 * (Minard et al. 2016, Wikinews, CC BY 4.0).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { writeSearchIndex, analysedKeys, contentHash, INDEX_DIR, type WrittenIndex } from '../../src/search/write.js';
import { withoutAnalysedBodies } from '../../src/search/index-job.js';
import { analysedKeysPath, readAnalysedKeys } from '../../src/search/tokens.js';
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
    all = indexOrder([...seedRecords(), ...meantimeRecords()]).map((r) => searchRecord(r));
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
    expect(whole.bytes).toBe(files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0));
    expect(files).toContain('meta.json');
    expect(files).toContain('d/121.json');
  });

  it('writes nothing when the records are those of the current index: every file is a link to the current one', () => {
    const current = join(root, 'whole', INDEX_DIR);
    const again = writeSearchIndex(join(root, 'again'), all, undefined, { dir: current, hashes: whole.hashes });
    expect(again).toEqual({ ...whole, written: 0 });
    const dir = join(root, 'again', INDEX_DIR);
    expect(filesUnder(dir)).toEqual(Object.keys(whole.hashes).sort());
    for (const f of filesUnder(dir)) expect(statSync(join(dir, f)).ino).toBe(statSync(join(current, f)).ino);
  });

  it('after the newest article is added, writes only the files that differ and links the others', () => {
    // The newest article (last in index order) is the one added.
    const current = join(root, 'before', INDEX_DIR);
    const before = writeSearchIndex(join(root, 'before'), all.slice(0, -1));
    const after = writeSearchIndex(join(root, 'after'), all, undefined, { dir: current, hashes: before.hashes });
    expect(after.hashes).toEqual(whole.hashes);
    expect(after.bytes).toBe(whole.bytes);
    const dir = join(root, 'after', INDEX_DIR);
    expect(filesUnder(dir)).toEqual(Object.keys(whole.hashes).sort());
    const currentInodes = new Set(filesUnder(current).map((f) => statSync(join(current, f)).ino));
    const currentContents = new Set(Object.values(before.hashes));
    const written: string[] = [];
    for (const f of filesUnder(dir)) {
      expect(readFileSync(join(dir, f), 'utf8')).toBe(readFileSync(join(root, 'whole', INDEX_DIR, f), 'utf8'));
      const linked = currentInodes.has(statSync(join(dir, f)).ino);
      if (!linked) written.push(f);
      // Linked exactly when the current index holds the same content (under this name or another).
      expect(linked, f).toBe(currentContents.has(whole.hashes[f]));
    }
    expect(after.written).toBe(written.length);
    // Its display file and the document count are new; of the other articles' display files, only
    // those naming an entity the new article moves into another popularity band (1, 2-3, 4-7…: the
    // facets' order of equal counts) change.
    expect(written).toContain('meta.json');
    const added = all[all.length - 1];
    const band = (n: number) => Math.floor(Math.log2(n));
    const moved = (['people', 'organizations', 'places'] as const).flatMap((kind) =>
      [...new Set(added[kind].map((e) => e.name))]
        .filter((name) => {
          const before = all.slice(0, -1).filter((r) => r[kind].some((e) => e.name === name)).length;
          return before > 0 && band(before) !== band(before + 1);
        })
        .map((name) => ({ kind, name })),
    );
    const touched = all.flatMap((r, n) => (n < all.length - 1 && moved.some((m) => r[m.kind].some((e) => e.name === m.name)) ? [`d/${n}.json`] : []));
    expect(written.filter((f) => f.startsWith('d/')).sort()).toEqual([...touched, 'd/121.json'].sort());
    expect(touched.length).toBeLessThan(5);
    expect(after.written).toBeLessThan(after.files);
  });

  it("after an article is added in the middle of the index order, links the later documents' files under their new numbers", () => {
    const at = 60;
    const current = join(root, 'mid-before', INDEX_DIR);
    const before = writeSearchIndex(join(root, 'mid-before'), [...all.slice(0, at), ...all.slice(at + 1)]);
    const after = writeSearchIndex(join(root, 'mid-after'), all, undefined, { dir: current, hashes: before.hashes });
    expect(after.hashes).toEqual(whole.hashes);
    const dir = join(root, 'mid-after', INDEX_DIR);
    const written = filesUnder(dir).filter((f) => !Object.values(before.hashes).includes(whole.hashes[f]));
    expect(after.written).toBe(written.length);
    // Only the added article's display file is new; document N+1 is document N's file, linked.
    expect(written.filter((f) => f.startsWith('d/'))).toEqual([`d/${at}.json`]);
    for (let n = at + 1; n < all.length; n++) {
      expect(statSync(join(dir, `d/${n}.json`)).ino, `d/${n}.json`).toBe(statSync(join(current, `d/${n - 1}.json`)).ino);
    }
  });

  it('compares bytes before linking: hashes that lie cost writes, never a wrong file', () => {
    const current = join(root, 'whole', INDEX_DIR);
    // Each file's hash given to the file after it (in name order): every name's hash is another content's.
    const names = Object.keys(whole.hashes).sort();
    const lying = Object.fromEntries(names.map((f, i) => [f, whole.hashes[names[(i + 1) % names.length]]]));
    const lied = writeSearchIndex(join(root, 'lied'), all, undefined, { dir: current, hashes: lying });
    expect(lied.hashes).toEqual(whole.hashes);
    const dir = join(root, 'lied', INDEX_DIR);
    expect(filesUnder(dir)).toEqual(names);
    const inodes = new Map(names.map((f) => [statSync(join(current, f)).ino, f]));
    let linked = 0;
    for (const f of names) {
      expect(readFileSync(join(dir, f), 'utf8'), f).toBe(readFileSync(join(current, f), 'utf8'));
      const from = inodes.get(statSync(join(dir, f)).ino);
      // Linked only to a file of the same bytes (a file whose content another file also holds).
      if (from !== undefined) {
        linked++;
        expect(whole.hashes[from], f).toBe(whole.hashes[f]);
      }
    }
    expect(lied.written).toBe(names.length - linked);
    expect(lied.written).toBeGreaterThan(names.length * 0.9);
  });

  it('writes the same files from records sent without the texts its analysis cache holds, and names a record whose analysis it lacks', () => {
    const cacheDir = join(root, 'cache');
    mkdirSync(cacheDir);
    const hashed = all.map((r) => ({ ...r, contentHash: contentHash(JSON.stringify(r)) }));
    const first = writeSearchIndex(join(root, 'with-texts'), hashed, cacheDir);
    // The analysis cache's save listed its keys beside it.
    const known = analysedKeys(cacheDir);
    expect(known?.size).toBe(hashed.length);
    expect(readAnalysedKeys(join(cacheDir, 'search-analysis.json'), 'another version')).toBeNull();
    const sent = withoutAnalysedBodies(hashed, known);
    expect(sent.filter((r) => r.body === '' && r.analysed)).toHaveLength(hashed.length);
    const second = writeSearchIndex(join(root, 'without-texts'), sent, cacheDir);
    expect(second.hashes).toEqual(first.hashes);
    const files = filesUnder(join(root, 'with-texts', INDEX_DIR));
    expect(filesUnder(join(root, 'without-texts', INDEX_DIR))).toEqual(files);
    for (const f of files)
      expect(readFileSync(join(root, 'without-texts', INDEX_DIR, f)).equals(readFileSync(join(root, 'with-texts', INDEX_DIR, f)))).toBe(true);
    // A record the cache has not analysed (a new article) keeps its text.
    const added = { ...hashed[0], id: 'added', contentHash: contentHash('another text') };
    expect(withoutAnalysedBodies([added], known)[0]).toBe(added);
    // The cache gone: its keys file no longer describes it, and every record keeps its text.
    rmSync(join(cacheDir, 'search-analysis.json'));
    expect(analysedKeys(cacheDir)).toBeNull();
    expect(withoutAnalysedBodies(hashed, analysedKeys(cacheDir))).toBe(hashed);
    rmSync(analysedKeysPath(join(cacheDir, 'search-analysis.json')));
    expect(analysedKeys(cacheDir)).toBeNull();
    // Records sent without their texts to a process whose cache lacks them: it cannot analyse them, and says so.
    expect(() => writeSearchIndex(join(root, 'no-cache'), sent, cacheDir)).toThrow(
      `no analysis of "${sent[0].id}" in the analysis cache, and its text was not sent`,
    );
  });
});
