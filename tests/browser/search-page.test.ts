/**
 * The search page as a new reader meets it, in Debian's Chromium, on the seeds and one wire
 * article written for this test (tests/fixtures/search): results on the first screen at desktop
 * and phone sizes, every word required, U.S. and Zoë however typed, dates as written, results
 * while typing, keyboard use. Screenshots go to test-output/screenshots/ (not committed).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { tempProject, buildProject, removeProject, SEEDS, SEED_FILES } from '../helpers/project.js';
import { launch, serveStatic } from '../helpers/browser.js';

const RESIGNS = "MP Han Dong resigns from Trudeau's Liberal Party following allegations questioning his loyalty to Canada";
const TOLD = 'MP Han Dong was alleged to have told China’s consul general in Toronto';
const STOCKS = 'U.S. stocks slip as traders weigh Fed remarks';
const FIXTURES = resolve(import.meta.dirname, '../fixtures/search');
const SHOTS = resolve(import.meta.dirname, '../../test-output/screenshots');

describe('the search page', () => {
  let root: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    root = tempProject([
      { dir: SEEDS, files: SEED_FILES },
      { dir: FIXTURES, files: ['wire-stocks.txt'] },
    ]);
    await buildProject(root);
    server = await serveStatic(join(root, '_site'));
    browser = await launch();
    page = await browser.newPage();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeProject(root);
  });

  async function titles(): Promise<string[]> {
    await page.waitForFunction(() => /result/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    return page.$$eval('[data-results] h2 a', (as) => as.map((a) => a.textContent ?? ''));
  }
  async function search(q: string): Promise<string[]> {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
    return titles();
  }

  it.each([
    [1280, 900, 'desktop'],
    [375, 812, 'phone'],
  ])('shows the first result inside the first screen at %ix%i', async (width, height, label) => {
    for (const scheme of ['light', 'dark'] as const) {
      const p = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      await p.goto(`${server.url}/search/?q=Kovrig`);
      await p.waitForSelector('[data-results] li');
      await p.waitForSelector('[data-facets]:not([hidden])', { state: 'attached' });
      const top = await p.$eval('[data-results] li', (li) => li.getBoundingClientRect().top);
      console.log(`first result top at ${width}x${height} ${scheme}: ${Math.round(top)} px`);
      expect(top).toBeGreaterThan(0);
      expect(top).toBeLessThan(height - 60);
      // One search box on the search page.
      expect(await p.$$eval('input[type=search]', (i) => i.length)).toBe(1);
      // Refinements beside the results on a wide screen, behind a closed "Refine" on a phone.
      const open = await p.$eval('[data-refine]', (d) => (d as HTMLDetailsElement).open);
      expect(open).toBe(width > 800);
      if (width > 800) {
        const results = await p.$eval('[data-results]', (e) => e.getBoundingClientRect().right);
        const facets = await p.$eval('[data-facets]', (e) => e.getBoundingClientRect().left);
        expect(facets).toBeGreaterThan(results);
      }
      await p.screenshot({ path: join(SHOTS, `search-${label}-${scheme}.png`), fullPage: false });
      await p.close();
    }
  });

  it('requires every word unless "any word" is chosen or OR joins them', async () => {
    expect(await search('Kovrig stocks')).toEqual([]);
    expect((await search('Kovrig OR stocks')).sort()).toEqual([RESIGNS, TOLD, STOCKS].sort());
    await page.goto(`${server.url}/search/?q=Kovrig+stocks&any=1`);
    expect((await titles()).sort()).toEqual([RESIGNS, TOLD, STOCKS].sort());
    expect(await page.isChecked('#any')).toBe(true);
  });

  it('finds U.S. and Zoë however they are typed', async () => {
    const dotted = await search('U.S.');
    expect(dotted).toEqual([STOCKS]);
    expect(await search('u.s.')).toEqual(dotted);
    expect(await search('u.s')).toEqual(dotted);
    expect(await search('"U.S. stocks"')).toEqual([STOCKS]);
    expect(await search('zoe lindqvist')).toEqual([STOCKS]);
    expect(await search('U.K. lenders')).toEqual([STOCKS]);
  });

  it('reads dates as written in the query and in From/To, and explains a reversed range', async () => {
    expect(await search('Sept. 24, 2021')).toEqual([RESIGNS]);
    expect(await search('23 March 2023')).toEqual([TOLD]);
    expect((await search('March 2023')).sort()).toEqual([RESIGNS, TOLD].sort());
    expect(await search('8 March 2024')).toEqual([STOCKS]);
    expect(await search('between January and March 2024')).toEqual([STOCKS]);
    expect(await page.textContent('[data-status]')).toContain('dates read as 2024-01 to 2024-03');
    await page.goto(`${server.url}/search/?q=Kovrig&from=${encodeURIComponent('March 24, 2023')}`);
    expect(await titles()).toEqual([RESIGNS]);
    await page.goto(`${server.url}/search/?q=Kovrig&from=2023-04&to=2023-03`);
    await titles();
    expect(await page.textContent('[data-status]')).toBe(
      '0 results for “Kovrig”, published from 2023-04 to 2023-03. From 2023-04 is after To 2023-03: swap them to search that range',
    );
    await page.goto(`${server.url}/search/?q=Kovrig&from=${encodeURIComponent('Juen 2023')}`);
    await titles();
    expect(await page.textContent('[data-status]')).toContain('From “Juen 2023” is not a date I can read');
  });

  it('links a result to the sentence that matched; a date match shows its sentence', async () => {
    expect((await search('rapporteur')).sort()).toEqual([RESIGNS, TOLD].sort());
    const href = await page.$eval(`[data-results] h2 a >> text=${JSON.stringify(RESIGNS)}`, (a) => (a as HTMLAnchorElement).href);
    expect(new URL(href).hash).toBe('#s-23');
    await page.goto(href);
    expect(await page.$eval(':target', (e) => e.textContent)).toContain('special rapporteur');
    await search('Sept. 24, 2021');
    const snippet = await page.$eval('[data-results] .snippet', (p) => p.textContent);
    expect(snippet).toBe(
      'Both Michaels were detained in China for more than 1,000 days on spying charges and were eventually freed on September 24, 2021, four days after the Canadian federal polls.',
    );
    expect(await page.$eval('[data-results] .snippet mark', (m) => m.textContent)).toBe('September 24, 2021');
    expect(new URL(await page.$eval('[data-results] h2 a', (a) => (a as HTMLAnchorElement).href)).hash).toBe('#s-13');
  });

  it('shows results while typing, and sorts oldest first', async () => {
    await page.goto(`${server.url}/search/`);
    await page.focus('#q');
    await page.keyboard.type('Kovrig', { delay: 30 });
    await page.waitForFunction(() => document.querySelectorAll('[data-results] li').length === 2);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Kovrig');
    await page.selectOption('#sort', 'oldest');
    await page.waitForFunction(() => location.search.includes('sort=oldest'));
    await page.waitForFunction((t) => document.querySelector('[data-results] h2 a')?.textContent === t, TOLD);
  });

  it('focuses the search field with "/" and moves through results with the arrows', async () => {
    await page.goto(`${server.url}/search/?q=Kovrig`);
    await titles();
    await page.click('h1');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.textContent);
    expect([first, second].sort()).toEqual([RESIGNS, TOLD].sort());
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(first);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
  });
});
