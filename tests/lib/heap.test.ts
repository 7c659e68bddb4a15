import { describe, expect, it } from 'vitest';
import { heapFlag, heapLimitMB, searchHeapFlag, searchHeapLimitMB } from '../../src/lib/heap.js';

describe('heapLimitMB', () => {
  it('gives a small archive the floor, and a large one 1 GB and 0.1 MB an article', () => {
    expect(heapLimitMB(0, 24_000)).toBe(1536);
    expect(heapLimitMB(1_000, 24_000)).toBe(1536);
    expect(heapLimitMB(10_000, 24_000)).toBe(2024);
    expect(heapLimitMB(100_000, 24_000)).toBe(11_024);
  });

  it('never asks for more than three quarters of the machine, nor less than the floor', () => {
    expect(heapLimitMB(1_000_000, 24_000)).toBe(18_000);
    expect(heapLimitMB(50_000, 24_000)).toBe(6_024);
    expect(heapLimitMB(10_000, 1_024)).toBe(1536);
  });

  it('is a Node flag', () => {
    expect(heapFlag(0)).toBe('--max-old-space-size=1536');
  });
});

describe('searchHeapLimitMB', () => {
  it('gives the search index process 0.5 GB and 0.1 MB an article, 1 GB at least', () => {
    expect(searchHeapLimitMB(0, 24_000)).toBe(1024);
    expect(searchHeapLimitMB(5_000, 24_000)).toBe(1024);
    expect(searchHeapLimitMB(10_000, 24_000)).toBe(1512);
    expect(searchHeapLimitMB(1_000_000, 24_000)).toBe(18_000);
    expect(searchHeapFlag(10_000)).toBe('--max-old-space-size=' + searchHeapLimitMB(10_000));
  });
});
