/**
 * A sharded extraction, as a map job runs it, at small scale: the union of the shards' lines is the
 * one-run output, and a build merging the shards' `extract --project` lines writes the records of a
 * plain build, byte for byte, without extracting a source itself. Sources: the two seeds and ten
 * MEANTIME articles (Wikinews, CC BY 4.0).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { tempProject, buildProject, removeProject, SEEDS, SEED_FILES, MEANTIME } from '../helpers/project.js';
import { snapshot } from '../helpers/site.js';
import { inShard, parseShard, shardOf } from '../../src/shard/shard.js';
import { parseFileList } from '../../src/shard/file-list.js';
import { readMergeFiles } from '../../src/shard/merge.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'news-archive.js');
const MEANTIME_ARTICLES = join(MEANTIME, 'articles');
const MEANTIME_FILES = readdirSync(MEANTIME_ARTICLES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 10);
const SHARDS = 3;

function cli(args: string[], input?: string): { code: number | null; lines: { file: string }[]; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input, env: { ...process.env, CI: '1' } });
  return {
    code: run.status,
    lines: run.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
    stderr: run.stderr,
  };
}

const byFile = (a: { file: string }, b: { file: string }) => a.file.localeCompare(b.file);

describe('shards', () => {
  it('reads i/n and refuses anything else, with the reason', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    expect(parseShard(' 0 / 1 ')).toEqual({ index: 0, count: 1 });
    for (const bad of ['5/5', '1/0', '-1/3', 'a/3', '1', '1/2/3']) expect(() => parseShard(bad), bad).toThrow(/--shard must be i\/n with 0 ≤ i < n/);
  });

  it('puts every name in exactly one shard, by the name alone', () => {
    const names = Array.from({ length: 300 }, (_, i) => `reuters/${i}.txt`);
    const sizes = new Array(SHARDS).fill(0);
    for (const n of names) {
      const owners = [0, 1, 2].filter((i) => inShard(n, { index: i, count: SHARDS }));
      expect(owners).toEqual([shardOf(n, SHARDS)]);
      sizes[owners[0]]++;
    }
    // A hash spreads them: no shard is empty or holds most of them.
    for (const s of sizes) expect(s).toBeGreaterThan(60);
    expect(inShard('a.txt', null)).toBe(true);
  });

  it('reads a file list: one path a line, blank lines and CRs dropped', () => {
    expect(parseFileList('a.txt\r\n\n  \nsub dir/b c.txt\n')).toEqual(['a.txt', 'sub dir/b c.txt']);
  });
});

describe('extract --shard: the union of the shards is the one-run output', () => {
  const files = [...SEED_FILES.map((f) => join(SEEDS, f)), ...MEANTIME_FILES.map((f) => join(MEANTIME_ARTICLES, f))];

  it('files given as arguments, and as a list on standard input', () => {
    const whole = cli(['extract', ...files]);
    expect(whole.code).toBe(0);
    expect(whole.lines).toHaveLength(files.length);
    const shards = [0, 1, 2].map((i) => cli(['extract', '--shard', `${i}/${SHARDS}`, '--files-from', '-'], files.join('\n') + '\n'));
    for (const s of shards) {
      expect(s.code).toBe(0);
      expect(s.lines.length).toBeGreaterThan(0);
    }
    const union = shards.flatMap((s) => s.lines);
    expect(union.sort(byFile)).toEqual([...whole.lines].sort(byFile));
  });

  it('refuses a bad shard and a missing list, naming them', () => {
    const bad = cli(['extract', '--shard', '3/3', files[0]]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--shard must be i/n with 0 ≤ i < n');
    const missing = cli(['extract', '--files-from', '/nonexistent/list.txt']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('--files-from /nonexistent/list.txt: cannot be read (ENOENT)');
  });
});

describe('build --merge: records of a sharded extraction are those of one build', () => {
  let plain: string;
  let sharded: string;
  let linesDir: string;
  const sources = [
    { dir: SEEDS, files: SEED_FILES },
    { dir: MEANTIME_ARTICLES, files: MEANTIME_FILES },
  ];
  beforeAll(async () => {
    plain = tempProject(sources);
    sharded = tempProject(sources);
    linesDir = mkdtempSync(join(tmpdir(), 'news-archive-lines-'));
    await buildProject(plain, { recordsOnly: true, jobs: 1 });
  }, 120_000);
  afterAll(() => {
    removeProject(plain);
    removeProject(sharded);
    rmSync(linesDir, { recursive: true, force: true });
  });

  it('writes the same records without extracting any source itself', async () => {
    const shardFiles = [0, 1, 2].map((i) => {
      const run = cli(['extract', '--project', sharded, '--shard', `${i}/${SHARDS}`]);
      expect(run.code).toBe(0);
      const file = join(linesDir, `part-${i}.jsonl`);
      writeFileSync(file, run.lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
      return file;
    });
    const merged = readMergeFiles(shardFiles);
    expect(merged.problems).toEqual([]);
    expect([...merged.lines.keys()].sort()).toEqual([...SEED_FILES, ...MEANTIME_FILES].sort());
    const result = await buildProject(sharded, { recordsOnly: true, jobs: 1, merge: shardFiles });
    expect(result.ctx.merged).toEqual({ used: 12, lines: 12 });
    expect(result.ctx.counts.new).toBe(12);
    // Nothing was extracted here: no extraction time at all.
    expect(result.ctx.timings['records.extract']).toBeUndefined();
    const a = snapshot(join(plain, 'content', 'articles'));
    const b = snapshot(join(sharded, 'content', 'articles'));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
  });

  it('extracts a source whose line no longer fits (its bytes changed), and reports a broken line', async () => {
    const project = tempProject(sources);
    try {
      const run = cli(['extract', '--project', project]);
      const file = join(linesDir, 'all.jsonl');
      writeFileSync(file, run.lines.map((l) => JSON.stringify(l)).join('\n') + '\n{"source": "x.txt"}\nnot json\n');
      const changed = join(project, 'content', 'sources', MEANTIME_FILES[0]);
      writeFileSync(changed, readFileSync(changed, 'utf8') + '\nOne more sentence was added later.\n');
      const result = await buildProject(project, { recordsOnly: true, jobs: 1, merge: [file] });
      expect(result.ctx.merged).toEqual({ used: 11, lines: 12 });
      expect(result.ctx.counts.new).toBe(12);
      const reasons = result.ctx.problems.map((p) => `${p.file}: ${p.reason}`);
      expect(reasons.some((r) => /all\.jsonl:13: not a line of extract --project \(sha256: /.test(r))).toBe(true);
      expect(reasons.some((r) => /all\.jsonl:14: not JSON$/.test(r))).toBe(true);
      const record = readdirSync(join(project, 'content', 'articles')).map((n) => readFileSync(join(project, 'content', 'articles', n), 'utf8'));
      expect(record.some((t) => t.includes('One more sentence was added later.'))).toBe(true);
    } finally {
      removeProject(project);
    }
  });
});
