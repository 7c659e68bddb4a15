/**
 * `news-archive add`: a file, a folder, standard input; exact duplicates refused and named,
 * near-duplicates warned about, each new article summarised.
 * Articles from the MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { addSources, safeSourceName } from '../../src/add/index.js';
import { tempProject, buildProject, removeProject, SEEDS, SEED_FILES, MEANTIME } from '../helpers/project.js';
import { hashOf } from '../../src/lib/hash.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'news-archive.js');
const M001 = '001-internal-emails-expose-boeing-air-force-contract-discussions.txt';
const M001_NAME = '001-internal-emails-expose-boeing-air-force-contract.txt';
const M002 = '002-airbus-launches-worlds-largest-passenger-plane.txt';
const M004 = '004-boeing-unveils-long-range-777.txt';

async function add(root: string, args: string[], stdin?: Buffer) {
  const lines: string[] = [];
  const status = await addSources(args, { root, log: (l) => lines.push(l), stdin: stdin ? async () => stdin : undefined });
  return { status, lines };
}

describe('news-archive add', () => {
  let root: string;
  let inbox: string;
  beforeAll(async () => {
    root = tempProject();
    await buildProject(root, { recordsOnly: true });
    inbox = mkdtempSync(join(tmpdir(), 'news-archive-inbox-'));
  });
  afterAll(() => {
    removeProject(root);
    rmSync(inbox, { recursive: true, force: true });
  });

  it('copies a file under a safe name and says what it found', async () => {
    const r = await add(root, [join(MEANTIME, 'articles', M001)]);
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(
      /^added {3}content\/sources\/001-internal-emails-expose-boeing-air-force-contract\.txt: "Internal emails expose Boeing-Air Force contract discussions" · 2004-11-24 · no outlet · \d+ people$/,
    );
    // Names are cut at a word boundary to stay short.
    expect(readFileSync(join(root, 'content', 'sources', M001_NAME))).toEqual(readFileSync(join(MEANTIME, 'articles', M001)));
  });

  it('copies every text file of a folder, in name order (bytes), and nothing else', async () => {
    const dir = join(inbox, 'folder');
    mkdirSync(dir);
    copyFileSync(join(MEANTIME, 'articles', M004), join(dir, 'B Boeing 777!.TXT'));
    copyFileSync(join(MEANTIME, 'articles', M002), join(dir, 'a-airbus.txt'));
    writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
    writeFileSync(join(dir, '.hidden.txt'), 'not an article');
    const r = await add(root, [dir]);
    expect(r.status).toBe(0);
    expect(r.lines.map((l) => l.split(':')[0])).toEqual(['added   content/sources/b-boeing-777.txt', 'added   content/sources/a-airbus.txt']);
    expect(r.lines[0]).toMatch(/: "Boeing unveils long-range 777" · 2005-02-17 · no outlet · \d+ people$/);
    expect(existsSync(join(root, 'content', 'sources', 'photo.jpg'))).toBe(false);
  });

  it('reads standard input under a name made from its content', async () => {
    const text = Buffer.from(
      'Quiet street fair draws crowds\n\nJune 13, 2005\n\nThe annual street fair on Main Street drew about 3,000 people on Saturday, organiser Ana Ruiz said.\n',
    );
    const r = await add(root, ['-'], text);
    const name = `stdin-${hashOf(text).slice(0, 12)}.txt`;
    expect(r.lines).toEqual([
      expect.stringMatching(new RegExp(`^added   content/sources/${name}: "Quiet street fair draws crowds" · 2005-06-13 · no outlet · \\d+ people$`)),
    ]);
    expect(readFileSync(join(root, 'content', 'sources', name))).toEqual(text);
  });

  it('refuses an exact duplicate and names the source it duplicates', async () => {
    const copy = join(inbox, 'same-as-seed.txt');
    copyFileSync(join(SEEDS, SEED_FILES[0]), copy);
    const before = readdirSync(join(root, 'content', 'sources')).sort();
    const r = await add(root, [copy]);
    expect(r).toEqual({ status: 1, lines: [`refused ${copy}: same content as content/sources/${SEED_FILES[0]}`] });
    expect(readdirSync(join(root, 'content', 'sources')).sort()).toEqual(before);
  });

  it('warns about a near-duplicate (same title and date) but adds it', async () => {
    const near = join(inbox, 'boeing-emails-updated.txt');
    writeFileSync(near, readFileSync(join(MEANTIME, 'articles', M001), 'utf8') + '\nThis article was updated.\n');
    const r = await add(root, [near]);
    expect(r.status).toBe(0);
    expect(r.lines[0]).toBe(`warning ${near}: same title and date as content/sources/${M001_NAME} (a near-duplicate?)`);
    expect(r.lines[1]).toMatch(/^added {3}content\/sources\/boeing-emails-updated\.txt: /);
  });

  it('finds near-duplicates of built articles in the manifest, without the sources being readable as articles again', async () => {
    // A source already built: its title and date come from the build's manifest.
    const seed = readFileSync(join(SEEDS, SEED_FILES[1]), 'utf8');
    const near = join(inbox, 'seed-again.txt');
    writeFileSync(near, seed + '\nEditor’s note: updated.\n');
    const r = await add(root, [near]);
    expect(r.lines[0]).toBe(`warning ${near}: same title and date as content/sources/${SEED_FILES[1]} (a near-duplicate?)`);
  });

  it('makes safe, stable names', () => {
    expect(safeSourceName('Weird name!.TXT')).toBe('weird-name.txt');
    expect(safeSourceName('../../etc/passwd')).toBe('passwd.txt');
    expect(safeSourceName('report.pdf')).toBe('report.txt');
  });

  it('works from the command line with standard input and --build', () => {
    const text = 'Library opens on Sunday\n\nMay 2, 2011\n\nThe new city library opened on Sunday, the mayor, Tom Bell, said.\n';
    const run = spawnSync('node', [BIN, 'add', '-', '--name', 'library.txt', '--root', root, '--build'], {
      input: text,
      encoding: 'utf8',
      env: { ...process.env, CI: '1' },
    });
    expect(run.stdout).toMatch(/^added {3}content\/sources\/library\.txt: "Library opens on Sunday" · 2011-05-02 · /m);
    expect(run.stdout).toMatch(/^news-archive: 7 new, \d+ changed, \d+ unchanged, 0 removed, 0 failed in /m);
    expect(run.status).toBe(0);
    expect(existsSync(join(root, '_site', 'articles', '2011-05-02-library-opens-on-sunday', 'index.html'))).toBe(true);
  }, 120_000);
});
