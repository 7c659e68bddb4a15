/**
 * Corrections are never lost: a corrections file that cannot be read fails every build (not only
 * the first) and the last good record stays published; a hand edit whose build is killed right
 * after its operations were appended is appended once; hand edits are seen without the manifest.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempProject, buildProject, removeProject, SEED_FILES } from '../helpers/project.js';
import { runCli } from '../helpers/site.js';
import { parseRecord } from '../../src/write/markdown.js';

const NEW_TITLE = 'Han Dong told China’s consul to delay the release of the two Michaels';
const NEW_ID = '2023-03-23-han-dong-told-chinas-consul-to-delay-the-release-of-the-two';
const OLD_ID = '2023-03-23-mp-han-dong-was-alleged-to-have-told-chinas-consul-general';
const CORRECTIONS = `- set: title
  value: ${NEW_TITLE}
- remove: people
  match: Michael Spavor
`;
/** An editor's half-typed addition: a list that is never closed. */
const UNCLOSED = `- add: people
  value: { name: Jane Doe, role: [spokesperson
`;

function project(): { root: string; corrPath: string; recordPath: string } {
  const root = tempProject();
  const corrPath = join(root, 'content', 'corrections', `${SEED_FILES[0]}.yml`);
  mkdirSync(join(root, 'content', 'corrections'), { recursive: true });
  writeFileSync(corrPath, CORRECTIONS);
  return { root, corrPath, recordPath: join(root, 'content', 'articles', `${NEW_ID}.md`) };
}

describe('a corrections file that cannot be read', () => {
  let p: ReturnType<typeof project>;
  let good: string;
  let page: string;
  beforeAll(async () => {
    p = project();
    expect((await buildProject(p.root)).status).toBe(0);
    good = readFileSync(p.recordPath, 'utf8');
    page = readFileSync(join(p.root, '_site', 'articles', NEW_ID, 'index.html'), 'utf8');
  }, 120_000);
  afterAll(() => removeProject(p.root));

  it('fails every build, --strict or not, naming the file, and keeps the last good record published', async () => {
    appendFileSync(p.corrPath, UNCLOSED);
    for (const strict of [true, false, false]) {
      const r = await buildProject(p.root, { strict });
      expect(r.status).toBe(1);
      const errors = r.ctx.problems.filter((x) => x.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0].file).toBe(join('content', 'corrections', `${SEED_FILES[0]}.yml`));
      expect(errors[0].reason).toMatch(
        /^cannot be read \(not YAML: .*\): the last good record \(content\/articles\/2023-03-23-han-dong-told-chinas-consul-to-delay-the-release-of-the-two\.md\) stays published until it is fixed$/,
      );
      // The corrected record and its page, as they were: title, address, the removed person.
      expect(readFileSync(p.recordPath, 'utf8')).toBe(good);
      expect(existsSync(join(p.root, 'content', 'articles', `${OLD_ID}.md`))).toBe(false);
      expect(readFileSync(join(p.root, '_site', 'articles', NEW_ID, 'index.html'), 'utf8')).toBe(page);
      expect(existsSync(join(p.root, '_site', 'articles', OLD_ID))).toBe(false);
    }
  }, 240_000);

  it('keeps the last good record even when its source changes meanwhile', async () => {
    appendFileSync(join(p.root, 'content', 'sources', SEED_FILES[0]), '\nThe consulate did not answer questions on Friday.\n');
    const r = await buildProject(p.root, { recordsOnly: true });
    expect(r.status).toBe(1);
    expect(readFileSync(p.recordPath, 'utf8')).toBe(good);
  });

  it('builds normally once fixed', async () => {
    writeFileSync(p.corrPath, CORRECTIONS);
    const r = await buildProject(p.root, { strict: true });
    expect(r.ctx.problems.filter((x) => x.level === 'error')).toEqual([]);
    const rec = parseRecord(p.recordPath, readFileSync(p.recordPath, 'utf8'));
    expect(rec.title).toBe(NEW_TITLE);
    expect(rec.body).toContain('The consulate did not answer questions on Friday.');
    expect(rec.people.map((x) => x.name)).not.toContain('Michael Spavor');
  }, 120_000);

  it('fails a new source with an invalid entry and publishes nothing of it', async () => {
    const root = tempProject();
    try {
      mkdirSync(join(root, 'content', 'corrections'));
      writeFileSync(join(root, 'content', 'corrections', `${SEED_FILES[0]}.yml`), `${CORRECTIONS}- rename: title\n`);
      const r = await buildProject(root, { recordsOnly: true });
      expect(r.status).toBe(1);
      expect(r.ctx.problems.filter((x) => x.fails).map((x) => x.reason)).toEqual([
        'cannot be read (entry 3: not a correction (set, add, remove, update or replace): {"rename":"title"}): the source is not published until it is fixed',
      ]);
      expect(existsSync(join(root, 'content', 'articles', `${OLD_ID}.md`))).toBe(false);
      expect(existsSync(join(root, 'content', 'articles', `${NEW_ID}.md`))).toBe(false);
    } finally {
      removeProject(root);
    }
  });
});

