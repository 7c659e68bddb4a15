/**
 * A large site is rendered in several Eleventy runs (passes), each a share of the pages: the site
 * is byte for byte the one a single run renders, from scratch and after adding an article. Pages
 * per pass are made small here so that twelve articles (the seeds and ten MEANTIME articles,
 * Wikinews, CC BY 4.0) need several passes.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tempProject, buildProject, removeProject, SEEDS, SEED_FILES, MEANTIME } from '../helpers/project.js';
import { expectSameFiles } from '../helpers/site.js';
import { passShare, passesFor, siteSize } from '../../src/pipeline/site.js';

const MEANTIME_ARTICLES = join(MEANTIME, 'articles');
const ALL = readdirSync(MEANTIME_ARTICLES)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const SOURCES = [
  { dir: SEEDS, files: SEED_FILES },
  { dir: MEANTIME_ARTICLES, files: ALL.slice(0, 10) },
];
const ADDED = ALL[10];

describe('passes', () => {
  it('share the pages in order, each page in one pass', () => {
    const pages = Array.from({ length: 7 }, (_, i) => i);
    expect(passesFor(7, 3)).toBe(3);
    expect(passesFor(0, 3)).toBe(1);
    expect([0, 1, 2].map((p) => passShare(pages, p, 3))).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(passShare(pages, 3, 3)).toEqual([]);
  });
});

describe('a site rendered in several passes', () => {
  let one: string;
  let many: string;
  beforeAll(() => {
    one = tempProject(SOURCES);
    many = tempProject(SOURCES);
  });
  afterAll(() => {
    removeProject(one);
    removeProject(many);
  });

  it('is the site of one pass, from scratch and after adding an article', async () => {
    const a = await buildProject(one, { jobs: 1 });
    const b = await buildProject(many, { jobs: 1, pagesPerPass: 4 });
    expect(a.ctx.site?.passes).toBe(1);
    expect(b.ctx.site?.passes).toBeGreaterThan(2);
    expect(b.ctx.site?.rendered).toBe(a.ctx.site?.rendered);
    expectSameFiles(join(one, '_site'), join(many, '_site'));
    // The size the summary gives is counted without walking the site: it is the site's.
    expect({ files: b.ctx.site!.files, bytes: b.ctx.site!.bytes }).toEqual(siteSize(join(many, '_site')));

    for (const root of [one, many]) copyFileSync(join(MEANTIME_ARTICLES, ADDED), join(root, 'content', 'sources', ADDED));
    const c = await buildProject(one, { jobs: 1 });
    const d = await buildProject(many, { jobs: 1, pagesPerPass: 4 });
    expect(d.ctx.site?.mode).toBe('incremental');
    expect(d.ctx.site?.rendered).toBe(c.ctx.site?.rendered);
    expect(d.ctx.site?.kept).toBe(c.ctx.site?.kept);
    expectSameFiles(join(one, '_site'), join(many, '_site'));
    expect({ files: d.ctx.site!.files, bytes: d.ctx.site!.bytes }).toEqual(siteSize(join(many, '_site')));
    // And the incremental site is the one a full build of the same sources renders.
    const e = await buildProject(many, { jobs: 1, pagesPerPass: 4, force: true });
    expect(e.ctx.site?.mode).toBe('full');
    expectSameFiles(join(one, '_site'), join(many, '_site'));
  }, 300_000);
});
