import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileThread } from '../../src/lib/file-thread.js';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'file-thread-'));
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
  return dir;
}

describe('FileThread', () => {
  it('hard-links a batch of files into a new folder, making the folders they need, and counts them', async () => {
    const from = tree({ 'a/index.html': '<p>one</p>', 'b/c/index.html': '<p>two two</p>', 'index.html': 'home' });
    const to = mkdtempSync(join(tmpdir(), 'file-thread-to-'));
    const done = await new FileThread().link(from, to, ['a/index.html', 'b/c/index.html']);
    expect(done).toEqual({ files: 2, bytes: 10 + 14 });
    expect(readFileSync(join(to, 'b/c/index.html'), 'utf8')).toBe('<p>two two</p>');
    expect(statSync(join(to, 'a/index.html')).ino).toBe(statSync(join(from, 'a/index.html')).ino);
    expect(existsSync(join(to, 'index.html'))).toBe(false);
  });

  it('leaves a file the build already wrote as it is, and does not count it', async () => {
    const from = tree({ 'a.html': 'old' });
    const to = tree({ 'a.html': 'rendered again' });
    expect(await new FileThread().link(from, to, ['a.html'])).toEqual({ files: 0, bytes: 0 });
    expect(readFileSync(join(to, 'a.html'), 'utf8')).toBe('rendered again');
  });

  it('fails the batch, naming the file, when a file to link is missing', async () => {
    const from = tree({});
    const to = mkdtempSync(join(tmpdir(), 'file-thread-to-'));
    await expect(new FileThread().link(from, to, ['gone.html'])).rejects.toThrow(/gone\.html/);
  });

  it('answers batches in the order sent', async () => {
    const from = tree({ 'p.html': 'p', 'q.html': 'qq' });
    const to = mkdtempSync(join(tmpdir(), 'file-thread-to-'));
    const thread = new FileThread();
    const order: number[] = [];
    await Promise.all([thread.link(from, to, ['p.html']).then((r) => order.push(r.bytes)), thread.link(from, to, ['q.html']).then((r) => order.push(r.bytes))]);
    expect(order).toEqual([1, 2]);
  });
});
