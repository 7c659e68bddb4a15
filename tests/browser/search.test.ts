/**
 * The built seed site in Debian's Chromium: search by a name, by a date the article mentions,
 * and follow a link to a person page.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { tempProject, buildProject, removeProject } from '../helpers/project.js';
import { launch, serveStatic } from '../helpers/browser.js';

describe('search in the browser', () => {
  let root: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    root = tempProject();
    await buildProject(root);
    server = await serveStatic(join(root, '_site'));
    browser = await launch();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeProject(root);
  });

  async function search(q: string): Promise<string[]> {
    await page.goto(`${server.url}/search/`);
    await page.fill('#q', q);
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => /result/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    return page.$$eval('[data-results] h2 a', (as) => as.map((a) => a.textContent ?? ''));
  }

  it('finds both seed articles by the name Kovrig', async () => {
    const titles = await search('Kovrig');
    expect(titles).toHaveLength(2);
    expect(titles).toContain("MP Han Dong resigns from Trudeau's Liberal Party following allegations questioning his loyalty to Canada");
    expect(await page.textContent('[data-status]')).toBe('2 results for “Kovrig”');
  });

  it('finds the article that mentions 2021-09-24', async () => {
    const titles = await search('2021-09-24');
    expect(titles).toEqual(["MP Han Dong resigns from Trudeau's Liberal Party following allegations questioning his loyalty to Canada"]);
  });

  it('keeps the query in the address, so a result list can be shared', async () => {
    await search('Kovrig');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Kovrig');
    await page.goto(`${server.url}/search/?q=Kovrig`);
    await page.waitForFunction(() => document.querySelectorAll('[data-results] li').length === 2);
  });

  it('leads from a result to the article and on to a person page', async () => {
    await search('Kovrig');
    await page.click('[data-results] h2 a >> nth=0');
    await page.waitForSelector('#headline');
    await page.click('.article-facts a:text("Michael Kovrig")');
    await page.waitForSelector('h1');
    expect(await page.textContent('h1')).toBe('Michael Kovrig');
    expect(page.url()).toBe(`${server.url}/people/michael-kovrig/`);
    expect(await page.$$eval('main .article-list li', (li) => li.length)).toBe(2);
  });
});
