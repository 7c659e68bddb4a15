/**
 * The site built from the hostile fixtures, in Chromium: every page and the search results for
 * the hostile articles open without any dialog, any injected script, handler or URL running,
 * any Content-Security-Policy violation, or any request to a marker path; the hostile text is
 * visible as text; the feeds are well-formed XML and the JSON-LD is data.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { tempProject, buildProject, removeProject } from '../helpers/project.js';
import { launch, serveStatic } from '../helpers/browser.js';
import { HOSTILE, HOSTILE_FILES } from './pipeline.js';

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';`;
const HTML_TITLE = 'Officials <script>window.__pwned=1;alert("title")</script> deny report';
const TEMPLATE_TITLE = 'Council meets {{ 7 * 7 }} times {% raw %}';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('the hostile site in the browser', () => {
  let root: string;
  let site: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const markers: string[] = [];
  const violations: string[] = [];
  const pageErrors: string[] = [];
  const idOf = new Map<string, string>();

  beforeAll(async () => {
    root = tempProject([{ dir: HOSTILE, files: HOSTILE_FILES }]);
    const r = await buildProject(root);
    expect(r.status).toBe(0);
    site = join(root, '_site');
    const articles = join(root, 'content', 'articles');
    for (const f of readdirSync(articles)) {
      const file = /\n {2}file: ['"]?(.+?)['"]?\n/.exec(readFileSync(join(articles, f), 'utf8'))?.[1];
      if (file) idOf.set(file, f.replace(/\.md$/, ''));
    }
    server = await serveStatic(site);
    browser = await launch();
    page = await browser.newPage();
    page.on('dialog', (d) => {
      dialogs.push(`${page.url()}: ${d.type()} ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (req) => {
      if (/__pwned/.test(new URL(req.url()).pathname) || !req.url().startsWith(server.url)) markers.push(`${page.url()} → ${req.url()}`);
    });
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeProject(root);
  });

  async function pwned(): Promise<unknown> {
    return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
  }

  it('opens every page: no dialog, no injected script or handler, no marker request, a CSP on each', async () => {
    const pages = walk(site).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(HOSTILE_FILES.length);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const path = relative(site, file).split(sep).join('/');
      expect(html.slice(0, html.indexOf('</head>')), path).toContain(CSP);
      expect(html, path).not.toMatch(/<script(?![^>]*\b(?:src="[^"]*\/assets\/[\w.-]+\.js"|type="application\/ld\+json"))/);
      await page.goto(`${server.url}/${path.replace(/index\.html$/, '')}`);
      await page.mouse.move(200, 300);
      expect(await pwned(), path).toBeUndefined();
    }
    expect(dialogs).toEqual([]);
    expect(markers).toEqual([]);
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 300_000);

  it('shows the hostile text literally on the article page', async () => {
    await page.goto(`${server.url}/articles/${idOf.get('html-injection.txt')}/`);
    expect(await page.locator('h1').first().innerText()).toBe(HTML_TITLE);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const s of [
      'The statement said <script>window.__pwned=1;alert(1)</script> and nothing else.',
      '<img src="/__pwned.png" onerror="window.__pwned=1;alert(2)">',
      '<a href="javascript:window.__pwned=1;alert(3)">click here</a>',
      'He wrote "</script><script>window.__pwned=1</script>" inside quotes.',
      'A comment <!-- window.__pwned=1 --> sat in the middle',
      '<svg onload="window.__pwned=1;alert(4)">',
      '[click me](javascript:window.__pwned=1)',
      '![pixel](/__pwned-image.png)',
      '<http://127.0.0.1/__pwned-autolink>',
      '<div onmouseover="window.__pwned=1" style="background:url(/__pwned.css)">A raw HTML block</div>',
      '&lt;script&gt;alert(10)&lt;/script&gt; &#60;img src=x onerror=alert(11)&#62;',
    ]) {
      expect(text).toContain(s);
    }
    // The only elements of these kinds in the page are the site's own scripts.
    const injected = await page.$$eval(
      'main script, main img, main iframe, main svg, main object, main embed, main style, main [onerror], main [onload]',
      (els) => els.filter((e) => !(e.tagName === 'SCRIPT' && /^\/assets\/[\w.-]+\.js$/.test(e.getAttribute('src') ?? ''))).map((e) => e.outerHTML),
    );
    expect(injected).toEqual([]);
    expect(await pwned()).toBeUndefined();
  });

  it('shows template syntax and front-matter keys literally', async () => {
    await page.goto(`${server.url}/articles/${idOf.get('template-syntax.txt')}/`);
    expect(await page.locator('h1').first().innerText()).toBe(TEMPLATE_TITLE);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const s of [
      '{{ constructor.constructor("window.__pwned=1")() }}',
      '{% include "base.njk" %}',
      '{# hidden #}',
      '<%= 7 * 7 %>',
      '${ window.__pwned = 1 }',
      '{{{ raw }}}',
    ]) {
      expect(text).toContain(s);
    }
    await page.goto(`${server.url}/articles/${idOf.get('front-matter-in-body.txt')}/`);
    expect((await page.locator('main').innerText()).replace(/\s+/g, ' ')).toContain(
      '--- title: Hijacked title permalink: /__pwned/ layout: false eleventyExcludeFromCollections: true ---',
    );
    await page.goto(`${server.url}/articles/${idOf.get('front-matter-hostile.txt')}/`);
    expect(await page.locator('h1').first().innerText()).toBe('Front matter with <b>tags</b> & "quotes"');
    expect(await page.locator('main').innerText()).toContain('<img src=x onerror=window.__pwned=1>');
    expect(await pwned()).toBeUndefined();
  });

  it('keeps the JSON-LD data: the headline is the title as written', async () => {
    await page.goto(`${server.url}/articles/${idOf.get('html-injection.txt')}/`);
    const blocks = await page.$$eval('script[type="application/ld+json"]', (s) => s.map((x) => x.textContent ?? ''));
    expect(blocks.length).toBeGreaterThan(0);
    const data = JSON.parse(blocks[0]);
    expect(JSON.stringify(data)).toContain(JSON.stringify(HTML_TITLE).slice(1, -1));
  });

  it('serves feeds that are well-formed XML with the titles as text', async () => {
    const feeds = walk(site)
      .filter((f) => f.endsWith('.xml'))
      .map((f) => relative(site, f).split(sep).join('/'));
    expect(feeds).toContain('feed.xml');
    await page.goto(`${server.url}/`);
    for (const feed of feeds) {
      const result = await page.evaluate(async (url) => {
        const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
        return { error: xml.querySelector('parsererror')?.textContent ?? null, titles: [...xml.querySelectorAll('entry > title')].map((t) => t.textContent) };
      }, `${server.url}/${feed}`);
      expect(result.error, feed).toBeNull();
      if (feed === 'feed.xml') expect(result.titles).toContain(HTML_TITLE);
    }
  });

  it('finds the hostile articles in search and shows their titles and snippets as text', async () => {
    for (const [q, title] of [
      ['Officials deny report', HTML_TITLE],
      ['Council meets times', TEMPLATE_TITLE],
      ['Fences inside the body', 'Fences inside the body'],
    ]) {
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(() => /result/.test(document.querySelector('[data-status]')?.textContent ?? ''));
      const titles = await page.$$eval('[data-results] h2 a', (as) => as.map((a) => a.textContent ?? ''));
      expect(titles, q).toContain(title);
      expect(await pwned()).toBeUndefined();
    }
    // Any of these words (every word is required by default).
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('statement said script')}&any=1`);
    await page.waitForFunction(() => /result/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    const results = (await page.locator('[data-results]').innerText()).replace(/\s+/g, ' ');
    expect(results).toContain(HTML_TITLE);
    expect(await page.locator('[data-results] script, [data-results] img, [data-results] svg, [data-results] iframe').count()).toBe(0);
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('<img src=x onerror=window.__pwned=1> {{7*7}}')}`);
    await page.waitForFunction(() => /result/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    expect(await pwned()).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(markers).toEqual([]);
    expect(violations).toEqual([]);
  });
});
