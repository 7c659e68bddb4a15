/**
 * Scores quotes and claims on the attribution dev set (dev/attribution/, see its README): each
 * gold file names an article of ../shared/corpus by corpus and file and lists its attributions
 * (source, kind, cue, content, type). Scoring follows the issue's rule:
 *
 * - a gold content is found when one prediction (a quote or a claim of the record) covers at
 *   least half of its words;
 * - a prediction is right when it finds a gold content or at least half of its own words lie in
 *   one gold content (a piece of a longer content); otherwise it is a false find;
 * - source accuracy: of the contents found, the share whose best covering prediction names the
 *   gold source (its name, an alias, the same surname or head noun).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingest } from '../ingest/index.js';
import { emptyExtraction, extract } from '../extract/index.js';
import { findQuotes } from '../extract/quotes/index.js';
import { findClaims } from '../extract/claims/index.js';
import type { Extraction } from '../types.js';
import { tally, type Tally } from './score.js';

export const SOURCE_KINDS = ['person', 'organisation', 'document', 'poll', 'group'] as const;
export const CONTENT_TYPES = ['direct', 'indirect', 'mixed'] as const;

export interface GoldAttribution {
  source: string;
  aliases?: string[];
  kind: (typeof SOURCE_KINDS)[number];
  cue: string;
  type: (typeof CONTENT_TYPES)[number];
  content: string;
  via?: string;
}

export interface GoldArticle {
  corpus: string;
  file: string;
  attributions: GoldAttribution[];
}

export interface Prediction {
  source: string | null;
  text: string;
  kind: 'quote' | 'claim';
}

export interface AttributionReport {
  articles: number;
  bytes: number;
  /** Time spent in the quotes and claims extractors alone. */
  attributionMs: number;
  contents: Tally;
  /** Found contents whose source is right (tp) or wrong (fp). */
  sources: Tally;
  byKind: Record<string, Tally>;
  byType: Record<string, Tally>;
  problems: string[];
}

/** Rounds of the quotes and claims extractors timed per article (the fastest counts). */
const TIMING_ROUNDS = 5;
const WORD = /[\p{L}\p{N}]+/gu;
const DROP = /^(?:the|a|an|mr|mrs|ms|dr|prof|sen|senator|president|minister|s)$/;

export function words(text: string): string[] {
  return (text.toLowerCase().replace(/[’]/g, "'").match(WORD) ?? []).filter((w) => w.length > 0);
}

/** Share of `gold`'s words that `pred` holds. */
export function coverage(gold: string[], pred: Set<string>): number {
  if (gold.length === 0) return 0;
  return gold.filter((w) => pred.has(w)).length / gold.length;
}

