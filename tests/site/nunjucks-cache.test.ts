/**
 * src/site/nunjucks-cache.ts patches a class inside @11ty/eleventy (its Nunjucks engine's
 * `compile`), which the package does not export; so Eleventy is pinned exactly in package.json.
 * These tests fail when an Eleventy upgrade moves or renames what the patch relies on: the
 * engine's file, its `compile` method, or Eleventy calling it to render pages.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { createRequire } from 'node:module';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Eleventy, { type UserConfig } from '@11ty/eleventy';
import { cacheNunjucksCompile } from '../../src/site/nunjucks-cache.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const PATCHED = Symbol.for('news-archive.nunjucks-compile-cache');

type Compile = (this: object, str: string, inputPath?: string) => Promise<unknown>;

async function nunjucksEngine(): Promise<{ prototype: { compile: Compile; [PATCHED]?: true } }> {
  const entry = require.resolve('@11ty/eleventy');
  return (await import(pathToFileURL(join(dirname(entry), 'Engines', 'Nunjucks.js')).href)).default;
}

describe('the Nunjucks compile cache and the Eleventy it patches', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-archive-njk-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('pins Eleventy to the exact version installed', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    // The package's entry is src/Eleventy.js; its package.json is not among its exports.
    const installed = JSON.parse(readFileSync(join(dirname(require.resolve('@11ty/eleventy')), '..', 'package.json'), 'utf8')).version;
    expect(pkg.dependencies['@11ty/eleventy']).toBe(installed);
  });

  it('finds the engine class and patches its compile', async () => {
    expect(await cacheNunjucksCompile()).toBe(true);
    const Engine = await nunjucksEngine();
    expect(typeof Engine.prototype.compile).toBe('function');
    expect(Engine.prototype[PATCHED]).toBe(true);
  });

  it('is what Eleventy calls to render a paginated template, once per page, with the same text', async () => {
    await cacheNunjucksCompile();
    const Engine = await nunjucksEngine();
    const patched = Engine.prototype.compile;
    const calls: { key: string; compiled: Promise<unknown> }[] = [];
    Engine.prototype.compile = function (this: object, str: string, inputPath?: string) {
      const compiled = patched.call(this, str, inputPath);
      calls.push({ key: `${inputPath}\u0000${str}`, compiled });
      return compiled;
    };
    try {
      const input = join(dir, 'in');
      mkdirSync(input, { recursive: true });
      writeFileSync(
        join(input, 'page.njk'),
        '---\npagination:\n  data: items\n  size: 1\nitems: [alpha, beta, gamma]\npermalink: "/{{ pagination.items[0] }}/"\n---\n<p>{{ pagination.items[0] | upper }}</p>\n',
      );
      const elev = new Eleventy(input, join(dir, 'out'), {
        configPath: false,
        quietMode: true,
        config: (cfg: UserConfig) => cfg.setTemplateFormats(['njk']),
      });
      const pages = (await (elev as unknown as { toJSON(): Promise<{ url: string; content: string }[]> }).toJSON()).sort((a, b) => a.url.localeCompare(b.url));
      expect(pages.map((p) => [p.url, p.content.trim()])).toEqual([
        ['/alpha/', '<p>ALPHA</p>'],
        ['/beta/', '<p>BETA</p>'],
        ['/gamma/', '<p>GAMMA</p>'],
      ]);
      const bodies = calls.filter((c) => c.key.includes('<p>'));
      // Compiled through the patched method for each page, always the same text (what the cache
      // keys on), and answered from the cache: one compiled template for all three pages.
      expect(bodies.length).toBeGreaterThanOrEqual(3);
      expect(new Set(bodies.map((c) => c.key)).size).toBe(1);
      expect(new Set(bodies.map((c) => c.compiled)).size).toBe(1);
    } finally {
      Engine.prototype.compile = patched;
    }
  }, 60_000);
});
