/**
 * Lighthouse (npm `lighthouse`, driving the Chromium that tests/helpers/chromium.ts finds) on the
 * home, article, person and search pages of the seed site: accessibility, best practices and SEO
 * 100, performance 95 or more. The desktop preset: the site is served from loopback, so the
 * mobile preset's simulated slow network and 4× CPU would measure this shared test machine more
 * than the pages. Reports go to test-output/lighthouse/ (not committed).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { tempProject, buildProject, removeProject } from '../helpers/project.js';
import { serveStatic, CHROMIUM_ARGS } from '../helpers/browser.js';
import { chromiumPath } from '../helpers/chromium.js';

const ID_001 = '2023-03-24-mp-han-dong-resigns-from-trudeaus-liberal-party-following';
const REPORTS = resolve(import.meta.dirname, '../../test-output/lighthouse');
const PAGES: [string, string][] = [
  ['home', '/'],
  ['article', `/articles/${ID_001}/`],
  ['person', '/people/han-dong/'],
  ['search', '/search/?q=Kovrig'],
];

describe('Lighthouse on the seed site', () => {
  let root: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let chrome: chromeLauncher.LaunchedChrome;

  beforeAll(async () => {
    root = tempProject();
    // Served before it is built, so that its public address (canonical links, feeds) is the one
    // Lighthouse loads it from, as a published site's is.
    server = await serveStatic(join(root, '_site'));
    const before = process.env.NEWS_ARCHIVE_SITE_URL;
    process.env.NEWS_ARCHIVE_SITE_URL = server.url;
    try {
      await buildProject(root);
    } finally {
      if (before === undefined) delete process.env.NEWS_ARCHIVE_SITE_URL;
      else process.env.NEWS_ARCHIVE_SITE_URL = before;
    }
    chrome = await chromeLauncher.launch({
      chromePath: await chromiumPath(),
      chromeFlags: CHROMIUM_ARGS.filter((f) => f !== '--headless').concat('--headless=new'),
    });
    mkdirSync(REPORTS, { recursive: true });
  }, 180_000);
  afterAll(async () => {
    await chrome?.kill();
    await server?.close();
    removeProject(root);
  });

  it.each(PAGES)(
    '%s page: accessibility, best practices and SEO 100, performance ≥ 95',
    async (name, path) => {
      const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error' }, desktopConfig);
      const lhr = result!.lhr;
      writeFileSync(join(REPORTS, `${name}.json`), result!.report as string);
      const scores = Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      console.log(`lighthouse ${name}: ${JSON.stringify(scores)}${failing.length ? ` failing: ${failing.join(', ')}` : ''}`);
      expect(scores.accessibility, failing.join(', ')).toBe(100);
      expect(scores['best-practices'], failing.join(', ')).toBe(100);
      expect(scores.seo, failing.join(', ')).toBe(100);
      expect(scores.performance).toBeGreaterThanOrEqual(95);
    },
    120_000,
  );
});
