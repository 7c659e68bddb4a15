/**
 * A build of every hostile fixture (plus binary, folder, broken-link and FIFO sources made here):
 * the build completes, names each file it could not use with the reason (summary and report),
 * --strict fails, every other article builds, and every output path stays inside the project.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync, lstatSync, renameSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, sep } from 'node:path';
import { tempProject, buildProject, removeProject } from '../helpers/project.js';
import { summary } from '../../src/pipeline/index.js';
import { HOSTILE, HOSTILE_FILES } from './pipeline.js';

const src = (name: string) => join('content', 'sources', name);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('build of the hostile fixtures', () => {
  let root: string;
  let result: Awaited<ReturnType<typeof buildProject>>;
  beforeAll(async () => {
    root = tempProject([{ dir: HOSTILE, files: HOSTILE_FILES }]);
    const sources = join(root, 'content', 'sources');
    let seed = 1;
    writeFileSync(
      join(sources, 'binary.txt'),
      Uint8Array.from({ length: 2048 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 23),
    );
    writeFileSync(join(sources, 'image.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x41, 0x42]));
    mkdirSync(join(sources, 'a-folder.txt'));
    symlinkSync(join(root, 'nowhere.txt'), join(sources, 'dangling-link.txt'));
    execFileSync('mkfifo', [join(sources, 'fifo.txt')]);
    result = await buildProject(root);
  });
  afterAll(() => removeProject(root));

  it('completes, and names every file it could not use with the reason', () => {
    expect(result.status).toBe(0);
    const errors = result.ctx.problems.filter((p) => p.level === 'error').map(({ file, stage, reason }) => ({ file, stage, reason }));
    expect(errors).toEqual(
      expect.arrayContaining([
        { file: src('empty.txt'), stage: 'decode', reason: 'empty file: nothing to archive' },
        { file: src('whitespace-only.txt'), stage: 'decode', reason: 'no text: the file holds only white space' },
        { file: src('binary.txt'), stage: 'decode', reason: 'binary file: too many control bytes to be text' },
        { file: src('image.txt'), stage: 'decode', reason: 'binary file: a PNG image, not a text' },
        { file: src('a-folder.txt'), stage: 'read', reason: 'is a folder, not a text file' },
        { file: src('dangling-link.txt'), stage: 'read', reason: 'a broken link' },
        { file: src('fifo.txt'), stage: 'read', reason: 'not a regular file (a pipe, socket or device): skipped' },
      ]),
    );
    expect(errors.find((e) => e.file === src('invalid-utf8.txt'))?.reason).toMatch(/^invalid UTF-8: byte 0xff at offset 53/);
    for (const hidden of ['.hidden-dot.txt', '..double-dot.txt']) {
      expect(result.ctx.problems).toContainEqual({
        file: src(hidden),
        stage: 'read',
        reason: 'a hidden file (its name starts with a dot): skipped',
        level: 'warning',
      });
    }
    const text = summary(result);
    for (const e of errors) expect(text).toContain(`error   ${e.file}: ${e.reason}`);
  });

  it('writes the machine-readable report', () => {
    const report = JSON.parse(readFileSync(join(root, '.cache', 'news-archive', 'build-report.json'), 'utf8'));
    const files = report.problems.filter((p: { level: string }) => p.level === 'error').map((p: { file: string }) => p.file);
    for (const f of ['empty.txt', 'whitespace-only.txt', 'invalid-utf8.txt', 'binary.txt', 'image.txt', 'a-folder.txt', 'dangling-link.txt', 'fifo.txt']) {
      expect(files).toContain(src(f));
    }
  });

  it('builds every usable source into a record and a page', () => {
    // Hidden files (a leading dot) are skipped with a warning; `news-archive add` gives them a safe name.
    const unusable = new Set(['empty.txt', 'whitespace-only.txt', 'invalid-utf8.txt', '.hidden-dot.txt', '..double-dot.txt']);
    const usable = HOSTILE_FILES.filter((f) => !unusable.has(f));
    const records = readdirSync(join(root, 'content', 'articles')).filter((f) => f.endsWith('.md'));
    const fromSources = records.map((r) => /\n {2}file: ['"]?(.+?)['"]?\n/.exec(readFileSync(join(root, 'content', 'articles', r), 'utf8'))?.[1]);
    expect(fromSources.sort()).toEqual([...usable].sort());
    expect(records).toHaveLength(usable.length);
    for (const r of records) expect(existsSync(join(root, '_site', 'articles', r.replace(/\.md$/, ''), 'index.html')), r).toBe(true);
  });

  it('gives two sources with the same bytes, or the same title and date, two records', () => {
    const records = readdirSync(join(root, 'content', 'articles'));
    expect(records.filter((r) => r.startsWith('undated-two-sources-same-bytes'))).toHaveLength(2);
    expect(records.filter((r) => r.startsWith('2005-06-13-same-title-same-day'))).toHaveLength(2);
  });

  it('keeps every output inside _site and content/articles, and no page where the text asked for one', () => {
    const site = realpathSync(join(root, '_site'));
    for (const f of walk(site)) {
      expect(realpathSync(f).startsWith(site + sep)).toBe(true);
      expect(f).not.toMatch(/\/__pwned/);
    }
    for (const f of readdirSync(join(root, 'content', 'articles'))) expect(f).toMatch(/^[a-z0-9][a-z0-9-]*\.md$/);
    expect(readdirSync(root).sort()).toEqual(['._site.versions', '.cache', '_site', 'content']);
    expect(dirname(site)).toBe(join(realpathSync(root), '._site.versions'));
    expect(readdirSync(join(root, 'content')).sort()).toEqual(['articles', 'sources']);
  });

  it('--strict exits non-zero and still builds the rest', async () => {
    const strict = await buildProject(root, { strict: true });
    expect(strict.status).toBe(1);
    expect(existsSync(join(root, '_site', 'articles', 'undated-no-date'.replace('no-date', 'council-delays-vote-on-bridge-repairs'), 'index.html'))).toBe(true);
  });
});

describe('nothing already built is lost because one input turns bad', () => {
  let root: string;
  const good = 'no-date.txt';
  const id = 'undated-council-delays-vote-on-bridge-repairs';
  beforeAll(async () => {
    root = tempProject([{ dir: HOSTILE, files: [good] }]);
    const first = await buildProject(root);
    expect(first.ctx.counts.new).toBe(1);
  });
  afterAll(() => removeProject(root));

  const record = () => join(root, 'content', 'articles', `${id}.md`);
  const page = () => join(root, '_site', 'articles', id, 'index.html');
  const source = () => join(root, 'content', 'sources', good);

  it('a source overwritten with binary bytes keeps its record and page', async () => {
    const before = readFileSync(record(), 'utf8');
    const saved = readFileSync(source());
    writeFileSync(source(), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const r = await buildProject(root);
    expect(r.ctx.problems.map((p) => p.reason)).toContain('binary file: a PNG image, not a text');
    expect(readFileSync(record(), 'utf8')).toBe(before);
    expect(existsSync(page())).toBe(true);
    writeFileSync(source(), saved);
  });

  it('a source replaced by a folder keeps its record and page', async () => {
    const before = readFileSync(record(), 'utf8');
    renameSync(source(), join(root, 'saved.txt'));
    mkdirSync(source());
    const r = await buildProject(root);
    expect(r.ctx.problems).toContainEqual({ file: src(good), stage: 'read', reason: 'is a folder, not a text file', level: 'error' });
    expect(r.ctx.counts.removed).toBe(0);
    expect(readFileSync(record(), 'utf8')).toBe(before);
    expect(existsSync(page())).toBe(true);
    rmSync(source(), { recursive: true });
  });

  it('a source replaced by a broken link keeps its record and page', async () => {
    symlinkSync(join(root, 'gone.txt'), source());
    expect(lstatSync(source()).isSymbolicLink()).toBe(true);
    const r = await buildProject(root);
    expect(r.ctx.problems).toContainEqual({ file: src(good), stage: 'read', reason: 'a broken link', level: 'error' });
    expect(existsSync(record())).toBe(true);
    expect(existsSync(page())).toBe(true);
    rmSync(source());
    renameSync(join(root, 'saved.txt'), source());
    const back = await buildProject(root);
    expect(back.ctx.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(back.ctx.counts.unchanged + back.ctx.counts.changed).toBe(1);
  });
});
