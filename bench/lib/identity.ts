/**
 * The split index against one whole Lunr index over the same records: for generated queries of
 * every kind (single and several terms, person, date, prefix, fuzzy, +/-, field-scoped, boosted,
 * prohibited-only), the same refs in the same order, and the same scores. Used by the tests
 * (tests/search/split.test.ts, on the seeds and MEANTIME) and by the benchmark (on the built site's
 * index files, at archive scale).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dateTokens, plainText } from '../../src/search/documents.js';
import { parseQuery } from '../../src/search/query.js';
import { SearchEngine } from '../../src/search/engine.js';
import { buildLunrIndex } from '../../tests/helpers/lunr-reference.js';
import { loadRecords } from '../../src/site/records.js';
import { resolvedSearchRecords } from '../../src/site/data-plugin.js';
import { archiveOrder } from '../../src/archive/index.js';
import { ENTITIES_FILE, readEntitiesFile, resolveEntities } from '../../src/archive/resolve/index.js';
import type { ArticleRecord } from '../../src/write/schema.js';

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Queries of every kind, from words of the records' own text, names and dates. */
export function generateQueries(records: ArticleRecord[], count: number, seed = 7): string[] {
  const rand = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const words = [
    ...new Set(
      records
        .flatMap((r) =>
          plainText(r.body)
            .toLowerCase()
            .split(/[^a-z]+/),
        )
        .filter((w) => w.length > 3),
    ),
  ].sort();
  const names = [...new Set(records.flatMap((r) => r.people.flatMap((p) => [p.name, ...p.aliases])))].sort();
  const dates = [...new Set(records.flatMap((r) => [...(r.published ? [r.published] : []), ...r.dates.map((d) => d.value)]))].sort();
  const kinds: (() => string)[] = [
    () => pick(words),
    () => `${pick(words)} ${pick(words)}`,
    () => `${pick(words)} ${pick(words)} ${pick(words)}`,
    () => `+${pick(words)} ${pick(words)}`,
    () => `+${pick(words)} -${pick(words)}`,
    () => `${pick(words)} -${pick(words)}`,
    () => `-${pick(words)}`,
    () => `${pick(words).slice(0, 3)}*`,
    () => `${pick(words).slice(0, 5)}*`,
    () => `*${pick(words).slice(-3)}`,
    () => `${pick(words)}~1`,
    () => `${pick(words)}~2`,
    () => `title:${pick(words)}`,
    () => `${pick(words)}^4 ${pick(words)}`,
    () => pick(names).toLowerCase(),
    () => pick(names).split(' ').pop()!.toLowerCase(),
    () => parseQuery(`person:"${pick(names)}"`).lunr,
    () => pick(dateTokens(pick(dates))),
    () => parseQuery(pick(dates)).lunr,
    () => `dates:${pick(dateTokens(pick(dates)))} ${pick(words)}`,
  ];
  return Array.from({ length: count }, (_v, i) => kinds[i % kinds.length]());
}

export interface IdentityResult {
  queries: number;
  /** Queries with at least one result. */
  nonEmpty: number;
  identical: number;
  /** Results compared, over all queries. */
  results: number;
  /** Seconds: building the whole Lunr index, and running the queries on each side. */
  wholeBuildMs: number;
  wholeMs: number;
  splitMs: number;
  failures: { query: string; reason: string }[];
}

/**
 * Builds the whole Lunr index over a project's records and compares it with the split index the
 * site serves (read from <site>/search-index/ as the browser would fetch it, through SearchEngine).
 */
export async function checkIdentity(root: string, site: string, count: number): Promise<IdentityResult> {
  const { records, anchors } = loadRecords(join(root, 'content', 'articles'), () => undefined, { cacheDir: join(root, '.cache', 'news-archive') });
  // The documents the site indexes: names resolved across the archive, as the build resolves them.
  const sorted = archiveOrder(records);
  const documents = resolvedSearchRecords(sorted, resolveEntities(sorted, readEntitiesFile(join(root, ENTITIES_FILE), ENTITIES_FILE)), anchors);
  const t0 = performance.now();
  // Lunr's own builder, adding each document as Lunr does.
  const whole = buildLunrIndex(documents);
  const wholeBuildMs = performance.now() - t0;
  const dir = join(site, 'search-index');
  const engine = new SearchEngine(async (file) => JSON.parse(readFileSync(join(dir, file), 'utf8')));
  const meta = await engine.meta();
  const ids: string[] = [];
  for (let d = 0; d < meta.docCount; d++) ids.push((JSON.parse(readFileSync(join(dir, 'd', `${d}.json`), 'utf8')) as { id: string }).id);
  const queries = generateQueries(records, count);
  const out: IdentityResult = { queries: queries.length, nonEmpty: 0, identical: 0, results: 0, wholeBuildMs, wholeMs: 0, splitMs: 0, failures: [] };
  for (const q of queries) {
    let t = performance.now();
    const expected = whole.search(q);
    out.wholeMs += performance.now() - t;
    t = performance.now();
    const got = await engine.lunrSearch(q);
    out.splitMs += performance.now() - t;
    out.results += expected.length;
    if (expected.length) out.nonEmpty++;
    const reason =
      got.length !== expected.length
        ? `${got.length} results, whole index ${expected.length}`
        : got.findIndex((h, i) => ids[h.doc] !== expected[i].ref || h.score !== expected[i].score);
    if (typeof reason === 'number' && reason < 0) out.identical++;
    else out.failures.push({ query: q, reason: typeof reason === 'number' ? `differs at result ${reason + 1}` : reason });
  }
  return out;
}
