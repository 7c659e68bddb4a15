/**
 * The outlet the user gives: `--outlet` (build, add, extract) and a folder's `_source.yml`.
 * Front matter wins, then the folder's file, then --outlet, then the outlet the text names; a
 * change of the given outlet extracts the sources concerned again. Articles written for this test.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempProject, buildProject, removeProject } from '../helpers/project.js';
import { parseRecord } from '../../src/write/markdown.js';
import { addSources } from '../../src/add/index.js';
import { extractFile } from '../../src/extract/run.js';
import { parseSourceSettings } from '../../src/ingest/source-settings.js';

const AGENCY_TEXT = 'Grain exports rise in May\n\nKYIV (Reuters) - Grain exports rose by a tenth in May, the farm ministry said on Tuesday.\n';
const PLAIN_TEXT =
  'Harbour dredging starts\n\nJune 3, 2021\n\nWork to deepen the harbour began on Thursday and will take two years, the port authority said.\n';
const FRONT_MATTER_TEXT =
  '---\noutlet: Port Gazette\n---\nCranes arrive at the port\n\nJune 4, 2021\n\nFour new cranes arrived at the container terminal on Friday.\n';

function outlets(root: string): Record<string, string | null> {
  const dir = join(root, 'content', 'articles');
  const out: Record<string, string | null> = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
    const r = parseRecord(f, readFileSync(join(dir, f), 'utf8'));
    out[r.source.file] = r.outlet ?? null;
  }
  return out;
}

describe('outlet given by the user', () => {
  let root: string;
  const sources = () => join(root, 'content', 'sources');
  beforeAll(() => {
    root = tempProject([]);
    writeFileSync(join(sources(), 'agency.txt'), AGENCY_TEXT);
    writeFileSync(join(sources(), 'plain.txt'), PLAIN_TEXT);
    writeFileSync(join(sources(), 'given.txt'), FRONT_MATTER_TEXT);
    mkdirSync(join(sources(), 'harbour-news'));
    writeFileSync(join(sources(), 'harbour-news', '_source.yml'), 'outlet: Harbour News\n');
    writeFileSync(join(sources(), 'harbour-news', 'plain.txt'), PLAIN_TEXT.replace('two years', 'three years'));
    writeFileSync(join(sources(), 'harbour-news', 'agency.txt'), AGENCY_TEXT.replace('a tenth', 'a fifth'));
  });
  afterAll(() => removeProject(root));

  it('without --outlet: the text names it, a folder gives it, front matter wins', async () => {
    const r = await buildProject(root, { recordsOnly: true });
    expect(r.ctx.counts).toMatchObject({ new: 5, failed: 0 });
    expect(outlets(root)).toEqual({
      'agency.txt': 'Reuters',
      'plain.txt': null,
      'given.txt': 'Port Gazette',
      'harbour-news/plain.txt': 'Harbour News',
      'harbour-news/agency.txt': 'Harbour News',
    });
  });

  it('--outlet applies to sources whose front matter and folder name none, and extracts them again', async () => {
    const r = await buildProject(root, { recordsOnly: true, outlet: 'Daily Wire Digest' });
    // The three top-level sources are extracted again (the one with front matter keeps its outlet).
    expect(r.ctx.counts).toMatchObject({ new: 0, changed: 3, unchanged: 2 });
    expect(outlets(root)).toEqual({
      'agency.txt': 'Daily Wire Digest',
      'plain.txt': 'Daily Wire Digest',
      'given.txt': 'Port Gazette',
      'harbour-news/plain.txt': 'Harbour News',
      'harbour-news/agency.txt': 'Harbour News',
    });
    const again = await buildProject(root, { recordsOnly: true, outlet: 'Daily Wire Digest' });
    expect(again.ctx.counts).toMatchObject({ changed: 0, unchanged: 5 });
  });

  it('a changed _source.yml extracts its folder again; a bad one is reported and the build goes on', async () => {
    writeFileSync(join(sources(), 'harbour-news', '_source.yml'), 'outlet: Harbour Times\n');
    const r = await buildProject(root, { recordsOnly: true });
    // Without --outlet now: the three top-level sources are extracted again too.
    expect(r.ctx.counts).toMatchObject({ changed: 5, unchanged: 0 });
    expect(outlets(root)['harbour-news/plain.txt']).toBe('Harbour Times');
    expect(outlets(root)['agency.txt']).toBe('Reuters');
    writeFileSync(join(sources(), 'harbour-news', '_source.yml'), 'outlet: [not, a, name]\nregion: north\n');
    const bad = await buildProject(root, { recordsOnly: true });
    expect(bad.ctx.problems.filter((p) => p.file.endsWith('_source.yml')).map((p) => [p.file, p.reason, p.level])).toEqual([
      ['content/sources/harbour-news/_source.yml', 'unknown setting "region": ignored (known: outlet)', 'warning'],
      ['content/sources/harbour-news/_source.yml', '"outlet" must be a name of 1 to 120 characters: ignored', 'warning'],
    ]);
    expect(bad.ctx.counts).toMatchObject({ changed: 2, failed: 0 });
    expect(outlets(root)['harbour-news/agency.txt']).toBe('Reuters');
  });

  it('removing a source in a folder removes its record', async () => {
    rmSync(join(sources(), 'harbour-news', 'plain.txt'));
    const r = await buildProject(root, { recordsOnly: true });
    expect(r.ctx.counts.removed).toBe(1);
    expect(Object.keys(outlets(root)).sort()).toEqual(['agency.txt', 'given.txt', 'harbour-news/agency.txt', 'plain.txt']);
  });

  it('corrections of a source in a folder live in a folder of the same name; orphans there are reported', async () => {
    const corrections = join(root, 'content', 'corrections', 'harbour-news');
    mkdirSync(corrections, { recursive: true });
    writeFileSync(join(corrections, 'agency.txt.yml'), '- set: title\n  value: Grain exports up a fifth\n');
    writeFileSync(join(corrections, 'plain.txt.yml'), '- set: title\n  value: Gone\n');
    const r = await buildProject(root, { recordsOnly: true });
    expect(r.ctx.counts).toMatchObject({ changed: 1, failed: 0 });
    const titles = readdirSync(join(root, 'content', 'articles')).filter((n) => n.endsWith('.md'));
    expect(titles.some((n) => n.includes('grain-exports-up-a-fifth'))).toBe(true);
    expect(r.ctx.problems).toContainEqual({
      file: 'content/corrections/harbour-news/plain.txt.yml',
      stage: 'correction',
      reason: 'corrects content/sources/harbour-news/plain.txt, which is not there: kept, not applied',
      level: 'warning',
    });
  });
});

describe('add --outlet and folders with _source.yml', () => {
  let root: string;
  let inbox: string;
  beforeAll(() => {
    root = tempProject([]);
    inbox = mkdtempSync(join(tmpdir(), 'news-archive-inbox-'));
  });
  afterAll(() => {
    removeProject(root);
    rmSync(inbox, { recursive: true, force: true });
  });

  it('puts the texts into a folder of the outlet, whose _source.yml names it', async () => {
    writeFileSync(join(inbox, 'plain.txt'), PLAIN_TEXT);
    const lines: string[] = [];
    const status = await addSources([join(inbox, 'plain.txt')], { root, outlet: 'Coast Courier', log: (l) => lines.push(l) });
    expect(status).toBe(0);
    expect(lines).toEqual(['added   content/sources/coast-courier/plain.txt: "Harbour dredging starts" · 2021-06-03 · Coast Courier · 0 people']);
    expect(readFileSync(join(root, 'content', 'sources', 'coast-courier', '_source.yml'), 'utf8')).toBe(
      '# Settings of the sources in this folder (see README, "Outlets").\noutlet: "Coast Courier"\n',
    );
    await buildProject(root, { recordsOnly: true });
    expect(outlets(root)).toEqual({ 'coast-courier/plain.txt': 'Coast Courier' });
  });

  it('a folder with its own _source.yml keeps its outlet; a clash with the folder there is refused', async () => {
    const folder = join(inbox, 'coast-courier');
    mkdirSync(folder);
    writeFileSync(join(folder, '_source.yml'), 'outlet: Coast Herald\n');
    writeFileSync(join(folder, 'agency.txt'), AGENCY_TEXT);
    const lines: string[] = [];
    const status = await addSources([folder], { root, log: (l) => lines.push(l) });
    expect(status).toBe(1);
    expect(lines).toEqual([
      `refused ${join(folder, 'agency.txt')}: content/sources/coast-courier/_source.yml gives the outlet "Coast Courier", not "Coast Herald"`,
    ]);
    writeFileSync(join(folder, '_source.yml'), 'outlet: Coast Courier\n');
    const ok: string[] = [];
    expect(await addSources([folder], { root, log: (l) => ok.push(l) })).toBe(0);
    expect(ok).toEqual(['added   content/sources/coast-courier/agency.txt: "Grain exports rise in May" · undated · Coast Courier · 0 people']);
  });
});

describe('extract --outlet', () => {
  it("applies unless the file's folder has a _source.yml", () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-archive-extract-'));
    try {
      writeFileSync(join(dir, 'agency.txt'), AGENCY_TEXT);
      expect(extractFile(join(dir, 'agency.txt'), null).outlet).toBe('Reuters');
      expect(extractFile(join(dir, 'agency.txt'), null, 'Grain Weekly').outlet).toBe('Grain Weekly');
      writeFileSync(join(dir, '_source.yml'), 'outlet: Farm Wire\n');
      expect(extractFile(join(dir, 'agency.txt'), null, 'Grain Weekly').outlet).toBe('Farm Wire');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('parseSourceSettings', () => {
  it('reads the outlet and names every problem', () => {
    expect(parseSourceSettings('outlet: "  Reuters  "\n')).toEqual({ settings: { outlet: 'Reuters' }, problems: [] });
    expect(parseSourceSettings('')).toEqual({ settings: { outlet: null }, problems: [] });
    expect(parseSourceSettings('- a\n- b\n')).toEqual({ settings: { outlet: null }, problems: ['must be a mapping such as "outlet: Reuters": ignored'] });
    expect(parseSourceSettings('outlet: [a\n').problems[0]).toMatch(/^not valid YAML \(/);
  });
});
