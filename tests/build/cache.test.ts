/** The records stage extracts only what changed: cache hits and misses. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { appendFileSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempProject, buildProject, removeProject, SEED_FILES } from '../helpers/project.js';

const ID_000 = '2023-03-23-mp-han-dong-was-alleged-to-have-told-chinas-consul-general';
const ID_001 = '2023-03-24-mp-han-dong-resigns-from-trudeaus-liberal-party-following';

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

  it('extracts every source again when the extractor version changed', async () => {
    const m = JSON.parse(readFileSync(manifest(), 'utf8'));
    m[SEED_FILES[0]].extractor = 'an-older-extractor';
    m[SEED_FILES[1]].extractor = 'an-older-extractor';
    writeFileSync(manifest(), JSON.stringify(m));
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
    expect(Object.keys(JSON.parse(readFileSync(manifest(), 'utf8')))).toEqual([SEED_FILES[1]]);
  });
});
