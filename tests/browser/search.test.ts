/**
 * The built seed site in Debian's Chromium: search by a name, a person, a date, a date range,
 * a phrase; narrow by a facet; sort; share the address and go back; open a result with the
 * matched words highlighted. Every response is counted, to check that only the parts a question
 * needs are fetched.
 */
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { join, resolve } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { tempProject, buildProject, removeProject, MEANTIME } from '../helpers/project.js';
import { launch, serveStatic } from '../helpers/browser.js';
import { SearchEngine, FACET_GROUPS } from '../../src/search/engine.js';

const AXE = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

const RESIGNS = "MP Han Dong resigns from Trudeau's Liberal Party following allegations questioning his loyalty to Canada";
const TOLD = 'MP Han Dong was alleged to have told China’s consul general in Toronto';

describe('search in the browser', () => {
  let root: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let page: Page;
  let fetched: { path: string; bytes: number }[] = [];

  beforeAll(async () => {
    root = tempProject();
    await buildProject(root);
    server = await serveStatic(join(root, '_site'));
    browser = await launch();
    page = await browser.newPage();
    page.on('response', async (res) => {
      const body = await res.body().catch(() => Buffer.alloc(0));
      fetched.push({ path: new URL(res.url()).pathname, bytes: body.length });
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeProject(root);
  });
  beforeEach(() => {
    fetched = [];
  });

  async function waitForResults(): Promise<string[]> {
    await page.waitForFunction(() => /result/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    return page.$$eval('[data-results] h2 a', (as) => as.map((a) => a.textContent ?? ''));
  }

  async function search(q: string): Promise<string[]> {
    await page.goto(`${server.url}/search/`);
    await page.fill('#q', q);
    await page.press('#q', 'Enter');
    return waitForResults();
  }

  const indexFiles = () =>
    fetched
      .filter((f) => f.path.startsWith('/search-index/'))
      .map((f) => f.path.replace('/search-index/', ''))
      .sort();

  it('finds both seed articles by the name Kovrig', async () => {
    const titles = await search('Kovrig');
    expect(titles).toHaveLength(2);
    expect(titles).toContain(RESIGNS);
    expect(await page.textContent('[data-status]')).toBe('2 results for “Kovrig”');
  });

  it('finds the article that mentions 2021-09-24', async () => {
    const titles = await search('2021-09-24');
    expect(titles).toEqual([RESIGNS]);
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

  it('fetches nothing of the index before the search field is used, then only the parts a query needs', async () => {
    await page.goto(`${server.url}/search/`);
    expect(indexFiles()).toEqual([]);
    await page.focus('#q');
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/meta.json')));
    await page.fill('#q', 'Kovrig');
    await page.press('#q', 'Enter');
    await waitForResults();
    await page.waitForSelector('[data-facets]:not([hidden])');
    // meta, the shard of "kovrig", the two results' display data (and the rest of the text of the
    // one whose opening does not hold "Kovrig"), and the suggestions for what was typed ("ko",
    // "kov"...: s/6b-6f). The facets of two results come from their display data: no facet file.
    expect(indexFiles()).toEqual(['d/0.json', 'd/1.json', 'meta.json', 's/6b-6f.json', 't0.json', 'x/1.json']);
    const total = fetched.filter((f) => f.path.startsWith('/search-index/') || f.path === '/assets/search.js').reduce((s, f) => s + f.bytes, 0);
    expect(total).toBeLessThan(150_000);
  });

  it('finds a person by an alias, restricts to the people field, and suggests people while typing', async () => {
    expect(await search('Dong')).toHaveLength(2);
    expect(await search('Trudeau')).toHaveLength(2);
    expect(await search('person:"Charles Sousa"')).toEqual([RESIGNS]);
    expect(await page.textContent('[data-results] li .people')).toContain('Charles Sousa');
    await page.goto(`${server.url}/search/`);
    await page.focus('#q');
    await page.type('#q', 'Poil');
    await page.waitForSelector('#suggestions:not([hidden]) li');
    expect(await page.$$eval('#suggestions li', (li) => li.map((l) => l.textContent))).toEqual(['Pierre Poilievre (1 article)']);
    expect(await page.getAttribute('#q', 'aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.inputValue('#q')).toBe('person:"Pierre Poilievre" ');
    await page.keyboard.press('Enter');
    expect(await waitForResults()).toEqual([RESIGNS]);
  });

  it('finds by publication month and year, and filters by a range of publication or mentioned dates', async () => {
    expect(await search('2023-03')).toHaveLength(2);
    expect(await search('2023-03-23')).toEqual([TOLD]);
    await page.goto(`${server.url}/search/?q=Kovrig&from=2023-03-24`);
    expect(await waitForResults()).toEqual([RESIGNS]);
    await page.goto(`${server.url}/search/?q=Kovrig&to=2023-03-23`);
    expect(await waitForResults()).toEqual([TOLD]);
    await page.goto(`${server.url}/search/`);
    await page.fill('#q', 'Kovrig');
    await page.fill('#from', '2021-09');
    await page.fill('#to', '2021-09');
    await page.selectOption('#on', 'mentioned');
    await page.press('#q', 'Enter');
    expect(await waitForResults()).toEqual([RESIGNS]);
    expect(new URL(page.url()).search).toBe('?q=Kovrig&from=2021-09&to=2021-09&on=mentioned');
    expect(await page.textContent('[data-status]')).toBe('1 result for “Kovrig”, mentioning a date from 2021-09 to 2021-09');
  });

  it('matches a phrase only where its words stand together, loading positions only then', async () => {
    expect(await search('chinese meddling')).toHaveLength(2);
    expect(indexFiles().some((f) => /^p\d+\.json$/.test(f))).toBe(false);
    expect(await search('"chinese meddling"')).toEqual([TOLD]);
    expect(indexFiles()).toContain('p0.json');
    const marks = await page.$$eval('[data-results] .snippet mark', (m) => m.map((x) => x.textContent));
    expect(marks).toContain('meddling');
    expect(new Set(marks)).toEqual(new Set(['Chinese', 'meddling']));
  });

  it('shows five facet groups with counts; several values of a group are any of them, groups all hold; back restores them', async () => {
    await search('Kovrig');
    await page.waitForSelector('[data-facets]:not([hidden])');
    const groups = () =>
      page.$$eval('[data-facets] fieldset', (s) =>
        s.map((x) =>
          [
            x.querySelector('legend')!.textContent,
            ...[...x.querySelectorAll('li')].map((l) => `${(l.querySelector('input') as HTMLInputElement).checked ? '[x]' : '[ ]'}${l.textContent}`),
          ].join(' |'),
        ),
      );
    const before = await groups();
    expect(before.map((g) => g.split(' |')[0])).toEqual(['People', 'Organisations', 'Places', 'Outlets', 'Years']);
    expect(before).toContain('Outlets |[ ] LifeSiteNews (1)');
    expect(before).toContain('Years |[ ] 2023 (2)');
    expect(before[2]).toBe('Places |[ ] Canada (2) |[ ] China (2) |[ ] Toronto (2) |[ ] Beijing (1) |[ ] Ontario (1) |[ ] Ottawa (1) |[ ] Vancouver (1)');
    expect(await page.textContent('#facet-rule')).toBe('Tick several values of a group for results with any of them; ticks in different groups must all hold.');
    // From the keyboard: the box ticked keeps the focus once the results and facets are redrawn.
    await page.focus('[data-facets] input[value="Charles Sousa"]');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelectorAll('[data-results] li').length === 1);
    expect(await page.$$eval('[data-results] h2 a', (a) => a.map((x) => x.textContent))).toEqual([RESIGNS]);
    expect(new URL(page.url()).searchParams.getAll('person')).toEqual(['Charles Sousa']);
    await page.waitForFunction(
      () => (document.activeElement as HTMLInputElement | null)?.value === 'Charles Sousa' && (document.activeElement as HTMLInputElement).checked,
    );
    // A second person: either of them (the people facet still counts over both articles).
    await page.check('[data-facets] input[value="David Johnston"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-results] li').length === 2);
    expect(new URL(page.url()).searchParams.getAll('person')).toEqual(['Charles Sousa', 'David Johnston']);
    expect((await groups())[0]).toContain('[x] David Johnston (1)');
    // An outlet as well: both groups must hold.
    await page.check('[data-facets] input[data-group="outlets"][value="LifeSiteNews"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-results] li').length === 1);
    expect(await page.$$eval('[data-results] h2 a', (a) => a.map((x) => x.textContent))).toEqual([TOLD]);
    expect(await page.textContent('[data-status]')).toBe('1 result for “Kovrig”, people: Charles Sousa or David Johnston, outlets: LifeSiteNews');
    // Each choice can be removed from the list above the facets too.
    expect(await page.$$eval('[data-filters] a', (a) => a.map((x) => x.getAttribute('aria-label')))).toEqual([
      'Remove Charles Sousa from people',
      'Remove David Johnston from people',
      'Remove LifeSiteNews from outlets',
    ]);
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('[data-results] li').length === 2);
    expect(new URL(page.url()).searchParams.getAll('outlet')).toEqual([]);
    await page.goBack();
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('person='));
    await page.waitForFunction(() => document.querySelectorAll('[data-results] li').length === 2);
    expect((await groups())[0]).not.toContain('[x]');
    await page.goForward();
    await page.waitForFunction(() => document.querySelectorAll('[data-results] li').length === 1);
  });

  it('draws the facets beside the results without moving them (no layout shift)', async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await p.addInitScript(() => {
      (window as unknown as { shifts: number[] }).shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) (window as unknown as { shifts: number[] }).shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await p.goto(`${server.url}/search/?q=Kovrig&person=Charles+Sousa&person=Meng+Wanzhou`);
    await p.waitForSelector('[data-facets]:not([hidden])');
    await p.waitForTimeout(300);
    const top = await p.$eval('[data-results] li', (li) => li.getBoundingClientRect().top);
    const shifts = await p.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    console.log(`layout shifts after a search with facets: ${JSON.stringify(shifts)}; first result at ${Math.round(top)} px`);
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.01);
    await p.close();
  });

  it('sorts by date, newest first, from the keyboard', async () => {
    await page.goto(`${server.url}/search/?q=Kovrig+%22consul+general%22`);
    await waitForResults();
    await page.focus('#sort');
    await page.selectOption('#sort', 'date');
    await page.waitForFunction(() => location.search.includes('sort=date'));
    await page.waitForFunction((t) => document.querySelector('[data-results] h2 a')?.textContent === t, RESIGNS);
    expect(await page.$$eval('[data-results] .meta', (m) => m.map((x) => x.textContent?.slice(0, 10)))).toEqual(['2023-03-24', '2023-03-23']);
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('sort=date'));
    expect(await page.inputValue('#sort')).toBe('relevance');
  });

  it('highlights the matched words on the article page opened from a result', async () => {
    await search('Sousa');
    const href = await page.getAttribute('[data-results] h2 a', 'href');
    expect(href).toContain('?highlight=sousa');
    await page.click('[data-results] h2 a');
    await page.waitForSelector('main mark.search-hit');
    expect(new Set(await page.$$eval('main mark.search-hit', (m) => m.map((x) => x.textContent)))).toEqual(new Set(['Sousa']));
  });

  it('says so when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${server.url}/search/?q=Kovrig`);
    expect(await p.textContent('[data-noscript]')).toContain('Search needs JavaScript');
    expect(await p.getAttribute('#q', 'name')).toBe('q');
    expect(await p.textContent('label[for=q]')).toBe('Search articles by text, person or date');
    await context.close();
  });
});

