/**
 * Crash consistency: a build killed (SIGKILL, through the NEWS_ARCHIVE_CRASH_AT test hook) at each
 * step boundary of src/pipeline/crash.ts, then a normal build. Each time the published site is whole
 * (the site before the build, or, once published, the new one: never a mix, never nothing), the
 * next build takes over the dead build's lock and removes what it left, and the final site and
 * records are byte-identical to a clean build of the same content in another folder.
 * Articles from the MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tempProject, buildProject, removeProject, SEEDS, SEED_FILES, MEANTIME } from '../helpers/project.js';
import { expectSameFiles, runCli, snapshot } from '../helpers/site.js';
import { CRASH_STEPS } from '../../src/pipeline/crash.js';
import { versionsDir } from '../../src/pipeline/publish.js';
import { lockPath } from '../../src/pipeline/lock.js';
import { tempDir } from '../../src/lib/fs.js';
import { writeJobFile } from '../../src/search/index-job.js';

const ARTICLES = join(MEANTIME, 'articles');
const MEANTIME_FILES = readdirSync(ARTICLES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 2);
/** A lock not refreshed for 2 s is a dead build's (the least proper-lockfile allows). */
const ENV = { NEWS_ARCHIVE_LOCK_STALE_MS: '2000' };
/** Steps after which the new site is the published one. */
const PUBLISHED_AT = new Set(['site-published', 'site-manifest']);

function sameSnapshot(a: Map<string, Buffer>, b: Map<string, Buffer>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k)?.equals(v));
}

/** A clean build of a copy of the project's content (sources and corrections) in a new folder. */
async function cleanBuildOf(root: string): Promise<string> {
  const clean = tempProject([]);
  cpSync(join(root, 'content', 'sources'), join(clean, 'content', 'sources'), { recursive: true });
  if (existsSync(join(root, 'content', 'corrections')))
    cpSync(join(root, 'content', 'corrections'), join(clean, 'content', 'corrections'), { recursive: true });
  expect((await buildProject(clean)).status).toBe(0);
  return clean;
}

/** Hidden temporary files writeAtomic leaves when killed between its write and its rename. */
function tempLeftovers(root: string): string[] {
  const dirs = ['content/sources', 'content/articles', 'content/corrections', '.cache/news-archive', '.cache/news-archive/generated'];
  return dirs.flatMap((d) =>
    existsSync(join(root, d))
      ? readdirSync(join(root, d))
          .filter((n) => n.endsWith('.tmp'))
          .map((n) => `${d}/${n}`)
      : [],
  );
}

describe('a build killed at each step', () => {
  let root: string;
  beforeAll(async () => {
    root = tempProject([
      { dir: SEEDS, files: SEED_FILES },
      { dir: ARTICLES, files: MEANTIME_FILES },
    ]);
    const first = await runCli(['build', '--root', root], ENV);
    expect(first.code, first.out).toBe(0);
  }, 120_000);
  afterAll(() => removeProject(root));

  CRASH_STEPS.forEach((step, i) => {
    it(`at "${step}": the published site stays whole, and the next build repairs everything`, async () => {
      // Work for the build: a changed source (and a hand edit for the step that absorbs one).
      const source = [...SEED_FILES, ...MEANTIME_FILES][i % 4];
      appendFileSync(join(root, 'content', 'sources', source), `\nOfficials met again on Monday, update ${i + 1} said.\n`);
      if (step === 'hand-edit-appended') {
        const dir = join(root, 'content', 'articles');
        const record = readdirSync(dir).find((n) => readFileSync(join(dir, n), 'utf8').includes(`file: ${SEED_FILES[1]}`))!;
        writeFileSync(join(dir, record), readFileSync(join(dir, record), 'utf8').replace(/^outlet: .*$/m, 'outlet: Global News Canada'));
      }
      const before = snapshot(join(root, '_site'));

      const killed = await runCli(['build', '--root', root], { ...ENV, NEWS_ARCHIVE_CRASH_AT: step });
      expect(killed.signal, killed.out).toBe('SIGKILL');
      expect(existsSync(lockPath(join(root, '.cache', 'news-archive')))).toBe(true); // the dead build's

      // Whole: exactly the site before, or (once the link was swapped) exactly the new one.
      const during = snapshot(join(root, '_site'));
      expect(during.size).toBeGreaterThan(0);
      if (!PUBLISHED_AT.has(step)) expect(sameSnapshot(during, before)).toBe(true);

      const next = await runCli(['build', '--root', root], ENV);
      expect(next.code, next.out).toBe(0);
      if (PUBLISHED_AT.has(step)) expect(sameSnapshot(during, snapshot(join(root, '_site')))).toBe(true);
      // What the killed build left is gone: its lock, its site folder, its temporary files.
      expect(existsSync(lockPath(join(root, '.cache', 'news-archive')))).toBe(false);
      const versions = readdirSync(versionsDir(join(root, '_site')));
      expect(versions).toContain(basename(readlinkSync(join(root, '_site'))));
      expect(versions.length).toBeLessThanOrEqual(2); // the published one and the one it replaced
      expect(tempLeftovers(root)).toEqual([]);
      expect(readdirSync(join(root, '.cache', 'news-archive', 'tmp'))).toEqual([]);
      if (existsSync(join(root, 'content', 'corrections'))) {
        for (const f of readdirSync(join(root, 'content', 'corrections'))) {
          // A hand edit appended once only.
          expect(readFileSync(join(root, 'content', 'corrections', f), 'utf8').match(/^# From a hand edit/gm)?.length ?? 0).toBeLessThanOrEqual(1);
        }
      }

      const clean = await cleanBuildOf(root);
      try {
        expectSameFiles(join(root, '_site'), join(clean, '_site'));
        expectSameFiles(join(root, 'content', 'articles'), join(clean, 'content', 'articles'));
      } finally {
        removeProject(clean);
      }
    }, 180_000);
  });

  it('keeps its temporary files in the cache folder, readable by their owner only', () => {
    const tmp = tempDir(join(root, '.cache', 'news-archive'));
    expect(tmp).toBe(join(root, '.cache', 'news-archive', 'tmp'));
    expect(statSync(tmp).mode & 0o777).toBe(0o700);
    const job = join(tmp, 'search-job-test.v8');
    writeJobFile(job, { outDir: root, records: [] });
    expect(statSync(job).mode & 0o777).toBe(0o600);
  });
});
