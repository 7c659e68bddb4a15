/**
 * Every page type of the seed site in Debian's Chromium: content checked against facts that
 * must hold for the two seed articles (from ../shared/seeds/gold.json: both name Han Dong,
 * Michael Kovrig, Michael Spavor and Justin Trudeau; 001 mentions 24 September 2021), axe-core
 * run on each page, and screenshots of the main page types at desktop and phone widths.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { tempProject, buildProject, removeProject } from '../helpers/project.js';
import { launch, serveStatic } from '../helpers/browser.js';

const ID_000 = '2023-03-23-mp-han-dong-was-alleged-to-have-told-chinas-consul-general';
const ID_001 = '2023-03-24-mp-han-dong-resigns-from-trudeaus-liberal-party-following';
const AXE = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');
const SHOTS = resolve(import.meta.dirname, '../../test-output/screenshots');

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

describe('the pages of the seed site', () => {
  let root: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  /** No JavaScript: every page but search must work without it. */
  let plain: BrowserContext;
  /** For axe only: CSP bypassed so the checker can be injected. */
  let audit: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    root = tempProject();
    const r = await buildProject(root);
    expect(r.status).toBe(0);
    server = await serveStatic(join(root, '_site'));
    browser = await launch();
    plain = await browser.newContext({ javaScriptEnabled: false });
    audit = await browser.newContext({ bypassCSP: true });
    page = await plain.newPage();
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeProject(root);
  });

  async function open(path: string): Promise<Page> {
    const res = await page.goto(server.url + path);
    expect(res?.status(), path).toBe(200);
    return page;
  }
  const texts = (sel: string) => page.$$eval(sel, (els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
  const hrefs = (sel: string) => page.$$eval(sel, (els) => els.map((e) => e.getAttribute('href') ?? ''));

  /** axe-core on a page in the light and the dark colour scheme (the dark one has its own contrast). */
  async function axe(path: string): Promise<void> {
    for (const scheme of ['light', 'dark'] as const) await axeIn(path, scheme);
  }

  async function axeIn(path: string, scheme: 'light' | 'dark', ready?: string): Promise<void> {
    const p = await audit.newPage();
    try {
      await p.emulateMedia({ colorScheme: scheme });
      await p.goto(server.url + path);
      if (ready) await p.waitForSelector(ready);
      await p.addScriptTag({ path: AXE });
      const result = (await p.evaluate(() =>
        (window as unknown as { axe: { run: (o: unknown) => Promise<unknown> } }).axe.run({ resultTypes: ['violations'] }),
      )) as AxeResult;
      const found = result.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
      expect(found, `${path} (${scheme})`).toEqual([]);
    } finally {
      await p.close();
    }
  }

  async function shoot(path: string, name: string): Promise<void> {
    for (const [label, width, scheme] of [
      ['desktop', 1280, 'light'],
      ['phone', 375, 'light'],
      ['desktop', 1280, 'dark'],
      ['phone', 375, 'dark'],
    ] as const) {
      const p = await plain.newPage();
      await p.setViewportSize({ width, height: 800 });
      await p.emulateMedia({ colorScheme: scheme });
      await p.goto(server.url + path);
      // Readable on a phone: nothing wider than the screen.
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
      await p.screenshot({ path: join(SHOTS, `${name}-${label}-${scheme}.png`), fullPage: true });
      await p.close();
    }
  }

  it('home: latest articles, most-named people, stories, links to archive, timeline and search', async () => {
    await open('/');
    expect(await hrefs('main .article-list a')).toEqual([`/articles/${ID_001}/`, `/articles/${ID_000}/`]);
    const people = await texts('main .people-list a');
    for (const name of ['Han Dong', 'Michael Kovrig', 'Michael Spavor', 'Justin Trudeau']) expect(people.slice(0, 4)).toContain(name);
    expect(await hrefs('main .story-list a')).toEqual([`/stories/${ID_000}/`]);
    const links = await hrefs('main a');
    for (const l of ['/archive/', '/timeline/', '/search/']) expect(links).toContain(l);
    expect(await page.getAttribute('.site-header form', 'action')).toBe('/search/');
    expect(await page.getAttribute('.site-header form input', 'name')).toBe('q');
    await axe('/');
    await shoot('/', 'home');
  });

  it('article: header facts, names linked in the text, facts linking to their sentences, provenance, citation, related', async () => {
    // Previous and next by publication date: 000 (23 March) before 001 (24 March).
    await open(`/articles/${ID_000}/`);
    expect(await hrefs('nav.sequence a')).toEqual([`/articles/${ID_001}/`]);
    expect(await page.textContent('nav.sequence a[rel=next]')).toContain('Next: published 24 March 2023');
    await open(`/articles/${ID_001}/`);
    expect(await hrefs('nav.sequence a[rel=prev]')).toEqual([`/articles/${ID_000}/`]);
    expect(await page.$$('nav.sequence a[rel=next]')).toHaveLength(0);
    expect(await page.textContent('h1')).toBe("MP Han Dong resigns from Trudeau's Liberal Party following allegations questioning his loyalty to Canada");
    expect(await page.getAttribute('.meta-list time', 'datetime')).toBe('2023-03-24');
    expect(await page.textContent('.meta-list')).toContain('bellecarter');
    // People's names in the body link to their pages.
    const bodyLinks = await hrefs('.article-text a.name');
    expect(bodyLinks).toContain('/people/han-dong/');
    expect(bodyLinks).toContain('/people/michael-kovrig/');
    // Every "in the text" link lands on a sentence of the body (or the headline).
    const anchors = await hrefs('.article-facts a.in-text');
    expect(anchors.length).toBeGreaterThan(10);
    for (const a of anchors) expect(await page.$(`${a}`), a).not.toBeNull();
    // The date 2021-09-24 links to the sentence that mentions it.
    const sept = await page.$eval('.article-facts time[datetime="2021-09-24"]', (t) => t.parentElement!.querySelector('a.in-text')!.getAttribute('href'));
    expect(await page.textContent(sept!)).toContain('September 24, 2021');
    // Quotes link to a sentence that contains their words.
    const q = await page.$$eval('.article-facts .quotes li', (lis) =>
      lis.map((li) => ({ text: li.querySelector('blockquote')!.textContent!, href: li.querySelector('a.in-text')?.getAttribute('href') ?? null })),
    );
    const sorry = q.find((x) => x.text.includes('raised the status'));
    expect(sorry?.href).toMatch(/^#s-\d+$/);
    expect(await page.textContent(sorry!.href!)).toContain('I raised the status of Michael Spavor and Michael Kovrig');
    // Provenance from the record, the citation's permalink, the related seed.
    const prov = await page.textContent('.provenance');
    expect(prov).toContain('001_a9b239daabf4cae1.txt');
    expect(prov).toContain('98a636f675a0d7b0490073fc709ca127f544cb8c63579a4c4c7abe7a6b1b0e47');
    expect(await page.textContent('.citation')).toContain(`http://localhost:8080/articles/${ID_001}/`);
    expect(await hrefs('.related a')).toContain(`/articles/${ID_000}/`);
    // Machine-readable: canonical, Open Graph, NewsArticle JSON-LD.
    expect(await page.getAttribute('link[rel=canonical]', 'href')).toBe(`http://localhost:8080/articles/${ID_001}/`);
    expect(await page.getAttribute('meta[property="og:type"]', 'content')).toBe('article');
    const ld = JSON.parse((await page.textContent('script[type="application/ld+json"]'))!);
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: "MP Han Dong resigns from Trudeau's Liberal Party following allegations questioning his loyalty to Canada",
      datePublished: '2023-03-24',
    });
    await axe(`/articles/${ID_001}/`);
    await axe(`/articles/${ID_000}/`);
    await shoot(`/articles/${ID_001}/`, 'article');
  });

  it('people: one page per person listing both seed articles; index sorted by name and by articles', async () => {
    for (const id of ['han-dong', 'michael-kovrig', 'michael-spavor', 'justin-trudeau']) {
      await open(`/people/${id}/`);
      const listed = await hrefs('main section:first-of-type .article-list a');
      expect(listed.sort(), id).toEqual([`/articles/${ID_000}/`, `/articles/${ID_001}/`]);
    }
    // The index by name has A–Z jump links, each to the first row of its letter.
    await open('/people/');
    const letters = await hrefs('main nav.az a');
    expect(letters).toContain('#letter-H');
    for (const href of letters) expect(await page.$$eval(href, (rows) => rows.length), href).toBe(1);
    expect(await page.$eval('#letter-H td a', (a) => a.textContent)).toMatch(/^H/);
    await open('/people/han-dong/');
    expect(await page.textContent('h1')).toBe('Han Dong');
    expect(await page.textContent('main dl')).toContain('MP');
    // His quotes, each linking to its sentence; his timeline oldest first.
    const quotes = await hrefs('main #quotes ~ ul a, section[aria-labelledby=quotes] a');
    expect(quotes.some((h) => /^\/articles\/.+\/#s-\d+$/.test(h))).toBe(true);
    const timeline = await page.$$eval('.timeline time', (ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(timeline).toEqual(['2023-03-23', '2023-03-24']);
    // Articles per month as an inline SVG image with its words, and the people named with him.
    expect(
      await page.$eval('svg.month-chart', (svg) => [svg.getAttribute('role'), svg.querySelectorAll('rect.bar').length, svg.querySelector('desc')!.textContent]),
    ).toEqual(['img', 1, '2 articles naming Han Dong in March 2023.']);
    // (Every name of the seeds is in both articles: eight of them, by name, none of them his own page.)
    const together = await hrefs('section.together a');
    expect(together).toHaveLength(8);
    expect(together.every((h) => /^\/(people|organisations|places)\/[a-z0-9-]+\/$/.test(h) && h !== '/people/han-dong/')).toBe(true);
    expect(await texts('section.together .meta')).toEqual(Array(8).fill(expect.stringMatching(/, 2 articles together$/)));
    // Never merged with another Han: no Han Tao alias on Han Dong's page.
    expect(await page.textContent('main')).not.toMatch(/Also named:[^\n]*Han Tao/);
    await axe('/people/han-dong/');
    await shoot('/people/han-dong/', 'person');

    await open('/people/');
    const byName = await texts('main tbody td:first-child');
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    await axe('/people/');
    await open('/people/by-articles/');
    const counts = (await texts('main tbody td:nth-child(2)')).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(2);
    await axe('/people/by-articles/');
  });

  it('organisations, places and outlets: an index and a page each', async () => {
    for (const [index, id] of [
      ['/organisations/', 'global-news'],
      ['/places/', 'toronto'],
      ['/outlets/', 'lifesitenews'],
    ]) {
      await open(index);
      expect(await hrefs('main tbody a')).toContain(`${index}${id}/`);
      await axe(index);
      await open(`${index}${id}/`);
      expect((await hrefs('main .article-list a')).length).toBeGreaterThan(0);
      if (index !== '/outlets/') expect(await page.$$('svg.month-chart rect.bar')).toHaveLength(1);
      await axe(`${index}${id}/`);
    }
    await open('/outlets/lifesitenews/');
    expect(await hrefs('main .article-list a')).toEqual([`/articles/${ID_000}/`]);
  });

  it('archive by publication date: year and month pages, each day a section of its month', async () => {
    await open('/archive/');
    expect(await hrefs('main a')).toEqual(expect.arrayContaining(['/archive/2023/', '/archive/2023-03/']));
    await open('/archive/2023-03/');
    expect(await page.$$eval('main h2', (hs) => hs.map((h) => h.id))).toEqual(['d-2023-03-24', 'd-2023-03-23']);
    expect(await hrefs('#d-2023-03-24 + .article-list a')).toEqual([`/articles/${ID_001}/`]);
    // An article's publication date leads to its day on the month page.
    await open(`/articles/${ID_001}/`);
    expect(await hrefs('main a:has(time[datetime="2023-03-24"])')).toEqual(['/archive/2023-03/#d-2023-03-24']);
    for (const p of ['/archive/', '/archive/2023/', '/archive/2023-03/']) await axe(p);
  });

  it('timeline: dates the articles mention, labelled apart from publication dates, each to its sentence', async () => {
    await open('/timeline/');
    expect(await page.textContent('main')).toContain('not publication dates');
    await open('/timeline/2021/');
    const entry = await page.$eval('main li:has(time[datetime="2021-09-24"])', (li) => ({
      href: li.querySelector('a')!.getAttribute('href')!,
      text: li.textContent!,
    }));
    expect(entry.href).toMatch(new RegExp(`^/articles/${ID_001}/#s-\\d+$`));
    // Grouped by month, with jump links: the year alone ("2021"), February, September.
    expect(await page.$$eval('main h2', (hs) => hs.map((h) => [h.id, h.textContent]))).toEqual([
      ['year-only', '2021, no month given'],
      ['m-2021-02', 'February 2021'],
      ['m-2021-09', 'September 2021'],
    ]);
    expect(await hrefs('nav.jump a')).toEqual(['#year-only', '#m-2021-02', '#m-2021-09']);
    // Follow it: it lands on the sentence.
    await open(entry.href.split('#')[0]);
    expect(await page.textContent('#' + entry.href.split('#')[1])).toContain('September 24, 2021');
    await axe('/timeline/');
    await axe('/timeline/2021/');
  });

  it('stories: the two seeds are one story, compared side by side', async () => {
    await open('/stories/');
    expect(await hrefs('main .story-list a')).toEqual([`/stories/${ID_000}/`]);
    await open(`/stories/${ID_000}/`);
    expect((await hrefs('main ol.article-list a')).sort()).toEqual([`/articles/${ID_000}/`, `/articles/${ID_001}/`]);
    const title = await page.textContent('h1');
    for (const name of ['Han Dong', 'Michael Kovrig', 'Michael Spavor']) expect(title).toContain(name);
    // People in both are present in both columns; the comparison shows some only in one.
    const row = async (label: string) =>
      page.$$eval(`section[aria-labelledby=cmp-people] tr:has(th a:text-is("${label}")) td`, (tds) => tds.map((t) => t.textContent!.trim()));
    expect(await row('Han Dong')).toEqual(['present in LifeSiteNews', 'present in article 2']);
    expect(await row('David Mulroney')).toEqual(['present in LifeSiteNews', 'absent']);
    expect(await page.$$eval('section[aria-labelledby=cmp-dates] time[datetime="2021-09-24"]', (t) => t.length)).toBe(1);
    await axe('/stories/');
    await axe(`/stories/${ID_000}/`);
    await shoot(`/stories/${ID_000}/`, 'story');
  });

  it('claims ledger, search page, 404 page: reachable and accessible', async () => {
    await open('/claims/');
    expect(await page.textContent('main')).toContain('does not judge');
    // The ledger has a page per year: both seeds' claims were first carried in 2023.
    expect(await hrefs('main .month-list a')).toEqual(['/claims/2023/']);
    await axe('/claims/');
    await open('/claims/2023/');
    const ledger = await page.$$eval('ol.ledger > li', (lis) => lis.map((li) => li.textContent!.replace(/\s+/g, ' ').trim()));
    expect(ledger.some((t) => t.startsWith('Global News') && t.includes('alleges'))).toBe(true);
    await axe('/claims/2023/');
    await axe('/search/');
    // With results, facets (one value ticked) and the list of choices.
    for (const scheme of ['light', 'dark'] as const)
      await axeIn('/search/?q=Kovrig&person=Charles+Sousa&year=2023', scheme, '[data-facets]:not([hidden]) input:checked');
    const res = await page.goto(server.url + '/404.html');
    expect(res?.status()).toBe(200);
    expect(await page.textContent('h1')).toBe('Page not found');
    await axe('/404.html');
  });

  it('feeds and sitemap: Atom for the site, none for a person named in two articles, every page in the sitemap', async () => {
    const site = join(root, '_site');
    const feed = readFileSync(join(site, 'feed.xml'), 'utf8');
    expect(feed).toMatch(/^<\?xml/);
    expect(feed).toContain('<updated>2023-03-24T00:00:00Z</updated>');
    expect(feed).toContain(`<id>http://localhost:8080/articles/${ID_000}/</id>`);
    // Han Dong is named in both seeds: fewer than the three articles a person's feed needs
    // (tests/build/links.test.ts checks the feeds of an archive where some people have one).
    expect(existsSync(join(site, 'people', 'han-dong', 'feed.xml'))).toBe(false);
    const sitemap = readFileSync(join(site, 'sitemap.xml'), 'utf8');
    for (const p of [`/articles/${ID_001}/`, '/people/han-dong/', `/stories/${ID_000}/`, '/archive/2023-03/', '/timeline/2021/']) {
      expect(sitemap).toContain(`<loc>http://localhost:8080${p}</loc>`);
    }
    expect(sitemap).not.toContain('/archive/2023-03-24/');
  });
});
