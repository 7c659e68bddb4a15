/** The site's records (src/site/records.ts): a record parsed from its file is the record its cache entry gives back. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRecords, type FreshRecord } from '../../src/site/records.js';
import { compactCopy } from '../../src/lib/compact.js';
import { buildProject, MEANTIME, removeProject, tempProject } from '../helpers/project.js';

let root = '';
/** The record files the records-only build wrote, parsed where they were made (BuildContext freshRecords). */
let fresh: Map<string, FreshRecord> = new Map();
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
  fresh = (await buildProject(root, { recordsOnly: true })).ctx.freshRecords;
}, 120_000);
afterAll(() => removeProject(root));

describe('loadRecords', () => {
  it('gives 12 MEANTIME records parsed from their files equal to the same records read back from the cache', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'news-archive-cache-'));
    try {
      const parsed = loadRecords(articles(), noProblem, { cacheDir, onNotice: () => {} });
      const cached = loadRecords(articles(), noProblem, { cacheDir, onNotice: () => {} });
      expect(parsed.records).toHaveLength(12);
      expect(cached.records).toEqual(parsed.records);
      expect(cached.records.map((r) => cached.anchors.get(r))).toEqual(parsed.records.map((r) => parsed.anchors.get(r)));
    } finally {
      removeProject(cacheDir);
    }
  });
});

describe('loadRecords with the records the build has just written', () => {
  it('gives the same records and anchors, field for field, as parsing the 12 files', () => {
    expect(fresh.size).toBe(12);
    const made = loadRecords(articles(), noProblem, { fresh });
    const parsed = loadRecords(articles(), noProblem);
    expect(made.records).toStrictEqual(parsed.records);
    expect(made.records.map((r) => made.anchors.get(r))).toStrictEqual(parsed.records.map((r) => parsed.anchors.get(r)));
  });

  it('takes a written record without reading its file, and reads the file once it is written again', () => {
    const [path, written] = [...fresh][0];
    const marked: FreshRecord = { ...written, entry: { ...written.entry, record: { ...written.entry.record, title: 'Marked: not read from the file' } } };
    const given = new Map([[path, marked]]);
    const id = written.entry.record.id;
    const titleOf = () => loadRecords(articles(), noProblem, { fresh: given }).records.find((r) => r.id === id)!.title;
    expect(titleOf()).toBe('Marked: not read from the file');
    // The same text written again, as a new file put in its place: another signature (inode, change time), so the file is read.
    writeFileSync(`${path}.new`, readFileSync(path, 'utf8'));
    renameSync(`${path}.new`, path);
    expect(titleOf()).toBe(written.entry.record.title);
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
