/**
 * The benchmark's generated archive: deterministic, and statistically like news (length,
 * vocabulary growth, casts, dates, header forms, quotes). Not timed: speed is `npm run bench`.
 * The generator adapts sentences of the MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Generator, writeArchive, type GeneratedArticle } from '../../bench/lib/generate.js';
import { ArchiveStatsCollector, type ArchiveStats } from '../../bench/lib/stats.js';
import { ingest } from '../../src/ingest/index.js';

const SEED = 'test-seed';
let gen: Generator;
let articles: GeneratedArticle[];
let stats: ArchiveStats;

beforeAll(() => {
  gen = new Generator({ seed: SEED });
  articles = Array.from({ length: 400 }, (_, i) => gen.article(i));
  const c = new ArchiveStatsCollector();
  for (const a of articles) c.add(a);
  stats = c.result();
});

describe('determinism', () => {
  it('gives the same text for the same seed and index, from a fresh generator', () => {
    const again = new Generator({ seed: SEED });
    for (const i of [0, 7, 399]) expect(again.article(i).text).toBe(articles[i].text);
  });

  it('does not depend on which articles were generated before', () => {
    const fresh = new Generator({ seed: SEED });
    expect(fresh.article(123).text).toBe(articles[123].text);
  });

  it('gives another archive for another seed', () => {
    const other = new Generator({ seed: 'another-seed' });
    expect(other.article(0).text).not.toBe(articles[0].text);
    expect(other.article(1).text).not.toBe(articles[1].text);
  });
});

describe('statistics of 400 articles', () => {
  it('has news-like lengths: median near 600 words, a tail, nothing past about 3,000', () => {
    expect(stats.words.median).toBeGreaterThan(450);
    expect(stats.words.median).toBeLessThan(800);
    expect(stats.words.p90).toBeGreaterThan(1000);
    expect(stats.words.max).toBeLessThanOrEqual(3100);
    expect(Math.min(...articles.map((a) => a.meta.words))).toBeGreaterThan(60);
  });

  it('has a vocabulary that keeps growing (Heaps exponent of real text, 0.45–0.75)', () => {
    expect(stats.heaps.beta).toBeGreaterThan(0.45);
    expect(stats.heaps.beta).toBeLessThan(0.75);
    // Far beyond the dev corpus' own vocabulary (about 8,000 words in 120 articles).
    expect(stats.distinctWords).toBeGreaterThan(15_000);
  });

  it('names a few people in many articles and most people in one or two', () => {
    expect(stats.people.topArticles).toBeGreaterThan(40);
    expect(stats.people.inOneOrTwo).toBeGreaterThan(0.6);
    expect(stats.people.distinct).toBeGreaterThan(500);
    expect(stats.organizations.inOneOrTwo).toBeGreaterThan(0.5);
    expect(stats.places.inOneOrTwo).toBeGreaterThan(0.5);
  });

  it('spreads publication dates over twenty years', () => {
    expect(stats.years.first >= '2005-01-01').toBe(true);
    expect(stats.years.last <= '2024-12-31').toBe(true);
    expect(stats.years.distinct).toBeGreaterThanOrEqual(18);
  });

  it('uses every header form, about a quarter, a quarter and a half, and datelines', () => {
    expect(stats.forms['date-dek'] / 400).toBeGreaterThan(0.15);
    expect(stats.forms['byline'] / 400).toBeGreaterThan(0.15);
    expect(stats.forms['date-line'] / 400).toBeGreaterThan(0.4);
    expect(stats.datelines / 400).toBeGreaterThan(0.2);
  });

  it('quotes in about a fifth to two fifths of paragraphs', () => {
    const share = stats.quotedParagraphs / stats.paragraphs;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.45);
  });
});

describe('the header forms are the ones the ingest reads', () => {
  const first = (form: string, dateline?: boolean) => articles.find((a) => a.meta.form === form && (dateline === undefined || a.meta.dateline === dateline))!;

  it('reads `date YYYY-MM-DD <dek>` and the dateline after it', () => {
    const a = first('date-dek', true);
    expect(a.text.startsWith(`date ${a.meta.published} `)).toBe(true);
    const doc = ingest(a.name, Buffer.from(a.text));
    expect(doc.header.published).toBe(a.meta.published);
    expect(doc.header.dek).not.toBeNull();
    expect(doc.header.dateline).not.toBeNull();
  });

  it('reads a title with `By X // YYYY-MM-DD`', () => {
    const a = first('byline');
    const doc = ingest(a.name, Buffer.from(a.text));
    expect(doc.header.title).toBe(a.text.split('\n')[0]);
    expect(doc.header.published).toBe(a.meta.published);
    expect(doc.header.author).toBe(/^By (.+) \/\/ /m.exec(a.text)![1]);
  });

  it('reads a title, a blank line and `June 13, 2005`', () => {
    const a = first('date-line', false);
    const doc = ingest(a.name, Buffer.from(a.text));
    expect(doc.header.title).toBe(a.text.split('\n')[0]);
    expect(doc.header.published).toBe(a.meta.published);
    expect(doc.header.publishedFrom).toBe('date-line');
  });
});

describe('the archive on disk', () => {
  it('writes N sources and the CC BY 4.0 attribution beside them', () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-gen-'));
    try {
      writeArchive(gen, root, 3);
      expect(readdirSync(join(root, 'content', 'sources'))).toEqual(['000000.txt', '000001.txt', '000002.txt']);
      expect(readFileSync(join(root, 'content', 'sources', '000002.txt'), 'utf8')).toBe(articles[2].text);
      const notice = readFileSync(join(root, 'NOTICE.txt'), 'utf8');
      expect(notice).toContain('MEANTIME');
      expect(notice).toContain('CC BY 4.0');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
