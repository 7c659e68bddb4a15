/**
 * Scores the extractor on a wire-service set (dev/wire: articles/*.txt beside one gold.json of
 * `kind: "wire"`): people, organisations and places as GUM is scored (every name of the whole
 * text annotated, so every unmatched prediction is a false find), and the publication date read
 * from the header, per split (train, dev). A header that gives no year has a null gold date: the
 * extractor is right to give none, and a date it gives there is counted as invented.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../ingest/index.js';
import { extract } from '../extract/index.js';
import { scoreEntities } from './meantime.js';
import { add, tally } from './score.js';
import type { EntityTallies } from './gum.js';
import { escapeRegExp } from '../lib/regexp.js';

interface GoldEntity {
  name: string;
  aliases: string[];
}

interface WireGoldArticle {
  split: string;
  published: string | null;
  people: GoldEntity[];
  organizations: GoldEntity[];
  places: GoldEntity[];
}

interface WireGold {
  kind: 'wire';
  articles: Record<string, WireGoldArticle>;
}

/** Dates of the articles whose header gives a full date: right, wrong (with what was read). */
export interface DateTally {
  right: number;
  dated: number;
  wrong: string[];
  /** Articles with no year in their header that got a date all the same. */
  invented: string[];
}

export interface WireSplit extends EntityTallies {
  articles: number;
  dates: DateTally;
}

export interface WireReport extends WireSplit {
  bytes: number;
  extractMs: number;
  splits: Record<string, WireSplit>;
  /** Gold names that do not occur in their article: errors of the gold file. */
  problems: string[];
}

const KINDS = ['people', 'organizations', 'places'] as const;

const wireSplit = (): WireSplit => ({
  articles: 0,
  people: tally(),
  organizations: tally(),
  places: tally(),
  dates: { right: 0, dated: 0, wrong: [], invented: [] },
});

function readGold(folder: string): WireGold | null {
  const file = join(folder, 'gold.json');
  if (!existsSync(file)) return null;
  const gold = JSON.parse(readFileSync(file, 'utf8')) as Partial<WireGold>;
  return gold.kind === 'wire' && gold.articles ? (gold as WireGold) : null;
}

/** True when `folder` holds a wire-service set (its gold.json says `"kind": "wire"`). */
export function isWireFolder(folder: string): boolean {
  return readGold(folder) !== null;
}

/** Gold names that are not in the text as a whole word (ignoring case). */
function goldProblems(file: string, raw: string, gold: WireGoldArticle): string[] {
  const out: string[] = [];
  for (const kind of KINDS)
    for (const g of gold[kind])
      for (const form of [g.name, ...g.aliases])
        if (!new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'iu').test(raw))
          out.push(`${file}: ${kind} "${form}" is not in the text`);
  return out;
}

function scoreDate(into: DateTally, label: string, gold: string | null, got: string | null): void {
  if (gold === null) {
    if (got !== null) into.invented.push(`${got} (${label})`);
    return;
  }
  into.dated++;
  if (got === gold) into.right++;
  else into.wrong.push(`${got ?? 'none'} for ${gold} (${label})`);
}

function addSplit(into: WireSplit, from: WireSplit): void {
  into.articles += from.articles;
  for (const kind of KINDS) add(into[kind], { ...from[kind], misses: [...from[kind].misses], falseFinds: [...from[kind].falseFinds] });
  into.dates.right += from.dates.right;
  into.dates.dated += from.dates.dated;
  into.dates.wrong.push(...from.dates.wrong);
  into.dates.invented.push(...from.dates.invented);
}

export function evaluateWire(folder: string): WireReport {
  const gold = readGold(folder);
  if (!gold) throw new Error(`${folder}: expected a gold.json with "kind": "wire"`);
  const report: WireReport = { ...wireSplit(), bytes: 0, extractMs: 0, splits: {}, problems: [] };
  for (const [file, g] of Object.entries(gold.articles).sort(([a], [b]) => a.localeCompare(b))) {
    const path = join(folder, 'articles', file);
    if (!existsSync(path)) {
      report.problems.push(`${file}: no such article`);
      continue;
    }
    const bytes = readFileSync(path);
    const raw = bytes.toString('utf8');
    const label = file.slice(0, 3);
    const t0 = performance.now();
    const result = extract(ingest(file, bytes));
    report.extractMs += performance.now() - t0;
    report.bytes += bytes.length;
    report.problems.push(...goldProblems(file, raw, g));
    const one = wireSplit();
    one.articles = 1;
    for (const kind of KINDS) add(one[kind], scoreEntities(result[kind], g[kind], raw, Infinity, label));
    scoreDate(one.dates, label, g.published, result.published);
    addSplit((report.splits[g.split] ??= wireSplit()), one);
    addSplit(report, one);
  }
  return report;
}
