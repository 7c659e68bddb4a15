/** The site's records (src/site/records.ts): a record parsed from its file is the record its cache entry gives back. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRecords } from '../../src/site/records.js';
import { compactCopy } from '../../src/lib/compact.js';
import { buildProject, MEANTIME, removeProject, tempProject } from '../helpers/project.js';

let root = '';
const articles = () => join(root, 'content', 'articles');
const noProblem = (file: string, reason: string) => {
  throw new Error(`${file}: ${reason}`);
};

beforeAll(async () => {
  const dir = join(MEANTIME, 'articles');
  root = tempProject([
    {
      dir,
      files: readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .slice(0, 12),
    },
  ]);
  await buildProject(root, { recordsOnly: true });
}, 120_000);
afterAll(() => removeProject(root));

describe('loadRecords', () => {
  it('gives 12 MEANTIME records parsed from their files equal to the same records read back from the cache', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'news-archive-cache-'));
    try {
      const parsed = loadRecords(articles(), noProblem, cacheDir, () => {});
      const cached = loadRecords(articles(), noProblem, cacheDir, () => {});
      expect(parsed.records).toHaveLength(12);
      expect(cached.records).toEqual(parsed.records);
      expect(cached.records.map((r) => cached.anchors.get(r))).toEqual(parsed.records.map((r) => parsed.anchors.get(r)));
    } finally {
      removeProject(cacheDir);
    }
  });
});

describe('compactCopy', () => {
  it('copies a value as JSON would give it back: equal, not the same objects, undefined fields dropped', () => {
    const value = {
      name: 'Chrysler',
      aliases: ['Chrysler LLC'],
      role: undefined,
      sentences: ['Unlike Chrylser, GM will not publicly announce the dealerships.'],
    };
    const copy = compactCopy(value);
    expect(copy).toStrictEqual({ name: 'Chrysler', aliases: ['Chrysler LLC'], sentences: value.sentences });
    expect(copy.aliases).not.toBe(value.aliases);
  });
});
