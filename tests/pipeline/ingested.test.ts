/** Provenance: the day a source entered the archive is recorded once and kept through re-extraction. */
import { describe, it, expect, afterAll } from 'vitest';
import { readFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempProject, buildProject, removeProject, SEEDS, SEED_FILES } from '../helpers/project.js';
import { buildDay } from '../../src/pipeline/context.js';
import { parseRecord } from '../../src/write/markdown.js';

const ID_001 = '2023-03-24-mp-han-dong-resigns-from-trudeaus-liberal-party-following';

describe('ingestion date', () => {
  const root = tempProject([{ dir: SEEDS, files: [SEED_FILES[1]] }]);
  afterAll(() => removeProject(root));
  const record = () => parseRecord('r.md', readFileSync(join(root, 'content', 'articles', `${ID_001}.md`), 'utf8'));

  it('records the build day for a new source, keeps it when the source is extracted again, and shows it', async () => {
    await buildProject(root, { today: '2026-01-15', recordsOnly: true });
    expect(record().source.ingested).toBe('2026-01-15');
    await buildProject(root, { today: '2026-02-20', force: true });
    expect(record().source.ingested).toBe('2026-01-15');
    const html = readFileSync(join(root, '_site', 'articles', ID_001, 'index.html'), 'utf8');
    expect(html).toContain('<dt>Ingested</dt><dd><time datetime="2026-01-15">15 January 2026</time></dd>');
  });

  it('gives a source added later its own day', async () => {
    copyFileSync(join(SEEDS, SEED_FILES[0]), join(root, 'content', 'sources', SEED_FILES[0]));
    const r = await buildProject(root, { today: '2026-03-01', recordsOnly: true });
    expect(r.ctx.counts).toMatchObject({ new: 1, unchanged: 1 });
    expect(record().source.ingested).toBe('2026-01-15');
    const added = parseRecord(
      'a.md',
      readFileSync(join(root, 'content', 'articles', '2023-03-23-mp-han-dong-was-alleged-to-have-told-chinas-consul-general.md'), 'utf8'),
    );
    expect(added.source.ingested).toBe('2026-03-01');
  });

  it('takes "now" from SOURCE_DATE_EPOCH when it is set', () => {
    expect(buildDay({ SOURCE_DATE_EPOCH: '1700000000' })).toBe('2023-11-14');
    expect(buildDay({})).toBe(new Date().toISOString().slice(0, 10));
  });
});
