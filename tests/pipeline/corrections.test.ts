/**
 * Editors' corrections survive every rebuild: a changed extractor, a hand edit of a record, a
 * correction whose target is gone (reported as stale, kept), an unreadable hand edit (left alone).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempProject, buildProject, removeProject, SEED_FILES, readCacheFile, writeCacheFile } from '../helpers/project.js';
import { parseRecord } from '../../src/write/markdown.js';

const OLD_ID = '2023-03-23-mp-han-dong-was-alleged-to-have-told-chinas-consul-general';
const NEW_TITLE = 'Han Dong told China’s consul to delay the release of the two Michaels';
const NEW_ID = '2023-03-23-han-dong-told-chinas-consul-to-delay-the-release-of-the-two';
const CORRECTIONS = `# An editor's corrections
- set: title
  value: ${NEW_TITLE}
- update: people
  match: Han Dong
  set:
    role: Member of Parliament for Don Valley North
- remove: people
  match: Michael Spavor
- remove: people
  match: Nobody Such
`;

function simulateNewExtractor(root: string): void {
  const path = join(root, '.cache', 'news-archive', 'manifest.json');
  const manifest = readCacheFile(path);
  for (const entry of Object.values(manifest) as { extractor: string }[]) entry.extractor = 'an-older-extractor';
  writeCacheFile(path, manifest);
}

describe('corrections through rebuilds', () => {
  let root: string;
  let corrPath: string;
  let recordPath: string;
  let corrected: string;
  beforeAll(async () => {
    root = tempProject();
    corrPath = join(root, 'content', 'corrections', `${SEED_FILES[0]}.yml`);
    recordPath = join(root, 'content', 'articles', `${NEW_ID}.md`);
    await buildProject(root, { recordsOnly: true });
  });
  afterAll(() => removeProject(root));

  it('applies a corrections file: a new title (and so a new id), a role, a removed person', async () => {
    mkdirSync(join(root, 'content', 'corrections'), { recursive: true });
    writeFileSync(corrPath, CORRECTIONS);
    const r = await buildProject(root, { recordsOnly: true });
    expect(r.ctx.counts).toMatchObject({ changed: 1, unchanged: 1, failed: 0 });
    expect(existsSync(join(root, 'content', 'articles', `${OLD_ID}.md`))).toBe(false);
    corrected = readFileSync(recordPath, 'utf8');
    const rec = parseRecord(recordPath, corrected);
    expect(rec.title).toBe(NEW_TITLE);
    expect(rec.people.find((p) => p.name === 'Han Dong')?.role).toBe('Member of Parliament for Don Valley North');
    expect(rec.people.map((p) => p.name)).not.toContain('Michael Spavor');
    expect(r.ctx.corrections).toEqual({ applied: 3, stale: 1, fromEdits: 0 });
  });

  it('reports a correction whose target is gone as stale, every build, and keeps it in its file', async () => {
    const stale = {
      file: join('content', 'corrections', `${SEED_FILES[0]}.yml`),
      stage: 'correction',
      reason: 'stale: remove from people "Nobody Such": no item "Nobody Such" in people any more (kept in the file, not applied)',
      level: 'warning',
    };
    const r = await buildProject(root, { recordsOnly: true });
    expect(r.ctx.counts).toMatchObject({ changed: 0, unchanged: 2 });
    expect(r.ctx.problems).toContainEqual(stale);
    const report = JSON.parse(readFileSync(join(root, '.cache', 'news-archive', 'build-report.json'), 'utf8'));
    expect(report.problems).toContainEqual(stale);
    expect(report.corrections).toEqual({ applied: 0, stale: 1, fromEdits: 0 });
    expect(readFileSync(corrPath, 'utf8')).toBe(CORRECTIONS);
  });

  it('applies the corrections again after the extractor changed', async () => {
    simulateNewExtractor(root);
    const r = await buildProject(root, { recordsOnly: true });
    expect(r.ctx.counts).toMatchObject({ changed: 2, unchanged: 0 });
    expect(readFileSync(recordPath, 'utf8')).toBe(corrected);
  });

  it('turns a hand edit of a record into corrections before regenerating it', async () => {
    writeFileSync(recordPath, corrected.replace('outlet: LifeSiteNews', 'outlet: LifeSite News').replace(/^dateline: Ottawa$/m, 'dateline: Ottawa, Ontario'));
    const r = await buildProject(root, { recordsOnly: true });
    expect(r.ctx.problems).toContainEqual({
      file: join('content', 'articles', `${NEW_ID}.md`),
      stage: 'correction',
      reason: `edited by hand: kept as 2 corrections in ${join('content', 'corrections', `${SEED_FILES[0]}.yml`)}`,
      level: 'warning',
    });
    expect(r.ctx.corrections.fromEdits).toBe(2);
    // The comment names the edit (a hash of the record before and after it): appended once only.
    expect(readFileSync(corrPath, 'utf8')).toMatch(/^# From a hand edit of .* \(edit [0-9a-f]{16}\)$/m);
    expect(readFileSync(corrPath, 'utf8').replace(/ \(edit [0-9a-f]{16}\)$/m, '')).toBe(
      CORRECTIONS + `# From a hand edit of content/articles/${NEW_ID}.md\n- set: outlet\n  value: LifeSite News\n- set: dateline\n  value: 'Ottawa, Ontario'\n`,
    );
    simulateNewExtractor(root);
    await buildProject(root, { recordsOnly: true });
    const rec = parseRecord(recordPath, readFileSync(recordPath, 'utf8'));
    expect([rec.title, rec.outlet, rec.dateline]).toEqual([NEW_TITLE, 'LifeSite News', 'Ottawa, Ontario']);
  });

  it('leaves a hand edit it cannot read as it is, and says so', async () => {
    const broken = readFileSync(recordPath, 'utf8').replace(/^title: .*$/m, 'title: [unclosed');
    writeFileSync(recordPath, broken);
    simulateNewExtractor(root);
    const r = await buildProject(root, { recordsOnly: true });
    expect(r.ctx.problems.filter((p) => p.level === 'error').map((p) => [p.file, p.reason.split(' (')[0]])).toEqual([
      [join('content', 'articles', `${NEW_ID}.md`), 'edited by hand but cannot be read'],
    ]);
    expect(readFileSync(recordPath, 'utf8')).toBe(broken);
    rmSync(recordPath);
    const again = await buildProject(root, { recordsOnly: true });
    expect(again.ctx.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(parseRecord(recordPath, readFileSync(recordPath, 'utf8')).outlet).toBe('LifeSite News');
  });

  it('keeps the corrections of a removed source and says they are not applied', async () => {
    rmSync(join(root, 'content', 'sources', SEED_FILES[0]));
    const r = await buildProject(root, { recordsOnly: true });
    expect(r.ctx.counts.removed).toBe(1);
    expect(existsSync(recordPath)).toBe(false);
    expect(existsSync(corrPath)).toBe(true);
    expect(r.ctx.problems).toContainEqual({
      file: join('content', 'corrections', `${SEED_FILES[0]}.yml`),
      stage: 'correction',
      reason: `corrects content/sources/${SEED_FILES[0]}, which is not there: kept, not applied`,
      level: 'warning',
    });
  });
});
