/** A full build of the seed corpus in a throw-away project: the records, the pages, the index. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempProject, buildProject, removeProject, SEED_FILES } from '../helpers/project.js';

const ID_000 = '2023-03-23-mp-han-dong-was-alleged-to-have-told-chinas-consul-general';
const ID_001 = '2023-03-24-mp-han-dong-resigns-from-trudeaus-liberal-party-following';

describe('build of the seed corpus', () => {
  let root: string;
  let first: Awaited<ReturnType<typeof buildProject>>;
  beforeAll(async () => {
    root = tempProject();
    first = await buildProject(root);
  });
  afterAll(() => removeProject(root));

  it('writes one record per source, named by date and title', () => {
    expect(first.status).toBe(0);
    expect(first.ctx.counts).toEqual({ new: 2, changed: 0, unchanged: 0, removed: 0, failed: 0 });
    expect(readdirSync(join(root, 'content', 'articles')).sort()).toEqual([`${ID_000}.md`, `${ID_001}.md`]);
  });

  it('builds the home, article, people, person, archive and search pages', () => {
    const site = join(root, '_site');
    for (const page of [
      'index.html',
      `articles/${ID_000}/index.html`,
      `articles/${ID_001}/index.html`,
      'people/index.html',
      'archive/index.html',
      'archive/2023/index.html',
      'archive/2023-03/index.html',
      'search/index.html',
      'search-index/meta.json',
      'assets/search.js',
      'assets/style.css',
    ]) {
      expect(existsSync(join(site, page)), page).toBe(true);
    }
    const people = readdirSync(join(site, 'people')).filter((n) => n !== 'index.html');
    expect(people).toContain('michael-kovrig');
    const kovrig = readFileSync(join(site, 'people', 'michael-kovrig', 'index.html'), 'utf8');
    expect(kovrig).toContain(`/articles/${ID_000}/`);
    expect(kovrig).toContain(`/articles/${ID_001}/`);
  });

  it('shows the article text with its header facts', () => {
    const html = readFileSync(join(root, '_site', 'articles', ID_001, 'index.html'), 'utf8');
    expect(html).toContain(
      '<h1 id="headline">MP Han Dong resigns from Trudeau&#39;s Liberal Party following allegations questioning his loyalty to Canada</h1>',
    );
    expect(html).toContain('<time datetime="2023-03-24">24 March 2023</time>');
    expect(html).toContain('bellecarter');
    expect(html).toContain('<h2>House of Commons calls for public inquiry</h2>');
  });

  it('rebuilds without extracting anything again when nothing changed', async () => {
    const again = await buildProject(root);
    expect(again.ctx.counts).toEqual({ new: 0, changed: 0, unchanged: 2, removed: 0, failed: 0 });
  });

  it('names a bad source and its reason, and builds the rest', async () => {
    writeFileSync(join(root, 'content', 'sources', 'broken.txt'), Buffer.from([0x41, 0x81, 0x00, 0x00, 0x00, 0x00, 0x42]));
    const r = await buildProject(root);
    expect(r.ctx.problems).toContainEqual({
      file: join('content', 'sources', 'broken.txt'),
      stage: 'decode',
      reason: 'binary file: too many control bytes to be text',
      level: 'error',
    });
    expect(r.status).toBe(0);
    expect(existsSync(join(root, '_site', 'articles', ID_000, 'index.html'))).toBe(true);
    const strict = await buildProject(root, { strict: true });
    expect(strict.status).toBe(1);
    const report = JSON.parse(readFileSync(join(root, '.cache', 'news-archive', 'build-report.json'), 'utf8'));
    expect(report.problems.map((p: { file: string }) => p.file)).toContain(join('content', 'sources', 'broken.txt'));
    rmSync(join(root, 'content', 'sources', 'broken.txt'));
  });

  it('fails on a broken content/entities.yml, naming the file and the reason, and keeps the previous site whole', async () => {
    const page = join(root, '_site', 'articles', ID_001, 'index.html');
    const before = readFileSync(page, 'utf8');
    const pages = readdirSync(join(root, '_site', 'people')).sort();
    writeFileSync(join(root, 'content', 'entities.yml'), '- merge: [Han Dong]\n');
    const r = await buildProject(root);
    expect(r.status).toBe(1);
    expect(r.ctx.problems).toEqual([
      {
        file: 'content/entities.yml',
        stage: 'entities',
        reason: 'entry 1 is not a merge, split, rename or retype operation (merge: Too small: expected array to have >=2 items): {"merge":["Han Dong"]}',
        level: 'error',
      },
    ]);
    expect(readFileSync(page, 'utf8')).toBe(before);
    expect(readdirSync(join(root, '_site', 'people')).sort()).toEqual(pages);
    expect(readdirSync(root).filter((n) => n.includes('.building-'))).toEqual([]);
    // Fixed, it applies: the page shows the name the editor gave.
    writeFileSync(join(root, 'content', 'entities.yml'), '- rename: { from: Han Dong, to: Han Dong MP }\n');
    const fixed = await buildProject(root);
    expect(fixed.status).toBe(0);
    expect(readFileSync(page, 'utf8')).toContain('Han Dong MP');
    rmSync(join(root, 'content', 'entities.yml'));
  });

  it('removes the record and pages of a removed source', async () => {
    rmSync(join(root, 'content', 'sources', SEED_FILES[0]));
    const r = await buildProject(root);
    expect(r.status).toBe(0);
    expect(r.ctx.problems).toEqual([]);
    expect(r.ctx.counts.removed).toBe(1);
    expect(r.ctx.site?.mode).toBe('incremental');
    // The search index loses its second document's file, and counts one document.
    expect(existsSync(join(root, '_site', 'search-index', 'd', '1.json'))).toBe(false);
    expect(JSON.parse(readFileSync(join(root, '_site', 'search-index', 'meta.json'), 'utf8')).docCount).toBe(1);
    expect(existsSync(join(root, 'content', 'articles', `${ID_000}.md`))).toBe(false);
    expect(existsSync(join(root, '_site', 'articles', ID_000))).toBe(false);
    expect(existsSync(join(root, '_site', 'articles', ID_001, 'index.html'))).toBe(true);
  });
});
