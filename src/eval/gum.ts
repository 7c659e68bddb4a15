/**
 * Scores the extractor on a folder in the GUM layout (articles/*.txt, gold/*.json with `genre`):
 * people, organisations and places, per genre. GUM annotates every entity of the whole text, so
 * every prediction that matches no gold entity is a false find, wherever it occurs.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { goldDocuments } from './corpus.js';
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
  const report: GumReport = { articles: 0, bytes: 0, extractMs: 0, genres: {}, splits: {}, ...entityTallies() };
  for (const { bytes, raw, gold, result, extractMs, label } of goldDocuments<GumGold>(folder)) {
    report.extractMs += extractMs;
    report.bytes += bytes.length;
    report.articles++;
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
