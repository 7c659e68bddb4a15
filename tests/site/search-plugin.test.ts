/** The search index is written by a child process during the build; if that process fails, the build writes it itself. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempProject, buildProject, removeProject } from '../helpers/project.js';
import { siteRun } from '../../src/site/options.js';
import { writeSearchAssets } from '../../src/site/search-plugin.js';

describe('search assets', () => {
  let root: string;
  let out: string;
  let writer: string | undefined;
  beforeAll(async () => {
    root = tempProject();
    const r = await buildProject(root);
    expect(r.status).toBe(0);
    writer = r.ctx.site?.search;
    out = mkdtempSync(join(tmpdir(), 'news-archive-out-'));
  }, 120_000);
  afterAll(() => {
    removeProject(root);
    rmSync(out, { recursive: true, force: true });
  });

  it('the build wrote the index of both seeds, by the index process', () => {
    expect(writer).toBe('index process');
    const meta = JSON.parse(readFileSync(join(root, '_site', 'search-index', 'meta.json'), 'utf8'));
    expect(meta.docCount).toBe(2);
    expect(existsSync(join(root, '_site', 'assets', 'search.js'))).toBe(true);
  });

  it('writes the index in the build process when the index process failed', async () => {
    const run = siteRun({ articlesDir: join(root, 'content', 'articles'), cacheDir: join(root, '.cache', 'news-archive') });
    const failed = Promise.reject(new Error('search index: the index process stopped (SIGKILL)'));
    await writeSearchAssets(out, run, failed);
    expect(run.searchWriter).toBe('build process');
    expect(run.searchIndex?.files).toBeGreaterThan(0);
    const meta = JSON.parse(readFileSync(join(out, 'search-index', 'meta.json'), 'utf8'));
    expect(meta.docCount).toBe(2);
    expect(readFileSync(join(out, 'search-index', 'meta.json'), 'utf8')).toBe(readFileSync(join(root, '_site', 'search-index', 'meta.json'), 'utf8'));
    expect(existsSync(join(out, 'assets', 'search.js'))).toBe(true);
  }, 60_000);
});
