/** Values kept between builds by key and code version. */
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { readCacheFile, readCacheLines, writeCacheFile, writeCacheLines } from '../helpers/project.js';
import { KeyedCache } from '../../src/lib/keyed-cache.js';
import { internStrings, restoreStrings, type Interned } from '../../src/lib/interned.js';

describe('KeyedCache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-archive-cache-'));
  const file = join(dir, 'cache.json');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('makes a value once, finds it in the next build, and forgets what that build did not ask for', () => {
    let made = 0;
    const make = (v: string) => () => (made++, v);
    const first = new KeyedCache<string>(file, 'v1');
    expect(first.get('a', make('A'))).toBe('A');
    expect(first.get('b', make('B'))).toBe('B');
    expect(first.get('a', make('other'))).toBe('A');
    first.save();
    expect(made).toBe(2);

    const second = new KeyedCache<string>(file, 'v1');
    expect(second.get('a', make('other'))).toBe('A');
    expect(made).toBe(2);
    second.save();

    const third = new KeyedCache<string>(file, 'v1');
    expect(third.get('b', make('B again'))).toBe('B again');
    expect(made).toBe(3);
  });

  it('starts empty under another code version or from an unreadable file', () => {
    expect(new KeyedCache<string>(file, 'v2').get('a', () => 'new')).toBe('new');
    writeFileSync(file, '{ not json');
    expect(new KeyedCache<string>(file, 'v1').get('a', () => 'new')).toBe('new');
    const none = new KeyedCache<string>(null, 'v1');
    none.get('x', () => 'x');
    none.save();
    expect(readdirSync(dir)).toEqual(['cache.json']); // no file for a cache without a path
  });

  it('after a build that made one new value, writes a small delta beside the base, not the base again', () => {
    const big = join(dir, 'big.json');
    const delta = `${big}.delta.json`;
    const keys = Array.from({ length: 100 }, (_, i) => `k${i}`);
    const first = new KeyedCache<string>(big, 'v1');
    for (const k of keys) first.get(k, () => k.toUpperCase());
    first.save();
    const base = readFileSync(big, 'utf8');
    expect(existsSync(delta)).toBe(false);

    // One article added: every key used again, one made.
    const second = new KeyedCache<string>(big, 'v1');
    for (const k of keys) second.get(k, () => 'made again');
    second.get('k100', () => 'K100');
    second.save();
    expect(readFileSync(big, 'utf8')).toBe(base);
    expect(readCacheFile(delta).entries).toEqual({ k100: 'K100' });

    // The next build finds all 101, the new one from the delta.
    let made = 0;
    const third = new KeyedCache<string>(big, 'v1');
    for (const k of [...keys, 'k100']) expect(third.get(k, () => (made++, 'made'))).toBe(k.toUpperCase());
    expect(made).toBe(0);
    third.save(); // nothing new, nothing forgotten: nothing written
    expect(readFileSync(big, 'utf8')).toBe(base);

    // Sixty of them used: the base is written again with those only, and the delta goes.
    const fourth = new KeyedCache<string>(big, 'v1');
    for (const k of keys.slice(0, 60)) fourth.get(k, () => 'made');
    fourth.save();
    expect(existsSync(delta)).toBe(false);
    expect(Object.keys(readCacheLines(big).entries)).toEqual(keys.slice(0, 60));
  });

  it('forgets through a delta what the build did not ask for, and ignores a delta of another base', () => {
    const file2 = join(dir, 'forget.json');
    const keys = Array.from({ length: 40 }, (_, i) => `k${i}`);
    const first = new KeyedCache<string>(file2, 'v1');
    for (const k of keys) first.get(k, () => k);
    first.save();
    const second = new KeyedCache<string>(file2, 'v1');
    for (const k of keys.slice(1)) second.get(k, () => 'made');
    second.save(); // one of 40 unused: a delta
    expect(existsSync(`${file2}.delta.json`)).toBe(true);
    expect(new KeyedCache<string>(file2, 'v1').get('k0', () => 'made again')).toBe('made again');
    expect(new KeyedCache<string>(file2, 'v1').get('k1', () => 'made again')).toBe('k1');

    // A delta written beside another base (a base rewritten by a process that stopped before
    // removing the delta) is not applied.
    const d = readCacheFile(`${file2}.delta.json`);
    writeCacheFile(`${file2}.delta.json`, { ...d, base: 'another', entries: { k1: 'wrong' } });
    expect(new KeyedCache<string>(file2, 'v1').get('k1', () => 'made')).toBe('k1');
    expect(new KeyedCache<string>(file2, 'v1').get('k0', () => 'made')).toBe('k0');
  });

  it('makes again, with a one-line notice, what a file changed by anything but the build holds', () => {
    const file3 = join(dir, 'tampered.json');
    const first = new KeyedCache<string>(file3, 'v1');
    first.get('k', () => 'right');
    first.save();
    const notices: string[] = [];
    const onNotice = (line: string) => notices.push(line);
    // Valid JSON, the right shape, a wrong value: the checksum no longer matches.
    const text = readFileSync(file3, 'utf8');
    writeFileSync(file3, text.replace('"right"', '"wrong"'));
    expect(new KeyedCache<string>(file3, 'v1', { onNotice }).get('k', () => 'made')).toBe('made');
    expect(notices).toEqual([`news-archive: cache ${file3} is invalid (changed since the build wrote it (checksum mismatch)): rebuilt`]);
    // Plain JSON as an earlier version wrote it: not trusted either.
    writeFileSync(file3, JSON.stringify({ version: 'v1', id: 'x', entries: { k: 'wrong' } }));
    expect(new KeyedCache<string>(file3, 'v1', { onNotice }).get('k', () => 'made')).toBe('made');
    expect(notices[1]).toContain('no checksum line');
  });

  it('makes again a value read from the file that does not fit the entry schema', () => {
    const file4 = join(dir, 'shape.json');
    writeCacheLines(file4, { version: 'v1', id: 'b1' }, { good: { n: 1 }, bad: { n: 'one' } });
    const notices: string[] = [];
    const cache = new KeyedCache<{ n: number }>(file4, 'v1', { entry: z.object({ n: z.number() }), onNotice: (l) => notices.push(l) });
    expect(cache.get('good', () => ({ n: 0 }))).toEqual({ n: 1 });
    expect(cache.get('bad', () => ({ n: 2 }))).toEqual({ n: 2 });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('unexpected shape under bad');
  });

  it('checks values with the cheap shape check when given one, instead of the entry schema', () => {
    const file5 = join(dir, 'cheap.json');
    writeCacheLines(file5, { version: 'v1', id: 'b2' }, { good: { n: 1 }, bad: { n: 'one' } });
    const notices: string[] = [];
    const isN = (v: unknown): v is { n: number } => typeof v === 'object' && v !== null && typeof (v as { n?: unknown }).n === 'number';
    const cache = new KeyedCache<{ n: number }>(file5, 'v1', { shape: isN, onNotice: (l) => notices.push(l) });
    expect(cache.has('good')).toBe(true);
    expect(cache.has('bad')).toBe(false);
    expect(cache.get('bad', () => ({ n: 2 }))).toEqual({ n: 2 });
    expect(notices).toEqual([`news-archive: cache ${file5} is invalid (a value of an unexpected shape under bad): rebuilt`]);
  });

  it('lets its values go on release, after which a save writes nothing', () => {
    const file6 = join(dir, 'release.json');
    const first = new KeyedCache<string>(file6, 'v1');
    first.get('a', () => 'A');
    first.save();
    const written = readFileSync(file6, 'utf8');
    const second = new KeyedCache<string>(file6, 'v1');
    expect(second.get('b', () => 'B')).toBe('B');
    second.release();
    expect(second.has('a')).toBe(false);
    second.save();
    expect(readFileSync(file6, 'utf8')).toBe(written);
    expect(existsSync(`${file6}.delta.json`)).toBe(false);
  });

  it('writes values through its codec, in the base and in the delta, and reads them back decoded', () => {
    const file7 = join(dir, 'codec.json');
    const sentence = 'The airline said on Monday that it would cut 1,000 jobs.';
    const value = (i: number) => ({ id: `a${i}`, people: [sentence], places: [sentence] });
    const codec = { encode: (v: unknown) => internStrings(v), decode: (json: unknown) => restoreStrings(json as Interned) };
    const first = new KeyedCache<ReturnType<typeof value>>(file7, 'v1', { codec });
    for (let i = 0; i < 40; i++) first.get(`k${i}`, () => value(i));
    first.save();
    const written = readCacheLines(file7);
    expect(written.head).toEqual({ version: 'v1', id: expect.any(String) });
    expect(written.entries.k0).toEqual([[sentence], { id: 'a0', people: [{ $: 0 }], places: [{ $: 0 }] }]);

    const second = new KeyedCache<ReturnType<typeof value>>(file7, 'v1', { codec });
    for (let i = 0; i < 40; i++) expect(second.get(`k${i}`, () => ({ id: 'made', people: [], places: [] }))).toEqual(value(i));
    second.get('k40', () => value(40));
    second.save();
    expect(readCacheFile(`${file7}.delta.json`).entries).toEqual({ k40: [[sentence], { id: 'a40', people: [{ $: 0 }], places: [{ $: 0 }] }] });
    expect(new KeyedCache<ReturnType<typeof value>>(file7, 'v1', { codec }).get('k40', () => value(-1))).toEqual(value(40));
  });

  it('starts empty from a base written whole as one JSON object (the format before JSON lines), as from another version', () => {
    const file8 = join(dir, 'old-format.json');
    writeCacheFile(file8, { version: 'v1', id: 'b3', entries: { k: 'old' } });
    const notices: string[] = [];
    const cache = new KeyedCache<string>(file8, 'v1', { onNotice: (l) => notices.push(l) });
    expect(cache.get('k', () => 'made')).toBe('made');
    expect(notices).toEqual([]);
    cache.save();
    expect(readCacheLines(file8).entries).toEqual({ k: 'made' });
    // A first line of another shape is a file the build did not write.
    writeCacheLines(file8, { version: 'v1' }, { k: 'wrong' });
    expect(new KeyedCache<string>(file8, 'v1', { onNotice: (l) => notices.push(l) }).get('k', () => 'made')).toBe('made');
    expect(notices).toEqual([`news-archive: cache ${file8} is invalid (unexpected content on its first line): rebuilt`]);
  });
});