describe('hand edits', () => {
  let p: ReturnType<typeof project>;
  beforeAll(async () => {
    p = project();
    expect((await buildProject(p.root, { recordsOnly: true })).status).toBe(0);
  });
  afterAll(() => removeProject(p.root));

  const ops = (text: string) => text.match(/^# From a hand edit/gm)?.length ?? 0;

  it('are appended once when the build is killed right after writing them', async () => {
    writeFileSync(p.recordPath, readFileSync(p.recordPath, 'utf8').replace('outlet: LifeSiteNews', 'outlet: LifeSite News'));
    const killed = await runCli(['build', '--root', p.root, '--records-only'], {
      NEWS_ARCHIVE_CRASH_AT: 'hand-edit-appended',
      NEWS_ARCHIVE_LOCK_STALE_MS: '2000',
    });
    expect(killed.signal).toBe('SIGKILL');
    expect(ops(readFileSync(p.corrPath, 'utf8'))).toBe(1);
    const again = await runCli(['build', '--root', p.root, '--records-only'], { NEWS_ARCHIVE_LOCK_STALE_MS: '2000' });
    expect(again.code, again.out).toBe(0);
    const text = readFileSync(p.corrPath, 'utf8');
    expect(ops(text)).toBe(1);
    expect(text.match(/value: LifeSite News/g)).toHaveLength(1);
    expect(parseRecord(p.recordPath, readFileSync(p.recordPath, 'utf8')).outlet).toBe('LifeSite News');
  }, 120_000);

  for (const [what, damage] of [
    ['is gone', (path: string) => rmSync(path)],
    ['is corrupt', (path: string) => writeFileSync(path, readFileSync(path, 'utf8').slice(0, 100))],
    [
      'holds valid JSON with wrong values',
      (path: string) => writeFileSync(path, JSON.stringify({ [SEED_FILES[0]]: { sha256: 'x', extractor: 'y', id: 'z', output: 'w' } })),
    ],
  ] as const) {
    it(`are found from the saved generated copies when the manifest ${what}, and a forced build keeps them`, async () => {
      const before = ops(readFileSync(p.corrPath, 'utf8'));
      const dateline = `Ottawa, ${what}`;
      writeFileSync(p.recordPath, readFileSync(p.recordPath, 'utf8').replace(/^dateline: .*$/m, `dateline: '${dateline}'`));
      damage(join(p.root, '.cache', 'news-archive', 'manifest.json'));
      const r = await buildProject(p.root, { recordsOnly: true, force: true });
      expect(r.ctx.corrections.fromEdits).toBe(1);
      expect(ops(readFileSync(p.corrPath, 'utf8'))).toBe(before + 1);
      expect(parseRecord(p.recordPath, readFileSync(p.recordPath, 'utf8')).dateline).toBe(dateline);
      if (what !== 'is gone') expect(r.ctx.notices.join('\n')).toMatch(/manifest\.json is invalid \(.*\): rebuilt/);
    });
  }
});
