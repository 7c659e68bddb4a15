/** The records stage extracts only what changed: cache hits and misses. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { appendFileSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempProject, buildProject, removeProject, SEED_FILES, readCacheFile, writeCacheFile } from '../helpers/project.js';

const ID_000 = '2023-03-23-mp-han-dong-was-alleged-to-have-told-chinas-consul-general';
const ID_001 = '2023-03-24-mp-han-dong-resigns-from-trudeaus-liberal-party-following';
/** A modification time a test sets back exactly (seconds). */
const WHOLE_SECOND = 1_700_000_000;

describe('records cache', () => {
  let root: string;
  const record = (id: string) => join(root, 'content', 'articles', `${id}.md`);
  const manifest = () => join(root, '.cache', 'news-archive', 'manifest.json');
  beforeAll(async () => {
    root = tempProject();
    const r = await buildProject(root, { recordsOnly: true });
    expect(r.ctx.counts).toEqual({ new: 2, changed: 0, unchanged: 0, removed: 0, failed: 0 });
  });
  afterAll(() => removeProject(root));

  it('extracts nothing and writes nothing when nothing changed', async () => {
    const before = statSync(record(ID_001)).mtimeMs;
    const r = await buildProject(root, { recordsOnly: true });
    expect(r.ctx.counts).toEqual({ new: 0, changed: 0, unchanged: 2, removed: 0, failed: 0 });
    expect(r.ctx.timings['records.extract'] ?? 0).toBe(0);
    expect(statSync(record(ID_001)).mtimeMs).toBe(before);
  });

  it('extracts again only the source whose content changed', async () => {
    appendFileSync(join(root, 'content', 'sources', SEED_FILES[1]), '\nThe party did not comment further on Friday.\n');
    const r = await buildProject(root, { recordsOnly: true });
    expect(r.ctx.counts).toEqual({ new: 0, changed: 1, unchanged: 1, removed: 0, failed: 0 });
    expect(readFileSync(record(ID_001), 'utf8')).toContain('The party did not comment further on Friday.');
  });

  it('reads a source again when it changed with the same size and modification time', async () => {
    // An edit that keeps the length and sets the modification time back (as `touch -d` or a
    // careless copy would): only the change time says so, and the source is extracted again.
    const src = join(root, 'content', 'sources', SEED_FILES[1]);
    const text = readFileSync(src, 'utf8');
    utimesSync(src, WHOLE_SECOND, WHOLE_SECOND);
    expect((await buildProject(root, { recordsOnly: true })).ctx.counts.unchanged).toBe(2);
    writeFileSync(src, text.replace('did not comment further on Friday', 'did not comment further on Sunday'));
    utimesSync(src, WHOLE_SECOND, WHOLE_SECOND);
    expect(statSync(src).size).toBe(Buffer.byteLength(text));
    expect(statSync(src).mtimeMs).toBe(WHOLE_SECOND * 1000);
    const r = await buildProject(root, { recordsOnly: true });
    expect(r.ctx.counts).toEqual({ new: 0, changed: 1, unchanged: 1, removed: 0, failed: 0 });
    expect(readFileSync(record(ID_001), 'utf8')).toContain('The party did not comment further on Sunday.');
  });

  it('remembers the file signatures of what it checked, and reads nothing again when they hold', async () => {
    const m = readCacheFile(manifest());
    for (const name of SEED_FILES) {
      const stat = statSync(join(root, 'content', 'sources', name));
      expect(m[name].sourceStat).toBe(`${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`);
      const out = statSync(record(m[name].id));
      expect(m[name].outputStat).toBe(`${out.size}:${out.mtimeMs}:${out.ctimeMs}:${out.ino}`);
    }
    const r = await buildProject(root, { recordsOnly: true });
    expect(r.ctx.counts).toEqual({ new: 0, changed: 0, unchanged: 2, removed: 0, failed: 0 });
  });

  it('extracts every source again when the extractor version changed', async () => {
    const m = readCacheFile(manifest());
    m[SEED_FILES[0]].extractor = 'an-older-extractor';
    m[SEED_FILES[1]].extractor = 'an-older-extractor';
    writeCacheFile(manifest(), m);
    const r = await buildProject(root, { recordsOnly: true });
    expect(r.ctx.counts).toEqual({ new: 0, changed: 2, unchanged: 0, removed: 0, failed: 0 });
  });

  it('rebuilds its manifest from the records when the cache folder is gone', async () => {
    rmSync(join(root, '.cache'), { recursive: true });
    const r = await buildProject(root, { recordsOnly: true });
    expect(r.ctx.counts).toEqual({ new: 0, changed: 0, unchanged: 2, removed: 0, failed: 0 });
  });

  it('extracts everything with --force', async () => {
    const r = await buildProject(root, { recordsOnly: true, force: true });
    expect(r.ctx.counts).toEqual({ new: 0, changed: 2, unchanged: 0, removed: 0, failed: 0 });
  });

  it('extracts again a source whose record was deleted', async () => {
    rmSync(record(ID_000));
    const r = await buildProject(root, { recordsOnly: true });
    expect(r.ctx.counts).toEqual({ new: 0, changed: 1, unchanged: 1, removed: 0, failed: 0 });
    expect(statSync(record(ID_000)).isFile()).toBe(true);
  });

  it('removes the record of a removed source', async () => {
    rmSync(join(root, 'content', 'sources', SEED_FILES[0]));
    const r = await buildProject(root, { recordsOnly: true });
    expect(r.ctx.counts).toEqual({ new: 0, changed: 0, unchanged: 1, removed: 1, failed: 0 });
    expect(() => statSync(record(ID_000))).toThrow();
    expect(Object.keys(readCacheFile(manifest()))).toEqual([SEED_FILES[1]]);
  });

  it('sees a hand edit of a record that kept its size and modification time', async () => {
    const path = record(ID_001);
    const text = readFileSync(path, 'utf8');
    utimesSync(path, WHOLE_SECOND, WHOLE_SECOND);
    expect((await buildProject(root, { recordsOnly: true })).ctx.corrections.fromEdits).toBe(0);
    writeFileSync(path, text.replace('author: bellecarter', 'author: BelleCarter'));
    utimesSync(path, WHOLE_SECOND, WHOLE_SECOND);
    expect(statSync(path).mtimeMs).toBe(WHOLE_SECOND * 1000);
    const r = await buildProject(root, { recordsOnly: true });
    expect(r.ctx.corrections.fromEdits).toBe(1);
    expect(readFileSync(path, 'utf8')).toContain('author: BelleCarter');
  });
});