/**
 * Closed facet groups on a larger archive: the 120 MEANTIME dev articles (Wikinews, CC BY 4.0,
 * Minard et al. 2016), where a two-word query has more results than a page, so its facets are
 * counted from the facet chunks (one chunk per kind here). Organisations and places start closed
 * and fetch their chunks only when opened or chosen in the address.
 */
describe('closed facet groups on the MEANTIME archive', () => {
  const Q = 'company shares';
  let root: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  /** What the page must show once a group is counted: every group counted by the same engine in Node over the built index. */
  let expected: Record<string, string[]>;

  beforeAll(async () => {
    const dir = join(MEANTIME, 'articles');
    root = tempProject([{ dir, files: readdirSync(dir).filter((f) => f.endsWith('.txt')) }]);
    const r = await buildProject(root);
    expect(r.status).toBe(0);
    server = await serveStatic(join(root, '_site'));
    browser = await launch();
    const indexDir = join(root, '_site', 'search-index');
    const engine = new SearchEngine(async (file) => JSON.parse(readFileSync(join(indexDir, file), 'utf8')));
    const res = await engine.search({ q: Q });
    const facets = await engine.facets({ q: Q }, res);
    expected = Object.fromEntries(FACET_GROUPS.map((g) => [g, facets[g].map((v) => `${v.value} (${v.count})`)]));
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (root) removeProject(root);
  });

  /** A fresh page (nothing cached) that records the index files it fetches. */
  async function freshPage(options: { viewport?: { width: number; height: number }; bypassCSP?: boolean } = {}) {
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, bypassCSP: options.bypassCSP });
    const page = await context.newPage();
    const files: string[] = [];
    page.on('request', (req) => {
      const path = new URL(req.url()).pathname;
      if (path.startsWith('/search-index/')) files.push(path.slice('/search-index/'.length));
    });
    return { context, page, files, chunks: (kind: number) => files.filter((f) => new RegExp(`^ft\\d+-${kind}-\\d+\\.json$`).test(f)).sort() };
  }

  const shown = (page: Page, group: string) =>
    page.$$eval(`[data-facets] input[data-group="${group}"]`, (boxes) => boxes.map((b) => b.closest('label')!.textContent!.trim().replace(/\s+/g, ' ')));

  it("fetches the people's chunks only; organisations and places are closed and fetch nothing", async () => {
    const { context, page, chunks } = await freshPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(Q)}`);
    await page.waitForSelector('[data-facets]:not([hidden]) input[data-group=people]');
    await page.waitForLoadState('networkidle');
    expect(await page.textContent('[data-status]')).toMatch(/^\d+ results for “company shares”$/);
    expect(Number((await page.textContent('[data-status]'))!.split(' ')[0])).toBeGreaterThan(10);
    expect(chunks(0)).toEqual(['ft0-0-0.json']);
    expect(chunks(1)).toEqual([]);
    expect(chunks(2)).toEqual([]);
    expect(
      await page.$$eval('[data-facets] details', (ds) =>
        ds.map((d) => `${d.querySelector('summary')!.textContent} ${(d as HTMLDetailsElement).open ? 'open' : 'closed'}`),
      ),
    ).toEqual(['Organisations closed', 'Places closed']);
    expect(await shown(page, 'people')).toEqual(expected.people);
    expect(await shown(page, 'years')).toEqual(expected.years);
    expect(await shown(page, 'organizations')).toEqual([]);
    await context.close();
  });

  it('opening a group from the keyboard fetches its chunks and shows its exact counts, keeping the focus', async () => {
    const { context, page, chunks } = await freshPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(Q)}`);
    await page.waitForSelector('[data-facets]:not([hidden]) input[data-group=people]');
    await page.focus('details[data-group=organizations] > summary');
    await page.keyboard.press('Enter');
    await page.waitForSelector('details[data-group=organizations][open] input[data-group=organizations]');
    expect(expected.organizations).toHaveLength(10);
    expect(await shown(page, 'organizations')).toEqual(expected.organizations);
    expect(chunks(1)).toEqual(['ft0-1-0.json']);
    expect(chunks(2)).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.closest('details')?.dataset.group)).toBe('organizations');
    // Open for the next query of this page too (not in the address).
    expect([...new URL(page.url()).searchParams.keys()]).toEqual(['q']);
    await page.fill('#q', 'said company');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => /for “said company”/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    await page.waitForSelector('details[data-group=organizations][open] input[data-group=organizations]');
    expect(await page.$eval('details[data-group=places]', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(chunks(2)).toEqual([]);
    await context.close();
  });

  it('opens a group whose value the address chooses, and counts it', async () => {
    const [org] = expected.organizations[0].split(' (');
    const { context, page, chunks } = await freshPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(Q)}&org=${encodeURIComponent(org)}`);
    await page.waitForSelector(`details[data-group=organizations][open] input[data-group=organizations]:checked`);
    expect(await page.$eval('[data-facets] input[data-group=organizations]:checked', (b) => (b as HTMLInputElement).value)).toBe(org);
    expect(await page.$eval('details[data-group=places]', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(chunks(1).length).toBeGreaterThan(0);
    expect(chunks(2)).toEqual([]);
    expect(await page.textContent('[data-status]')).toMatch(new RegExp(`^\\d+ results? for “company shares”, organisations: ${org}$`));
    await context.close();
  });

  it('is accessible with a group closed and one open (axe), and draws them without layout shift', async () => {
    const { context, page } = await freshPage({ bypassCSP: true });
    await page.addInitScript(() => {
      (window as unknown as { shifts: number[] }).shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) (window as unknown as { shifts: number[] }).shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const [org] = expected.organizations[0].split(' (');
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(Q)}&org=${encodeURIComponent(org)}`);
    await page.waitForSelector('details[data-group=organizations][open] input:checked');
    await page.waitForTimeout(300);
    expect((await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).reduce((a, b) => a + b, 0)).toBeLessThan(0.01);
    await page.addScriptTag({ path: AXE });
    const result = (await page.evaluate(() =>
      (window as unknown as { axe: { run: (o: unknown) => Promise<unknown> } }).axe.run({ resultTypes: ['violations'] }),
    )) as {
      violations: { id: string; nodes: { target: string[] }[] }[];
    };
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
});
