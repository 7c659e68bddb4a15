import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { heapChosen, projectArticles } from '../../src/pipeline/heap.js';

describe('heapChosen', () => {
  it('takes a heap limit given in NODE_OPTIONS or the flags, or by a parent build', () => {
    expect(heapChosen({ NODE_OPTIONS: '--max-old-space-size=4096' }, [])).toBe(true);
    expect(heapChosen({}, ['--import', 'tsx', '--max-old-space-size=2048'])).toBe(true);
    expect(heapChosen({ NEWS_ARCHIVE_HEAP_SIZED: '1' }, [])).toBe(true);
  });

  it('sizes the heap itself otherwise', () => {
    expect(heapChosen({ NODE_OPTIONS: '--enable-source-maps' }, ['--import', 'tsx'])).toBe(false);
    expect(heapChosen({}, [])).toBe(false);
  });
});

describe('projectArticles', () => {
  it('counts the sources (in sub-folders too) or the records, whichever are more', () => {
    const root = mkdtempSync(join(tmpdir(), 'heap-'));
    expect(projectArticles(root)).toBe(0);
    mkdirSync(join(root, 'content', 'sources', 'reuters'), { recursive: true });
    mkdirSync(join(root, 'content', 'articles'), { recursive: true });
    for (const f of ['a.txt', 'b.txt', 'reuters/c.txt']) writeFileSync(join(root, 'content', 'sources', f), 'text');
    writeFileSync(join(root, 'content', 'articles', 'a.md'), '---\n---\n');
    expect(projectArticles(root)).toBe(3);
  });
});
