/**
 * Two builds of the same sources give byte-identical sites and records, wherever they are built;
 * a site built incrementally (one article added) is byte-identical to one built from scratch.
 * Articles from the MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { snapshot, expectSameFiles } from '../helpers/site.js';
import { tempProject, buildProject, removeProject, SEEDS, SEED_FILES, MEANTIME } from '../helpers/project.js';
import { siteSize } from '../../src/pipeline/site.js';

const ARTICLES = join(MEANTIME, 'articles');
const MEANTIME_FILES = readdirSync(ARTICLES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 4);
const ADDED = MEANTIME_FILES[3];

describe('reproducible builds', () => {
  let a: string;
  let b: string;
  let incremental: Awaited<ReturnType<typeof buildProject>>;
  beforeAll(async () => {
    a = tempProject([
      { dir: SEEDS, files: SEED_FILES },
      { dir: ARTICLES, files: MEANTIME_FILES.slice(0, 3) },
    ]);
    b = tempProject([
      { dir: SEEDS, files: SEED_FILES },
      { dir: ARTICLES, files: MEANTIME_FILES },
    ]);
    const first = await buildProject(a);
    expect(first.status).toBe(0);
    copyFileSync(join(ARTICLES, ADDED), join(a, 'content', 'sources', ADDED));
    incremental = await buildProject(a);
    const full = await buildProject(b);
    expect(full.status).toBe(0);
    expect(full.ctx.site?.mode).toBe('full');
  }, 300_000);
  afterAll(() => {
    removeProject(a);
    removeProject(b);
  });

  it('adds one article incrementally: only the pages whose data changed are rendered', () => {
    expect(incremental.status).toBe(0);
    expect(incremental.ctx.counts).toMatchObject({ new: 1, unchanged: 5 });
    expect(incremental.ctx.site?.mode).toBe('incremental');
    expect(incremental.ctx.site!.kept).toBeGreaterThan(0);
    expect(incremental.ctx.site!.rendered).toBeLessThan(incremental.ctx.site!.files);
    // The search index files that did not change stay in the site as they are.
    const { files, written } = incremental.ctx.site!.searchFiles!;
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(files);
    // Its size, counted from the last build's without walking the site, is the site's size.
    expect({ files: incremental.ctx.site!.files, bytes: incremental.ctx.site!.bytes }).toEqual(siteSize(join(a, '_site')));
  });

  it('gives the same records, byte for byte, from two folders', () => {
    expectSameFiles(join(a, 'content', 'articles'), join(b, 'content', 'articles'));
  });

  it('gives the same site, byte for byte, incrementally and from scratch in another folder', () => {
    expectSameFiles(join(a, '_site'), join(b, '_site'));
  });

  it('gives the same site again when rebuilt from scratch', async () => {
    const again = await buildProject(b, { force: true });
    expect(again.ctx.site?.mode).toBe('full');
    expectSameFiles(join(a, '_site'), join(b, '_site'));
  }, 300_000);

  it('keeps temporary paths and build times out of the output', () => {
    for (const [name, bytes] of snapshot(join(b, '_site'))) {
      const text = bytes.toString('utf8');
      expect(text.includes(b), name).toBe(false);
      expect(/news-archive-[A-Za-z0-9]{6}/.test(text), name).toBe(false);
    }
  });
});
