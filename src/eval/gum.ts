/**
 * Scores the extractor on a folder in the GUM layout (articles/*.txt, gold/*.json with `genre`):
 * people, organisations and places, per genre. GUM annotates every entity of the whole text, so
 * every prediction that matches no gold entity is a false find, wherever it occurs.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { ingest } from '../ingest/index.js';
import { extract } from '../extract/index.js';
import { scoreEntities } from './meantime.js';
import { add, tally, type Tally } from './score.js';

interface GumGold {
  genre: string;
  split?: string;
  people: { name: string; aliases: string[] }[];
  organizations: { name: string; aliases: string[] }[];
  places: { name: string; aliases: string[] }[];
}

export interface EntityTallies {
  people: Tally;
  organizations: Tally;
  places: Tally;
}

export interface GumReport extends EntityTallies {
  articles: number;
  bytes: number;
  extractMs: number;
  /** The same tallies per genre (academic, bio, court, interview, news, voyage...). */
  genres: Record<string, EntityTallies & { articles: number }>;
  /** The same tallies per GUM split (train, dev): develop on train, check on dev. */
  splits: Record<string, EntityTallies & { articles: number }>;
}

const entityTallies = (): EntityTallies => ({ people: tally(), organizations: tally(), places: tally() });

/** True when `folder` holds a GUM-style corpus (gold files carry a genre). */
export function isGumFolder(folder: string): boolean {
  const goldDir = join(folder, 'gold');
  if (!existsSync(goldDir)) return false;
  const first = readdirSync(goldDir).find((f) => f.endsWith('.json'));
  if (!first) return false;
  return typeof (JSON.parse(readFileSync(join(goldDir, first), 'utf8')) as { genre?: unknown }).genre === 'string';
}

export function evaluateGum(folder: string): GumReport {
  const articlesDir = join(folder, 'articles');
  const goldDir = join(folder, 'gold');
  const report: GumReport = { articles: 0, bytes: 0, extractMs: 0, genres: {}, splits: {}, ...entityTallies() };
  for (const file of readdirSync(articlesDir).filter((f) => f.endsWith('.txt')).sort()) {
    const goldFile = join(goldDir, file.replace(/\.txt$/, '.json'));
    if (!existsSync(goldFile)) continue;
    const bytes = readFileSync(join(articlesDir, file));
    const raw = bytes.toString('utf8');
    const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GumGold;
    const t0 = performance.now();
    const result = extract(ingest(file, bytes));
    report.extractMs += performance.now() - t0;
    report.bytes += bytes.length;
    report.articles++;
    const label = basename(file, '.txt').slice(0, 3);
    const genre = (report.genres[gold.genre] ??= { articles: 0, ...entityTallies() });
    genre.articles++;
    const split = (report.splits[gold.split ?? 'unsplit'] ??= { articles: 0, ...entityTallies() });
    split.articles++;
    for (const kind of ['people', 'organizations', 'places'] as const) {
      const t = scoreEntities(result[kind], gold[kind], raw, Infinity, label);
      add(genre[kind], { ...t, misses: [...t.misses], falseFinds: [...t.falseFinds] });
      add(split[kind], { ...t, misses: [...t.misses], falseFinds: [...t.falseFinds] });
      add(report[kind], t);
    }
  }
  return report;
}
