/**
 * Extraction over several threads (`--jobs`): the records are byte-identical to a one-thread
 * build, a source that fails in a worker is reported by name and reason while the others are
 * built, and the progress counts every source whichever worker extracted it.
 * Articles from the MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempProject, buildProject, removeProject, SEEDS, SEED_FILES, MEANTIME } from '../helpers/project.js';
import { extractAll, workerCount, SOURCES_PER_WORKER } from '../../src/pipeline/extract-pool.js';
import { extractSource, type ExtractTask } from '../../src/pipeline/extract-source.js';
import { generatedDir } from '../../src/pipeline/records/manifest.js';

const ARTICLES = join(MEANTIME, 'articles');
const MEANTIME_FILES = readdirSync(ARTICLES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 20);
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pool');
const SOURCES = [
  { dir: SEEDS, files: SEED_FILES },
  { dir: ARTICLES, files: MEANTIME_FILES },
];

/** Every file of a folder, name → bytes. */
function files(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f))]),
  );
}

describe('workerCount', () => {
  it('starts no worker for --jobs 1 or for too few sources, else one per --jobs up to one per SOURCES_PER_WORKER sources', () => {
    expect(workerCount(1000, 1)).toBe(0);
    expect(workerCount(2 * SOURCES_PER_WORKER - 1, 8)).toBe(0);
    expect(workerCount(2 * SOURCES_PER_WORKER, 8)).toBe(2);
    expect(workerCount(1000, 2)).toBe(2);
    expect(workerCount(1000, 8)).toBe(8);
  });
});

describe('records built with --jobs 1 and --jobs 2', () => {
  let one: string;
  let two: string;
  let r1: Awaited<ReturnType<typeof buildProject>>;
  let r2: Awaited<ReturnType<typeof buildProject>>;
  beforeAll(async () => {
    one = tempProject(SOURCES);
    two = tempProject(SOURCES);
    // Not a text: ingest refuses it, in a worker as in the build's own thread.
    for (const root of [one, two])
      writeFileSync(join(root, 'content', 'sources', 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    r1 = await buildProject(one, { jobs: 1, recordsOnly: true });
    r2 = await buildProject(two, { jobs: 2, recordsOnly: true });
  }, 300_000);
  afterAll(() => {
    removeProject(one);
    removeProject(two);
  });

  it('extracted in the build thread with --jobs 1 and in two workers with --jobs 2', () => {
    expect(r1.ctx.extractThreads).toBe(1);
    expect(r2.ctx.extractThreads).toBe(2);
  });

  it('writes byte-identical records and generated copies', () => {
    const n = SEED_FILES.length + MEANTIME_FILES.length;
    for (const r of [r1, r2]) expect(r.ctx.counts).toEqual({ new: n, changed: 0, unchanged: 0, removed: 0, failed: 1 });
    const a = files(join(one, 'content', 'articles'));
    const b = files(join(two, 'content', 'articles'));
    expect(a.size).toBe(n);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, bytes] of a) expect(Buffer.compare(b.get(name)!, bytes), name).toBe(0);
    const ga = files(generatedDir(join(one, '.cache', 'news-archive')));
    const gb = files(generatedDir(join(two, '.cache', 'news-archive')));
    expect(ga.size).toBe(n);
    expect([...gb.keys()]).toEqual([...ga.keys()]);
    for (const [name, bytes] of ga) expect(Buffer.compare(gb.get(name)!, bytes), name).toBe(0);
  });

  it('reports the source a worker could not extract, by name and reason, and the same problems as one thread', () => {
    const broken = r2.ctx.problems.filter((p) => p.file === 'content/sources/broken.txt');
    expect(broken).toEqual([{ file: 'content/sources/broken.txt', stage: 'decode', reason: 'binary file: a PNG image, not a text', level: 'error' }]);
    expect(r2.ctx.problems).toEqual(r1.ctx.problems);
  });
});

describe('extractAll', () => {
  it('yields the outcomes in the order of the tasks and counts every source done, across workers', async () => {
    const tasks: ExtractTask[] = MEANTIME_FILES.map((f) => ({ name: f, path: join(ARTICLES, f), bytes: null, published: null, outlet: null, version: 'test' }));
    let done = 0;
    const outcomes = [];
    for await (const o of extractAll(tasks, { threads: 2, onDone: () => done++ })) outcomes.push(o);
    expect(done).toBe(tasks.length);
    expect(outcomes.map((o) => (o.ok ? o.parts.data.source.file : o.reason))).toEqual(MEANTIME_FILES);
    expect(outcomes.map((o) => (o.ok ? o.parts : null))).toEqual(
      tasks.map((t) => {
        const o = extractSource(t);
        return o.ok ? o.parts : null;
      }),
    );
  }, 120_000);

  const tasks = (names: string[]): ExtractTask[] =>
    names.map((f) => ({
      name: f,
      path: join(ARTICLES, f === 'crash.txt' ? MEANTIME_FILES[0] : f),
      bytes: null,
      published: null,
      outlet: null,
      version: 'test',
    }));

  it('fails only the source whose worker died, and extracts the others', async () => {
    const names = [...MEANTIME_FILES.slice(0, 4), 'crash.txt', ...MEANTIME_FILES.slice(4, 8)];
    let done = 0;
    const outcomes = [];
    for await (const o of extractAll(tasks(names), { threads: 2, workerModule: join(FIXTURES, 'dies-on-crash.mjs'), onDone: () => done++ })) outcomes.push(o);
    expect(done).toBe(names.length);
    expect(outcomes.map((o) => (o.ok ? o.parts.data.source.file : `${o.stage}: ${o.reason}`))).toEqual(
      names.map((n) => (n === 'crash.txt' ? 'extract: the extraction worker failed (worker exited with code: 3)' : n)),
    );
  }, 120_000);

  it('extracts in this thread, saying why once, when the workers cannot start', async () => {
    const names = MEANTIME_FILES.slice(0, 6);
    const failures: string[] = [];
    let done = 0;
    const outcomes = [];
    for await (const o of extractAll(tasks(names), {
      threads: 2,
      workerModule: join(FIXTURES, 'cannot-load.mjs'),
      onDone: () => done++,
      onPoolFailure: (r) => failures.push(r),
    }))
      outcomes.push(o);
    expect(failures).toEqual(['this worker module cannot load']);
    expect(done).toBe(names.length);
    expect(outcomes.map((o) => (o.ok ? o.parts.data.source.file : o.reason))).toEqual(names);
  }, 120_000);
});
