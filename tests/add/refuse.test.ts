/**
 * `news-archive add` refuses what cannot be an article, with exit 1 and the reason, and keeps it
 * with --force; `build` refuses a folder that is not a project unless --init.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { notAnArticle } from '../../src/add/refuse.js';
import { tempProject, removeProject } from '../helpers/project.js';
import { runCli } from '../helpers/site.js';

/** The first bytes of an ELF executable (64-bit, little-endian), then zeros and code-like bytes. */
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(56), Buffer.from('\x48\x89\xe5\x5d\xc3', 'latin1')]);
/** A UTF-32LE byte order mark followed by junk: once decoded as UTF-16 it read as Chinese. */
const UTF32_JUNK = Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x00]), Buffer.from('abcdefghrubbish!', 'latin1')]);
/** A minimal PNG signature and header chunk. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.alloc(17)]);
const ARTICLE =
  'Quiet street fair draws crowds\n\nJune 13, 2005\n\nThe annual street fair on Main Street drew about 3,000 people on Saturday, organiser Ana Ruiz said.\n';

describe('what cannot be an article', () => {
  it('names why, for each kind', async () => {
    expect(await notAnArticle(Buffer.alloc(0))).toBe('empty file');
    expect(await notAnArticle(Buffer.from(' \n\t\r\n  \n'))).toBe('only white space: nothing to archive');
    expect(await notAnArticle(ELF)).toBe('a application/x-elf file (.elf), not a text');
    expect(await notAnArticle(PNG)).toBe('a image/png file (.png), not a text');
    expect(await notAnArticle(Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03]), deflateSync('text')]))).toBe(
      'a application/gzip file (.gz), not a text',
    );
    expect(await notAnArticle(UTF32_JUNK)).toBe('holds a control character (U+0000): binary data, or an encoding that is not supported');
    expect(await notAnArticle(Buffer.from([0x41, 0x81, 0x00, 0x00, 0x00, 0x00, 0x42]))).toMatch(/binary|encoding/);
  });

  it('lets texts through: plain ASCII, UTF-8, UTF-16 with its mark, Windows-1252', async () => {
    expect(await notAnArticle(Buffer.from(ARTICLE))).toBeNull();
    expect(await notAnArticle(Buffer.from('Zürich — Ms. Müller said “yes”.\n'))).toBeNull();
    expect(await notAnArticle(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ottawa said so.\n', 'utf16le')]))).toBeNull();
    expect(await notAnArticle(Buffer.from('Caf\xe9 owners said \x93no\x94.\n', 'latin1'))).toBeNull();
  });
});

describe('news-archive add and build at the door', () => {
  let root: string;
  let inbox: string;
  beforeAll(() => {
    root = tempProject();
    inbox = mkdtempSync(join(tmpdir(), 'news-archive-inbox-'));
  });
  afterAll(() => {
    removeProject(root);
    rmSync(inbox, { recursive: true, force: true });
  });

  it('add refuses each with exit 1 and the reason, copying nothing', async () => {
    const files: Record<string, Buffer> = { 'empty.txt': Buffer.alloc(0), 'blank.txt': Buffer.from('  \n\n '), 'program.txt': ELF, 'utf32.txt': UTF32_JUNK };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(inbox, name), bytes);
    const before = readdirSync(join(root, 'content', 'sources')).sort();
    const r = await runCli(['add', '--root', root, ...Object.keys(files).map((n) => join(inbox, n))]);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n')).toEqual([
      `refused ${join(inbox, 'empty.txt')}: empty file (--force keeps it anyway)`,
      `refused ${join(inbox, 'blank.txt')}: only white space: nothing to archive (--force keeps it anyway)`,
      `refused ${join(inbox, 'program.txt')}: a application/x-elf file (.elf), not a text (--force keeps it anyway)`,
      `refused ${join(inbox, 'utf32.txt')}: holds a control character (U+0000): binary data, or an encoding that is not supported (--force keeps it anyway)`,
    ]);
    expect(readdirSync(join(root, 'content', 'sources')).sort()).toEqual(before);
  }, 60_000);

  it('add --force keeps one anyway', async () => {
    const r = await runCli(['add', '--root', root, '--force', join(inbox, 'program.txt')]);
    expect(r.code, r.out).toBe(0);
    expect(readFileSync(join(root, 'content', 'sources', 'program.txt')).equals(ELF)).toBe(true);
  }, 60_000);

  it('build refuses a folder without content/, and makes a project there with --init', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'news-archive-not-a-project-'));
    try {
      const r = await runCli(['build', '--root', empty]);
      expect(r.code).toBe(2);
      expect(r.out.trim()).toBe(
        `news-archive: ${empty} is not a news-archive project (it has no content/ folder); run it in a project, or give --init to make one there`,
      );
      expect(readdirSync(empty)).toEqual([]);
      const typo = join(empty, 'typo');
      expect((await runCli(['build', '--root', typo])).out.trim()).toBe(`news-archive: ${typo} does not exist: not a project (give --init to make one there)`);
      expect(existsSync(typo)).toBe(false);
      const init = await runCli(['build', '--root', empty, '--init']);
      expect(init.code, init.out).toBe(0);
      expect(existsSync(join(empty, 'content', 'articles'))).toBe(true);
      expect(existsSync(join(empty, '_site', 'index.html'))).toBe(true);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 120_000);
});
