/**
 * Scores the extractor on the seed articles against `gold.json` (the format of
 * ../shared/seeds/gold.json): metadata, people, organisations, places, dates, quotes, claims.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../ingest/index.js';
import { extract } from '../extract/index.js';
import type { Claim, Entity, Extraction, Quote } from '../types.js';
import { key, tally, add, type Tally } from './score.js';

type Match = string[][];
interface SeedPersonGold {
  name: string;
  aliases?: string[];
  role?: string;
}
interface SeedArticleGold {
  published: string;
  outlet: string | null;
  author: string | null;
  dateline?: string | null;
  title?: string;
  people: { required: SeedPersonGold[]; optional?: SeedPersonGold[] };
  organizations: { required: string[]; aliases?: Record<string, string[]>; optional?: string[] };
  places: { required: string[]; optional?: string[] };
  dates: { required: { text: string; value: string }[]; optional?: { text: string; value: string }[]; wrong_examples?: { text: string; value: string }[] };
  quotes: { speaker: string; match: Match }[];
  not_quotes?: string[];
  claims: { id: string; stance: string; claimant: string[]; match: Match }[];
}
export interface SeedGold {
  articles: Record<string, SeedArticleGold>;
}

export interface SeedArticleReport {
  file: string;
  metadata: { field: string; expected: unknown; got: unknown; ok: boolean }[];
  people: Tally;
  organizations: Tally;
  places: Tally;
  dates: Tally;
  wrongDates: string[];
  quotes: Tally;
  notQuotes: string[];
  claims: Tally;
}

function formsOf(e: Entity): string[] {
  return [e.name, ...e.aliases].map(key);
}

function matchesGroups(text: string, groups: Match): boolean {
  const t = text.toLowerCase();
  return groups.every((g) => g.some((w) => t.includes(w.toLowerCase())));
}

function speakerIs(speaker: string | null, gold: string): boolean {
  if (!speaker) return false;
  const s = key(speaker);
  const g = key(gold);
  return s === g || g.split(' ').includes(s) || s.endsWith(' ' + g.split(' ').at(-1)!) || s.includes(g);
}

function scoreNamed(
  predicted: Entity[],
  required: { name: string; aliases?: string[] }[],
  optional: { name: string; aliases?: string[] }[],
  label: string,
): Tally {
  const t = tally();
  const used = new Set<number>();
  for (const p of predicted) {
    const forms = formsOf(p);
    const hit = required.findIndex((g, i) => !used.has(i) && [g.name, ...(g.aliases ?? [])].some((f) => forms.includes(key(f))));
    if (hit >= 0) {
      used.add(hit);
      t.tp++;
    } else if (![...required, ...optional].some((g) => [g.name, ...(g.aliases ?? [])].some((f) => forms.includes(key(f))))) {
      t.fp++;
      t.falseFinds.push(`${p.name} (${label})`);
    }
  }
  required.forEach((g, i) => {
    if (!used.has(i)) {
      t.fn++;
      t.misses.push(`${g.name} (${label})`);
    }
  });
  return t;
}

function scoreQuotes(quotes: Quote[], gold: SeedArticleGold, label: string): { t: Tally; notQuotes: string[] } {
  const t = tally();
  const used = new Set<number>();
  for (const g of gold.quotes) {
    const i = quotes.findIndex((q, k) => !used.has(k) && matchesGroups(q.text, g.match) && speakerIs(q.speaker, g.speaker));
    if (i >= 0) {
      used.add(i);
      t.tp++;
    } else {
      t.fn++;
      const near = quotes.find((q) => matchesGroups(q.text, g.match));
      t.misses.push(`${g.speaker}: ${g.match.map((m) => m[0]).join(' … ')}${near ? ` (found, speaker ${near.speaker})` : ''} (${label})`);
    }
  }
  const notQuotes = quotes.filter((q) => q.speaker && (gold.not_quotes ?? []).some((n) => key(q.text) === key(n))).map((q) => `${q.text} (${label})`);
  t.fp += notQuotes.length;
  t.falseFinds.push(...notQuotes);
  return { t, notQuotes };
}

function scoreClaims(claims: Claim[], gold: SeedArticleGold, label: string): Tally {
  const t = tally();
  const used = new Set<number>();
  for (const g of gold.claims) {
    const ok = (c: Claim) =>
      c.stance === g.stance &&
      matchesGroups(c.text, g.match) &&
      g.claimant.some((name) => `${c.claimant} ${c.via ?? ''}`.toLowerCase().includes(name.toLowerCase()));
    const i = claims.findIndex((c, k) => !used.has(k) && ok(c));
    if (i >= 0) {
      used.add(i);
      t.tp++;
    } else {
      t.fn++;
      t.misses.push(`${g.id} (${g.stance}, ${g.claimant[0]}) (${label})`);
    }
  }
  return t;
}

export function evaluateSeeds(folder: string): SeedArticleReport[] {
  const goldPath = join(folder, 'gold.json');
  if (!existsSync(goldPath)) throw new Error(`${folder}: no gold.json`);
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as SeedGold;
  return Object.entries(gold.articles).map(([file, g]) => {
    const result: Extraction = extract(ingest(file, readFileSync(join(folder, file))));
    const label = file.slice(0, 3);
    const metadata = [
      { field: 'published', expected: g.published, got: result.published },
      { field: 'outlet', expected: g.outlet, got: result.outlet },
      { field: 'author', expected: g.author, got: result.author },
      ...(g.dateline !== undefined ? [{ field: 'dateline', expected: g.dateline, got: result.dateline }] : []),
      ...(g.title ? [{ field: 'title', expected: g.title, got: result.title }] : []),
    ].map((m) => ({ ...m, ok: m.expected === m.got }));
    const dates = tally();
    const usedDates = new Set<number>();
    for (const d of g.dates.required) {
      const i = result.dates.findIndex(
        (p, k) => !usedDates.has(k) && p.value === d.value && (key(p.text).includes(key(d.text)) || key(d.text).includes(key(p.text))),
      );
      if (i >= 0) {
        usedDates.add(i);
        dates.tp++;
      } else {
        dates.fn++;
        dates.misses.push(`"${d.text}"=${d.value} (${label})`);
      }
    }
    const wrongDates = (g.dates.wrong_examples ?? [])
      .filter((w) => result.dates.some((p) => p.value === w.value && (key(p.text).includes(key(w.text)) || key(w.text).includes(key(p.text)))))
      .map((w) => `"${w.text}"=${w.value} (${label})`);
    dates.fp += wrongDates.length;
    dates.falseFinds.push(...wrongDates);
    const orgAliases = g.organizations.aliases ?? {};
    const { t: quotes, notQuotes } = scoreQuotes(result.quotes, g, label);
    return {
      file,
      metadata,
      people: scoreNamed(result.people, g.people.required, g.people.optional ?? [], label),
      organizations: scoreNamed(
        result.organizations,
        g.organizations.required.map((name) => ({ name, aliases: orgAliases[name] ?? [] })),
        (g.organizations.optional ?? []).map((name) => ({ name })),
        label,
      ),
      places: scoreNamed(
        result.places,
        g.places.required.map((name) => ({ name })),
        (g.places.optional ?? []).map((name) => ({ name })),
        label,
      ),
      dates,
      wrongDates,
      quotes,
      notQuotes,
      claims: scoreClaims(result.claims, g, label),
    };
  });
}

export function sumSeeds(reports: SeedArticleReport[], field: 'people' | 'organizations' | 'places' | 'dates' | 'quotes' | 'claims'): Tally {
  return reports.reduce((acc, r) => add(acc, r[field]), tally());
}
