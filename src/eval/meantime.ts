/**
 * Scores the extractor on a folder in the MEANTIME layout (articles/*.txt, gold/*.json):
 * people, organisations, places and dates, with the matching rule of that corpus' README.
 */
import type { Entity, Extraction } from '../types.js';
import { add, key, tally, type Tally } from './score.js';
import { goldDocuments } from './corpus.js';
import { escapeRegExp } from '../lib/regexp.js';

interface GoldEntity {
  name: string;
  aliases: string[];
}
interface GoldDate {
  text: string;
  value: string;
  type?: string;
}
export interface MeantimeGold {
  published: string;
  title: string;
  annotated_through_char: number;
  people: GoldEntity[];
  organizations: GoldEntity[];
  places: GoldEntity[];
  dates: GoldDate[];
  other_timexes: GoldDate[];
}

const SCORABLE_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Where `text` first occurs in the raw text, ignoring case, or -1 (dates and sentences). */
function firstIndex(raw: string, text: string): number {
  return raw.toLowerCase().indexOf(text.toLowerCase());
}

/** Where the name first occurs in the raw text as a whole word, as written ("US" is not in "focus" or "us"), or -1. */
function nameIndex(raw: string, name: string): number {
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').exec(raw);
  return m ? m.index : -1;
}

export function scoreEntities(predicted: Entity[], gold: GoldEntity[], raw: string, annotatedThrough: number, label: string): Tally {
  const t = tally();
  const used = new Set<number>();
  for (const p of predicted) {
    const forms = [p.name, ...p.aliases].map(key);
    const hit = gold.findIndex((g, i) => !used.has(i) && [g.name, ...g.aliases].some((f) => forms.includes(key(f))));
    if (hit >= 0) {
      used.add(hit);
      t.tp++;
      continue;
    }
    // Already matched gold entity named again under another prediction: neither right nor wrong.
    if (gold.some((g) => [g.name, ...g.aliases].some((f) => forms.includes(key(f))))) continue;
    const at = Math.min(...[p.name, ...p.aliases].map((f) => nameIndex(raw, f)).map((i) => (i < 0 ? Infinity : i)));
    if (at === Infinity || at < annotatedThrough) {
      t.fp++;
      t.falseFinds.push(`${p.name} (${label})`);
    }
  }
  gold.forEach((g, i) => {
    if (!used.has(i)) {
      t.fn++;
      t.misses.push(`${g.name} (${label})`);
    }
  });
  return t;
}

function overlaps(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x) || x.split(/\W+/).some((w) => w.length > 2 && y.split(/\W+/).includes(w));
}

export function scoreDates(result: Extraction, gold: MeantimeGold, raw: string, label: string): Tally {
  const t = tally();
  const scorable = gold.dates.filter((d) => SCORABLE_VALUE.test(d.value));
  const used = new Set<number>();
  for (const p of result.dates) {
    const hit = scorable.findIndex((g, i) => !used.has(i) && g.value === p.value && overlaps(g.text, p.text));
    if (hit >= 0) {
      used.add(hit);
      t.tp++;
      continue;
    }
    // Overlapping an unscorable gold date (PAST_REF, weeks, quarters), or a time with the same day: not counted.
    if (gold.dates.some((g) => !SCORABLE_VALUE.test(g.value) && overlaps(g.text, p.text))) continue;
    if (gold.other_timexes.some((g) => g.type === 'TIME' && g.value.startsWith(p.value) && overlaps(g.text, p.text))) continue;
    if (scorable.some((g, i) => used.has(i) && g.value === p.value && overlaps(g.text, p.text))) continue;
    const sentenceAt = p.sentence ? firstIndex(raw, p.sentence.slice(0, 60)) : -1;
    const at = sentenceAt >= 0 ? sentenceAt + Math.max(0, firstIndex(p.sentence!, p.text)) : firstIndex(raw, p.text);
    if (at >= 0 && at < gold.annotated_through_char) {
      t.fp++;
      t.falseFinds.push(`"${p.text}"=${p.value} (${label})`);
    }
  }
  scorable.forEach((g, i) => {
    if (!used.has(i)) {
      t.fn++;
      t.misses.push(`"${g.text}"=${g.value} (${label})`);
    }
  });
  return t;
}

export interface MeantimeReport {
  articles: number;
  people: Tally;
  organizations: Tally;
  places: Tally;
  dates: Tally;
  bytes: number;
  extractMs: number;
}

export function evaluateMeantime(folder: string): MeantimeReport {
  const report: MeantimeReport = { articles: 0, people: tally(), organizations: tally(), places: tally(), dates: tally(), bytes: 0, extractMs: 0 };
  for (const { bytes, raw, gold, result, extractMs, label } of goldDocuments<MeantimeGold>(folder)) {
    report.extractMs += extractMs;
    report.bytes += bytes.length;
    report.articles++;
    add(report.people, scoreEntities(result.people, gold.people, raw, gold.annotated_through_char, label));
    add(report.organizations, scoreEntities(result.organizations, gold.organizations, raw, gold.annotated_through_char, label));
    add(report.places, scoreEntities(result.places, gold.places, raw, gold.annotated_through_char, label));
    add(report.dates, scoreDates(result, gold, raw, label));
  }
  return report;
}