function nameWords(name: string): string[] {
  return words(name.replace(/['’]s\b/g, '')).filter((w) => !DROP.test(w));
}

/** Does the predicted source name the gold one: same name or alias, same last word, or one inside the other? */
export function sameSource(pred: string | null, gold: GoldAttribution): boolean {
  if (!pred) return false;
  const p = nameWords(pred);
  if (p.length === 0) return false;
  for (const name of [gold.source, ...(gold.aliases ?? [])]) {
    const g = nameWords(name);
    if (g.length === 0) continue;
    const ps = p.join(' ');
    const gs = g.join(' ');
    if (ps === gs || p[p.length - 1] === g[g.length - 1] || ` ${ps} `.includes(` ${gs} `) || ` ${gs} `.includes(` ${ps} `)) return true;
  }
  return false;
}

export function predictions(result: Pick<Extraction, 'quotes' | 'claims'>): Prediction[] {
  return [
    ...result.quotes.map((q) => ({ source: q.speaker, text: q.text, kind: 'quote' as const })),
    ...result.claims.map((c) => ({ source: c.claimant, text: c.text, kind: 'claim' as const })),
  ];
}

/** Scores one article's predictions against its gold; adds into `report`. */
export function scoreArticle(gold: GoldAttribution[], preds: Prediction[], label: string, report: AttributionReport): void {
  const predWords = preds.map((p) => ({ p, list: words(p.text), set: new Set(words(p.text)) }));
  const goldWords = gold.map((g) => ({ g, list: words(g.content), set: new Set(words(g.content)) }));
  for (const { g, list } of goldWords) {
    let best: { p: Prediction; c: number } | null = null;
    for (const pw of predWords) {
      const c = coverage(list, pw.set);
      if (c >= 0.5 && (!best || c > best.c || (c === best.c && sameSource(pw.p.source, g) && !sameSource(best.p.source, g)))) best = { p: pw.p, c };
    }
    const byKind = (report.byKind[g.kind] ??= tally());
    const byType = (report.byType[g.type] ??= tally());
    if (best) {
      report.contents.tp++;
      byKind.tp++;
      byType.tp++;
      if (sameSource(best.p.source, g)) report.sources.tp++;
      else {
        report.sources.fp++;
        report.sources.falseFinds.push(`${label} ${g.source} ≠ ${best.p.source ?? '(none)'}`);
      }
    } else {
      report.contents.fn++;
      byKind.fn++;
      byType.fn++;
      report.contents.misses.push(`${label} [${g.source} ${g.cue}] ${g.content.slice(0, 70)}`);
    }
  }
  for (const pw of predWords) {
    const right = goldWords.some(({ list, set }) => coverage(list, pw.set) >= 0.5 || coverage(pw.list, set) >= 0.5);
    if (!right) {
      report.contents.fp++;
      report.contents.falseFinds.push(`${label} ${pw.p.kind} [${pw.p.source ?? '-'}] ${pw.p.text.slice(0, 70)}`);
    }
  }
}

/** The corpus folder an article of the dev set comes from: `<corpora>/<corpus>/articles/<file>`. */
function articlePath(corpora: string, a: GoldArticle): string {
  return join(corpora, a.corpus, 'articles', a.file);
}

/** True when `folder` holds an attribution dev set (gold/*.json with `attributions`). */
export function isAttributionFolder(folder: string): boolean {
  const goldDir = join(folder, 'gold');
  if (!existsSync(goldDir)) return false;
  const first = readdirSync(goldDir).find((f) => f.endsWith('.json'));
  if (!first) return false;
  return Array.isArray((JSON.parse(readFileSync(join(goldDir, first), 'utf8')) as { attributions?: unknown }).attributions);
}

/**
 * Scores the dev set in `folder`; its articles are read from `corpora` (../shared/corpus by
 * default, beside the work tree). A gold file that cannot be read or whose article is missing is
 * named in `problems` and skipped.
 */
export function evaluateAttribution(folder: string, corpora = resolve(folder, '../../../shared/corpus')): AttributionReport {
  const report: AttributionReport = { articles: 0, bytes: 0, attributionMs: 0, contents: tally(), sources: tally(), byKind: {}, byType: {}, problems: [] };
  const goldDir = join(folder, 'gold');
  for (const f of readdirSync(goldDir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    let gold: GoldArticle;
    try {
      gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldArticle;
    } catch (err) {
      report.problems.push(`${f}: not valid JSON (${(err as Error).message})`);
      continue;
    }
    const path = articlePath(corpora, gold);
    if (!existsSync(path)) {
      report.problems.push(`${f}: its article ${path} is missing`);
      continue;
    }
    const bytes = readFileSync(path);
    const raw = bytes.toString('utf8');
    const absent = gold.attributions.filter((a) => !raw.includes(a.content));
    for (const a of absent) report.problems.push(`${f}: content not in the article: ${a.content.slice(0, 60)}`);
    const result = extract(ingest(gold.file, bytes));
    // Time the quotes and claims extractors alone, on the context the earlier ones left.
    const ctx = {
      doc: ingest(gold.file, bytes),
      published: null,
      result: { ...emptyExtraction(), people: result.people, organizations: result.organizations },
    };
    // The fastest of a few rounds: one core shared with other work gives noisy single timings.
    let best = Infinity;
    for (let round = 0; round < TIMING_ROUNDS; round++) {
      const t0 = performance.now();
      ctx.result.quotes = findQuotes(ctx);
      ctx.result.claims = findClaims(ctx);
      best = Math.min(best, performance.now() - t0);
    }
    report.attributionMs += best;
    report.bytes += bytes.length;
    report.articles++;
    scoreArticle(gold.attributions, predictions(result), f.replace(/\.json$/, ''), report);
  }
  return report;
}
