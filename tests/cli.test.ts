/** The `news-archive extract --json` contract, run as a user runs it. */
import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MEANTIME, SEEDS, SEED_FILES, removeProject, tempProject } from './helpers/project.js';
import { SOURCES_PER_WORKER } from '../src/pipeline/extract-pool.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'news-archive.js');
const NO_TYPESCRIPT = join(ROOT, 'tests', 'fixtures', 'loader', 'no-typescript.mjs');

describe('the compiled command line', () => {
  it('answers --version with the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(execFileSync('node', [BIN, '--version'], { cwd: ROOT, encoding: 'utf8' }).trim()).toBe(version);
  });

  it('lists its commands in --help', () => {
    const help = execFileSync('node', [BIN, '--help'], { cwd: ROOT, encoding: 'utf8' });
    for (const command of ['extract', 'build', 'add', 'serve']) expect(help).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it('extracts with no TypeScript loader: a .ts module or tsx would fail to load', () => {
    const run = spawnSync('node', ['--import', NO_TYPESCRIPT, BIN, 'extract', '--json', join(SEEDS, SEED_FILES[0])], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ published: '2023-03-23', outlet: 'LifeSiteNews', dateline: 'Ottawa' });
  });

  it('builds a site with no TypeScript loader (Eleventy config and search index process compiled too)', () => {
    const root = tempProject();
    try {
      const env = { ...process.env, NEWS_ARCHIVE_SITE_URL: 'https://archive.example.org' };
      const run = spawnSync('node', ['--import', NO_TYPESCRIPT, BIN, 'build', '--root', root], { cwd: ROOT, encoding: 'utf8', env });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^news-archive: 2 new, 0 changed, 0 unchanged, 0 removed, 0 failed/m);
      expect(existsSync(join(root, '_site', 'search-index', 'meta.json'))).toBe(true);
      expect(readFileSync(join(root, '_site', 'index.html'), 'utf8')).toContain('Han Dong');
      const report = JSON.parse(readFileSync(join(root, '.cache', 'news-archive', 'build-report.json'), 'utf8'));
      expect(report.site.search).toBe('index process');
    } finally {
      removeProject(root);
    }
  });

  it('extracts in worker threads running compiled JavaScript with --jobs 2, and refuses --jobs 0', () => {
    const articles = join(MEANTIME, 'articles');
    const files = readdirSync(articles)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .slice(0, 2 * SOURCES_PER_WORKER);
    const root = tempProject([
      { dir: SEEDS, files: SEED_FILES },
      { dir: articles, files },
    ]);
    try {
      const run = spawnSync('node', ['--import', NO_TYPESCRIPT, BIN, 'build', '--root', root, '--records-only', '--jobs', '2'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^news-archive: ${files.length + SEED_FILES.length} new, 0 changed, 0 unchanged, 0 removed, 0 failed`, 'm'));
      const report = JSON.parse(readFileSync(join(root, '.cache', 'news-archive', 'build-report.json'), 'utf8'));
      expect(report.extractThreads).toBe(2);
      const refused = spawnSync('node', [BIN, 'build', '--root', root, '--jobs', '0'], { cwd: ROOT, encoding: 'utf8' });
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toContain('--jobs must be a whole number of threads, 1 or more, not "0"');
    } finally {
      removeProject(root);
    }
  });

  it('the loader hook does catch TypeScript (the test above can fail)', () => {
    const run = spawnSync('node', ['--import', NO_TYPESCRIPT, '--import', 'tsx', join(ROOT, 'src', 'cli.ts'), '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('TypeScript loaded at run time');
  });
});

describe('news-archive extract --json', () => {
  const files = [...SEED_FILES.map((f) => join(SEEDS, f)), join(SEEDS, 'no-such-file.txt')];
  const run = spawnSync('node', [BIN, 'extract', '--json', ...files], { cwd: ROOT, encoding: 'utf8' });
  const lines = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

  it('prints one JSON line per file, in the order given, and fails for the unreadable one', () => {
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines[2]).toEqual({ file: files[2], error: 'cannot be read (ENOENT)' });
    expect(run.status).toBe(1);
  });

  it('gives every field of the contract', () => {
    for (const l of lines.slice(0, 2)) {
      for (const key of ['file', 'title', 'published', 'author', 'outlet', 'dateline', 'people', 'organizations', 'places', 'dates', 'quotes', 'claims']) {
        expect(l, key).toHaveProperty(key);
      }
      for (const p of l.people) {
        expect(typeof p.name).toBe('string');
        expect(Array.isArray(p.aliases)).toBe(true);
        expect(typeof p.mentions).toBe('number');
      }
      for (const d of l.dates) expect(d.value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
    expect(lines[0]).toMatchObject({ published: '2023-03-23', outlet: 'LifeSiteNews', author: null, dateline: 'Ottawa' });
    expect(lines[1]).toMatchObject({ published: '2023-03-24', outlet: null, author: 'bellecarter', dateline: null });
  });

  it('takes --published for a file that states no date', () => {
    const out = execFileSync('node', [BIN, 'extract', '--json', '--published', '2020-01-02', join(ROOT, 'package.json')], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out).published).toBe('2020-01-02');
  });

  it('has --help for each subcommand', () => {
    for (const cmd of ['extract', 'build', 'add', 'serve']) {
      const help = execFileSync('node', [BIN, cmd, '--help'], { cwd: ROOT, encoding: 'utf8' });
      expect(help).toContain(`Usage: news-archive ${cmd}`);
    }
  });
});
