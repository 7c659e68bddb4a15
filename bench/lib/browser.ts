/**
 * Search in Debian's Chromium: the archive's own search page and Pagefind on the same site,
 * the same queries, served gzipped by the benchmark's server. For each engine:
 *   first query   a fresh browser context opens the search page with ?q=…; bytes are every
 *                 response the server sent until the results are shown (page, CSS, scripts,
 *                 index files, whatever they are), time is navigation → results in the page
 *   latency       then each query of the set is typed and submitted in that page, timed in the
 *                 page from submit to results shown: pass 1 (as a reader meets them, index parts
 *                 still to fetch), then WARM_PASSES passes (warm)
 */
import type { Browser, Page } from 'playwright-core';
import { percentile } from './stats.js';
import type { BenchServer } from './server.js';

// The browser is launched as the tests launch it (same Chromium, same flags).
export { launch } from '../../tests/helpers/browser.js';

/** The page that runs Pagefind's own JS API (no UI library): search, then the data of the first ten results, rendered. */
export const PAGEFIND_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind (benchmark)</title></head>
<body>
<form data-form><input name="q" type="search"><button>Search</button></form>
<p data-status role="status"></p>
<ol data-results></ol>
<script type="module">
const status = document.querySelector('[data-status]');
const list = document.querySelector('[data-results]');
const form = document.querySelector('[data-form]');
const input = form.querySelector('input');
let pf = null;
async function run(q) {
  status.textContent = 'Searching…';
  pf ??= await import('/pagefind/pagefind.js');
  const s = await pf.search(q);
  const data = await Promise.all(s.results.slice(0, 10).map((r) => r.data()));
  list.replaceChildren(...data.map((d) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.title ?? d.url;
    const p = document.createElement('p');
    p.innerHTML = d.excerpt;
    li.append(a, p);
    return li;
  }));
  status.textContent = s.results.length + ' results for “' + q + '”';
}
form.addEventListener('submit', (e) => { e.preventDefault(); void run(input.value); });
const q = new URL(location.href).searchParams.get('q');
if (q) { input.value = q; void run(q); }
</script>
</body></html>
`;

export interface EngineResult {
  firstQuery: { query: string; ms: number; bytes: number; requests: number; files: { path: string; bytes: number }[]; results: number | null };
  passes: { query: string; ms: number; results: number | null; bytes: number }[][];
  latency: { coldP50: number; coldP95: number; warmP50: number; warmP95: number };
  /** Bytes fetched by the query set's first pass, after the first query. */
  queryBytes: number;
}

const RESULTS_FOR = /^(\d+) results? for/;

async function waitForResults(page: Page, q: string, timeout: number): Promise<number | null> {
  const text = await page.waitForFunction(
    (q: string) => {
      const s = document.querySelector('[data-status]')?.textContent ?? '';
      return s.includes(q) && !/Searching/.test(s) ? s : null;
    },
    q,
    { timeout, polling: 'raf' },
  );
  const s = (await text.jsonValue()) as string;
  const m = RESULTS_FOR.exec(s);
  return m ? Number(m[1]) : null;
}

/** Submits `q` in the page's search form and times it in the page: submit → status says the results. */
async function timedQuery(page: Page, q: string, timeout: number): Promise<{ ms: number; results: number | null }> {
  const r = await page.evaluate(
    ({ q, timeout }) =>
      new Promise<{ ms: number; text: string }>((resolve) => {
        const status = document.querySelector('[data-status]')!;
        const form = (document.querySelector('[data-search] form') ?? document.querySelector('form[data-form]')) as HTMLFormElement;
        const input = form.querySelector('input[name=q]') as HTMLInputElement;
        let t0 = 0;
        const timer = setTimeout(() => (obs.disconnect(), resolve({ ms: NaN, text: '' })), timeout);
        const obs = new MutationObserver(() => {
          const s = status.textContent ?? '';
          if (s.includes(q) && !/Searching/.test(s)) {
            const ms = performance.now() - t0;
            obs.disconnect();
            clearTimeout(timer);
            resolve({ ms, text: s });
          }
        });
        obs.observe(status, { childList: true, characterData: true, subtree: true });
        input.value = q;
        t0 = performance.now();
        form.requestSubmit();
      }),
    { q, timeout },
  );
  const m = RESULTS_FOR.exec(r.text);
  return { ms: r.ms, results: m ? Number(m[1]) : null };
}

/** Waits until the page has fetched nothing for half a second: facets and late requests count too. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
  await page.waitForTimeout(300);
}

export type FirstQuery = EngineResult['firstQuery'];

/** Opens the search page with ?q=… in `page`: time to results, and every byte sent until the page is idle. */
async function openWithQuery(page: Page, server: BenchServer, pagePath: string, q: string, timeout: number): Promise<FirstQuery> {
  server.reset();
  const t0 = performance.now();
  await page.goto(`${server.url}${pagePath}?q=${encodeURIComponent(q)}`);
  const results = await waitForResults(page, q, timeout);
  const ms = performance.now() - t0;
  await settle(page);
  const files = server.log.map((l) => ({ path: l.path, bytes: l.bytes }));
  return { query: q, ms, bytes: files.reduce((s, f) => s + f.bytes, 0), requests: files.length, files, results };
}

/** A reader's first query, in a fresh browser context. */
export async function measureFirstQuery(browser: Browser, server: BenchServer, pagePath: string, q: string, timeout = 120_000): Promise<FirstQuery> {
  const context = await browser.newContext();
  try {
    return await openWithQuery(await context.newPage(), server, pagePath, q, timeout);
  } finally {
    await context.close();
  }
}

/**
 * Warm passes over the query set: 5 × 15 = 75 timings, so that the warm p95 is the fourth-slowest
 * timing rather than the second of 30, where one collection pause in the page moved it by 10 ms.
 */
export const WARM_PASSES = 5;

export async function measureEngine(
  browser: Browser,
  server: BenchServer,
  pagePath: string,
  queries: string[],
  passes = 1 + WARM_PASSES,
  timeout = 120_000,
): Promise<EngineResult> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const [first, ...rest] = queries;
  const firstQuery = await openWithQuery(page, server, pagePath, first, timeout);

  const all: EngineResult['passes'] = [];
  let queryBytes = 0;
  for (let p = 0; p < passes; p++) {
    const row: EngineResult['passes'][number] = [];
    for (const q of [...rest, first]) {
      server.reset();
      const r = await timedQuery(page, q, timeout);
      const bytes = server.log.reduce((s, l) => s + l.bytes, 0);
      if (p === 0) queryBytes += bytes;
      row.push({ query: q, ms: r.ms, results: r.results, bytes });
    }
    all.push(row);
  }
  await context.close();
  const cold = all[0].map((r) => r.ms).filter(Number.isFinite);
  const warm = all
    .slice(1)
    .flat()
    .map((r) => r.ms)
    .filter(Number.isFinite);
  return {
    firstQuery,
    passes: all,
    latency: { coldP50: percentile(cold, 50), coldP95: percentile(cold, 95), warmP50: percentile(warm, 50), warmP95: percentile(warm, 95) },
    queryBytes,
  };
}
