/**
 * A wrong cache never changes the output: each of the build's cache files, given valid JSON with
 * wrong values (under its old checksum line, or as plain JSON), is found invalid when read, made
 * again with a one-line notice, and the site is byte-identical to a clean build's.
 * Articles from the MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempProject, buildProject, removeProject, SEEDS, SEED_FILES, MEANTIME } from '../helpers/project.js';
import { expectSameFiles } from '../helpers/site.js';
import { internStrings, restoreStrings } from '../../src/lib/interned.js';

const ARTICLES = join(MEANTIME, 'articles');
const MEANTIME_FILES = readdirSync(ARTICLES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 3);

// The caches' parsed JSON, changed in place by each case below.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
/** Wrong values of the right types, one way per cache file. */
const WRONG: Record<string, (v: Json) => void> = {
  // Another ingestion day, and an extractor version that makes every source extracted again with it.
  'manifest.json': (m) => {
    for (const e of Object.values<Json>(m)) Object.assign(e, { ingested: '1999-01-01', extractor: 'old', id: 'wrong-id' });
  },
  // Every page said to be the home page's file: kept pages would be linked from the wrong file.
  'site-manifest.json': (m) => {
    for (const byHash of Object.values<Json>(m.pages)) for (const h of Object.keys(byHash)) byHash[h] = ['index.html'];
  },
  // Parsed records with another title (a keyed cache: JSON lines, each record's long strings written once).
  'site-records.json': (c) => {
    for (const [k, e] of Object.entries<Json>(c.entries)) {
      const entry = restoreStrings(e) as Json;
      entry.record.title = 'A wrong title';
      c.entries[k] = internStrings(entry);
    }
  },
  // Each record file said to hold another file's text.
  'site-records-files.json': (m) => {
    const names = Object.keys(m);
    const hashes = names.map((n) => m[n][1]);
    names.forEach((n, i) => (m[n][1] = hashes[(i + 1) % names.length]));
  },
  // Analysed search documents whose terms are all one wrong word, and whose plain text is wrong.
  'search-analysis.json': (c) => {
    for (const entry of Object.values<Json>(c.entries)) {
      for (const f of Object.values<Json>(entry.fields)) f.t = f.t.map(() => 'wrong');
      entry.text = 'A wrong text';
    }
  },
};

/**
 * Rewrites a cache file's body with wrong values: under its old checksum line, or as plain JSON. A
 * body of JSON lines (a keyed cache: its head, then one [key, value] a line) is given to `wrong`
 * as { head, entries } and written back as lines.
 */
function tamper(path: string, wrong: (v: Json) => void, keepHeader: boolean): void {
  const text = readFileSync(path, 'utf8');
  const nl = text.indexOf('\n');
  const lines = text
    .slice(nl + 1)
    .trimEnd()
    .split('\n');
  let body: string;
  if (lines.length > 1) {
    const [head, ...entries] = lines.map((l) => JSON.parse(l));
    const value = { head, entries: Object.fromEntries(entries) };
    wrong(value);
    body = [JSON.stringify(value.head), ...Object.entries(value.entries).map((e) => JSON.stringify(e))].join('\n');
  } else {
    const value = JSON.parse(lines[0]);
    wrong(value);
    body = JSON.stringify(value);
  }
  writeFileSync(path, keepHeader ? `${text.slice(0, nl)}\n${body}\n` : body);
}

describe('caches with wrong values', () => {
  let root: string;
  let clean: string;
  beforeAll(async () => {
    const sources = [
      { dir: SEEDS, files: SEED_FILES },
      { dir: ARTICLES, files: MEANTIME_FILES },
    ];
    root = tempProject(sources);
    clean = tempProject(sources);
    expect((await buildProject(clean)).status).toBe(0);
    expect((await buildProject(root)).status).toBe(0);
  }, 180_000);
  afterAll(() => {
    removeProject(root);
    removeProject(clean);
  });

  for (const [file, wrong] of Object.entries(WRONG)) {
    for (const keepHeader of [true, false]) {
      it(`${file} (${keepHeader ? 'under its checksum line' : 'as plain JSON'}): made again with a notice, the site unchanged`, async () => {
        tamper(join(root, '.cache', 'news-archive', file), wrong, keepHeader);
        const r = await buildProject(root);
        expect(r.status).toBe(0);
        const notices = r.ctx.notices.filter((n) => n.includes(file));
        expect(notices).toHaveLength(1);
        expect(notices[0]).toMatch(
          keepHeader
            ? /is invalid \(changed since the build wrote it \(checksum mismatch\)\): rebuilt$/
            : /is invalid \(not written by this version of the build \(no checksum line\)\): rebuilt$/,
        );
        expectSameFiles(join(root, '_site'), join(clean, '_site'));
        expectSameFiles(join(root, 'content', 'articles'), join(clean, 'content', 'articles'));
      }, 120_000);
    }
  }

  it('search-analysis.json deleted while the keys file beside it stays: every text is sent, the site unchanged', async () => {
    const cache = join(root, '.cache', 'news-archive');
    const whole = await buildProject(root);
    expect(whole.ctx.site?.search).toBe('index process');
    expect(readdirSync(cache)).toContain('search-analysis.json.keys.json');
    // The keys file names the cache files it was written for: with the cache gone it is not
    // believed, and the index process, sent every text, analyses every article again.
    rmSync(join(cache, 'search-analysis.json'));
    const r = await buildProject(root);
    expect(r.status).toBe(0);
    expect(r.ctx.site?.search).toBe('index process');
    expect(r.ctx.site?.searchFiles?.written).toBe(0);
    expectSameFiles(join(root, '_site'), join(clean, '_site'));
  }, 120_000);
});
