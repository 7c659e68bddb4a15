/**
 * Every link of the built site leads somewhere: each same-site href or src of every page names a
 * file of `_site` (a folder's index.html), and each fragment an id on the page it points to. Built
 * from the seeds and forty MEANTIME articles (Wikinews, CC BY 4.0), so that some people are named
 * in three articles or more (and get a feed) and most in fewer (and get none).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempProject, buildProject, removeProject, SEEDS, SEED_FILES, MEANTIME } from '../helpers/project.js';
import { PERSON_FEED_MIN_ARTICLES } from '../../src/archive/index.js';

const MEANTIME_ARTICLES = join(MEANTIME, 'articles');
/** The first forty MEANTIME articles: several are about the same companies and people. */
const MEANTIME_FILES = readdirSync(MEANTIME_ARTICLES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 40);

/** An attribute holding a link: href="…" or src="…". */
const LINK_ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
/** An element id: id="…". */
const ID_ATTRIBUTE = /\sid="([^"]*)"/g;

function pagesUnder(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? pagesUnder(dir, r) : r.endsWith('.html') ? [r] : [];
  });
}

/** The file of `_site` a site path names (a folder: its index.html), or null for another site's. */
function fileOf(site: string, from: string, link: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) return null;
  const path = link.split('#')[0].split('?')[0];
  const abs = path === '' ? '/' + from : path.startsWith('/') ? path : new URL(path, 'http://x/' + from).pathname;
  return join(site, decodeURIComponent(abs), abs.endsWith('/') ? 'index.html' : '');
}

function unescapeHtml(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
}

describe('links of the built site', () => {
  let root: string;
  let site: string;
  beforeAll(async () => {
    root = tempProject([
      { dir: SEEDS, files: SEED_FILES },
      { dir: MEANTIME_ARTICLES, files: MEANTIME_FILES },
    ]);
    await buildProject(root);
    site = join(root, '_site');
  }, 120_000);
  afterAll(() => removeProject(root));

  it('every same-site link names a file of the site, and every fragment an id on its page', () => {
    const pages = pagesUnder(site);
    expect(pages.length).toBeGreaterThan(50);
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let set = ids.get(file);
      if (!set) ids.set(file, (set = new Set([...readFileSync(file, 'utf8').matchAll(ID_ATTRIBUTE)].map((m) => unescapeHtml(m[1])))));
      return set;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const html = readFileSync(join(site, page), 'utf8');
      for (const [, raw] of html.matchAll(LINK_ATTRIBUTE)) {
        const link = unescapeHtml(raw);
        const file = fileOf(site, page, link);
        if (file === null) continue;
        checked++;
        if (!existsSync(file)) {
          broken.push(`${page}: ${link} (no such file)`);
          continue;
        }
        const fragment = link.includes('#') ? decodeURIComponent(link.split('#')[1]) : '';
        if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) broken.push(`${page}: ${link} (no id "${fragment}")`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });

  it('has no day pages: an article links its day on the month page', () => {
    expect(readdirSync(join(site, 'archive')).filter((n) => /^\d{4}-\d{2}-\d{2}$/.test(n))).toEqual([]);
    const id = readdirSync(join(site, 'articles')).find((n) => n.startsWith('2023-03-24-'))!;
    const html = readFileSync(join(site, 'articles', id, 'index.html'), 'utf8');
    expect(html).toContain('<a href="/archive/2023-03/#d-2023-03-24"><time datetime="2023-03-24">24 March 2023</time></a>');
    expect(readFileSync(join(site, 'archive', '2023-03', 'index.html'), 'utf8')).toContain('<h2 id="d-2023-03-24">');
  });

  it('gives a feed to the people named in three articles or more, and to no one else', () => {
    const people = readdirSync(join(site, 'people'), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'by-articles');
    let withFeed = 0;
    for (const p of people) {
      const page = readFileSync(join(site, 'people', p.name, 'index.html'), 'utf8');
      const articles = new Set([...page.matchAll(/<a href="\/articles\/([^/"#]+)\/"/g)].map((m) => m[1])).size;
      const feed = existsSync(join(site, 'people', p.name, 'feed.xml'));
      expect(feed, p.name).toBe(articles >= PERSON_FEED_MIN_ARTICLES);
      expect(page.includes(`href="/people/${p.name}/feed.xml"`), p.name).toBe(feed);
      if (feed) withFeed++;
    }
    expect(withFeed).toBeGreaterThan(0);
    expect(withFeed).toBeLessThan(people.length);
  });
});
