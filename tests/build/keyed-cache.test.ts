/** Values kept between builds by key and code version. */
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeyedCache } from '../../src/build/keyed-cache.js';

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
});
