/**
 * The build lock: two builds started together (two processes) run one after the other and leave
 * the site whole, its search index right; `add` waits for a build; a build that waits too long
 * refuses. Articles from the MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { copyFileSync, existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tempProject, buildProject, removeProject, SEEDS, SEED_FILES, MEANTIME } from '../helpers/project.js';
import { expectSameFiles, runCli, searchIds } from '../helpers/site.js';
import { acquireBuildLock, lockPath } from '../../src/pipeline/lock.js';
import { defaultOptions } from '../../src/pipeline/context.js';

const ARTICLES = join(MEANTIME, 'articles');
const MEANTIME_FILES = readdirSync(ARTICLES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 12);
const FIRST = MEANTIME_FILES.slice(0, 9);
const LATER = MEANTIME_FILES.slice(9);
const TOLD = '2023-03-23-mp-han-dong-was-alleged-to-have-told-chinas-consul-general';
const RESIGNS = '2023-03-24-mp-han-dong-resigns-from-trudeaus-liberal-party-following';

describe('two builds at once', () => {
  let root: string;
  let clean: string;
  beforeAll(async () => {
    root = tempProject([
      { dir: SEEDS, files: SEED_FILES },
      { dir: ARTICLES, files: FIRST },
    ]);
    clean = tempProject([
      { dir: SEEDS, files: SEED_FILES },
      { dir: ARTICLES, files: MEANTIME_FILES },
    ]);
    expect((await buildProject(root)).status).toBe(0);
    expect((await buildProject(clean)).status).toBe(0);
  }, 240_000);
  afterAll(() => {
    removeProject(root);
    removeProject(clean);
  });

  it('run one after the other: the second waits, saying so, and the site is whole', async () => {
    // New articles, then two incremental builds at once (the case that linked wrong index files).
    for (const f of LATER) copyFileSync(join(ARTICLES, f), join(root, 'content', 'sources', f));
    // Both started while the lock is held (so both surely contend for it), then let go together.
    const held = await acquireBuildLock(defaultOptions(root).cacheDir);
    const waiting = new Set<number>();
    let bothWait: () => void = () => undefined;
    const ready = new Promise<void>((ok) => (bothWait = ok));
    const start = (n: number) =>
      runCli(['build', '--root', root], {}, (out) => {
        if (out.includes('another build is running')) waiting.add(n);
        if (waiting.size === 2) bothWait();
      });
    const runs = Promise.all([start(1), start(2)]);
    await ready;
    await held.release();
    const [a, b] = await runs;
    expect(a.code, a.out).toBe(0);
    expect(b.code, b.out).toBe(0);
    expect([a, b].map((r) => /(\d+) new/.exec(r.out)?.[1]).sort()).toEqual(['0', String(LATER.length)]);
    expect(existsSync(lockPath(defaultOptions(root).cacheDir))).toBe(false);
    expect(lstatSync(join(root, '_site')).isSymbolicLink()).toBe(true);
    // The same site, byte for byte, as one clean build of the same sources elsewhere.
    expectSameFiles(join(root, '_site'), join(clean, '_site'));
    expect(await searchIds(join(root, '_site'), 'person:"Han Dong"')).toEqual(expect.arrayContaining([TOLD, RESIGNS]));
    expect((await searchIds(join(root, '_site'), 'person:"Han Dong"')).sort()).toEqual([TOLD, RESIGNS].sort());
  }, 300_000);

  it('makes add wait while a build holds the lock', async () => {
    const lock = await acquireBuildLock(defaultOptions(root).cacheDir);
    const extra = join(SEEDS, SEED_FILES[0]);
    let waiting: () => void = () => undefined;
    const saidSo = new Promise<void>((ok) => (waiting = ok));
    const adding = runCli(['add', '--root', root, extra], {}, (out) => out.includes('another build is running') && waiting());
    await saidSo; // the add process reached the lock and waits
    await new Promise((r) => setTimeout(r, 1000));
    let settled = false;
    void adding.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 0));
    expect(settled).toBe(false); // still waiting
    await lock.release();
    const r = await adding;
    // The seed is there already: refused as a duplicate once it got the lock.
    expect(r.out).toContain(`refused ${extra}: same content as content/sources/${SEED_FILES[0]}`);
  }, 60_000);

  it('refuses to start a build that waited longer than it may', async () => {
    const lock = await acquireBuildLock(defaultOptions(root).cacheDir);
    try {
      const r = await runCli(['build', '--root', root], { NEWS_ARCHIVE_LOCK_WAIT_MS: '1500' });
      expect(r.code).toBe(2);
      expect(r.out).toContain(`another build still holds ${lockPath(defaultOptions(root).cacheDir)} after 2 s: not started`);
    } finally {
      await lock.release();
    }
  }, 60_000);
});
