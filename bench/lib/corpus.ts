/**
 * The dev corpus (MEANTIME, Wikinews, CC BY 4.0) as sentence templates: each paragraph with the
 * names its gold annotation lists turned into slots (person, organisation, place), years made
 * relative to the article's date, and the less frequent lowercase words marked as replaceable
 * by the synthetic lexicon. The generator fills the slots per article.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_CORPUS = resolve(fileURLToPath(import.meta.url), '../../../../shared/corpus/meantime');

export const ATTRIBUTION =
  'Generated benchmark text. Sentences adapted from the NewsReader MEANTIME corpus (Minard et al. 2016), articles from Wikinews ' +
  '(https://en.wikinews.org), CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/): names, numbers and many words were replaced ' +
  'by generated ones; it does not report real events.';

export type EntityType = 'PER' | 'ORG' | 'LOC';

export type Part = { k: 't'; s: string } | { k: 'e'; type: EntityType; alias: boolean } | { k: 'w'; s: string } | { k: 'y'; delta: number; s: string };

export interface Unit {
  parts: Part[];
  words: number;
  quote: boolean;
}

export interface SourceArticle {
  file: string;
  year: number;
  title: Unit;
  units: Unit[];
}

export interface Corpus {
  articles: SourceArticle[];
  /** Names of each kind in the gold files (distinct), most frequent first. */
  names: { people: string[]; organizations: string[]; places: string[] };
  /** Lowercase words never replaced (the frequent ones and those the extractors key on). */
  protectedWords: Set<string>;
}

/** Words the extractors key on (speech verbs, dates, roles): kept as written. */
const KEEP = `said says say told tells added adding according announced announce stated claimed claims reported explained noted warned
insisted argued denied confirmed alleged allegedly today yesterday tomorrow tonight week weeks month months year years ago last next
earlier later morning afternoon evening night monday tuesday wednesday thursday friday saturday sunday january february march april
june july august september october november december quarter decade century percent million billion trillion thousand hundred
president minister chief executive spokesman spokeswoman director chairman senator governor mayor analyst company government
official officials police court party members`.split(/\s+/);

const WORD = /[\p{L}][\p{L}'’]*/gu;
const YEAR = /^(19[0-9]{2}|20[0-3][0-9])$/;

interface Gold {
  published: string;
  title: string;
  people: { name: string; aliases: string[] }[];
  organizations: { name: string; aliases: string[] }[];
  places: { name: string; aliases: string[] }[];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function loadCorpus(dir = DEFAULT_CORPUS): Corpus {
  const articlesDir = join(dir, 'articles');
  if (!existsSync(articlesDir)) throw new Error(`no corpus at ${articlesDir} (use --corpus DIR)`);
  const files = readdirSync(articlesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const texts = files.map((f) => readFileSync(join(articlesDir, f), 'utf8'));
  const golds = files.map((f) => {
    const g = join(dir, 'gold', f.replace(/\.txt$/, '.json'));
    return existsSync(g) ? (JSON.parse(readFileSync(g, 'utf8')) as Gold) : null;
  });

  // Every gold name and alias, with its kind; counts give the order of the real-name heads.
  const kind = new Map<string, { type: EntityType; alias: boolean }>();
  const counts = { PER: new Map<string, number>(), ORG: new Map<string, number>(), LOC: new Map<string, number>() };
  for (const g of golds) {
    if (!g) continue;
    const lists: [EntityType, Gold['people']][] = [
      ['PER', g.people],
      ['ORG', g.organizations],
      ['LOC', g.places],
    ];
    for (const [type, list] of lists) {
      for (const e of list) {
        counts[type].set(e.name, (counts[type].get(e.name) ?? 0) + 1);
        if (!kind.has(e.name)) kind.set(e.name, { type, alias: false });
        for (const a of e.aliases) if (!kind.has(a)) kind.set(a, { type, alias: true });
      }
    }
  }
  const names = [...kind.keys()].filter((n) => n.length > 1).sort((a, b) => b.length - a.length);
  const NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}$])`, 'gu');

  // Frequent words of the corpus stay (the function words and the everyday vocabulary of news).
  const freq = new Map<string, number>();
  for (const t of texts)
    for (const m of t.matchAll(WORD)) {
      const w = m[0];
      if (w === w.toLowerCase()) freq.set(w, (freq.get(w) ?? 0) + 1);
    }
  const protectedWords = new Set(
    [...freq.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 400)
      .map(([w]) => w),
  );
  for (const w of KEEP) protectedWords.add(w);

  const toUnit = (text: string, year: number): Unit => {
    const parts: Part[] = [];
    const literal = (s: string) => {
      let last = 0;
      for (const m of s.matchAll(WORD)) {
        const w = m[0];
        const i = m.index!;
        if (w.length >= 4 && w === w.toLowerCase() && !protectedWords.has(w) && !/['’]/.test(w)) {
          if (i > last) parts.push({ k: 't', s: s.slice(last, i) });
          parts.push({ k: 'w', s: w });
          last = i + w.length;
        }
      }
      // Years: a second pass over the literal pieces would split them again; handle digits here.
      const rest = s.slice(last);
      if (rest) parts.push({ k: 't', s: rest });
    };
    let last = 0;
    for (const m of text.matchAll(NAME)) {
      if (m.index! > last) literal(text.slice(last, m.index));
      const k = kind.get(m[0])!;
      parts.push({ k: 'e', type: k.type, alias: k.alias });
      last = m.index! + m[0].length;
    }
    if (last < text.length) literal(text.slice(last));
    // Years become relative slots.
    const out: Part[] = [];
    for (const p of parts) {
      if (p.k !== 't' || !/\d{4}/.test(p.s)) {
        out.push(p);
        continue;
      }
      let l = 0;
      for (const m of p.s.matchAll(/(?<!\d)\d{4}(?!\d)/g)) {
        if (!YEAR.test(m[0])) continue;
        if (m.index! > l) out.push({ k: 't', s: p.s.slice(l, m.index) });
        out.push({ k: 'y', delta: Number(m[0]) - year, s: m[0] });
        l = m.index! + 4;
      }
      if (l < p.s.length) out.push({ k: 't', s: p.s.slice(l) });
    }
    return { parts: out, words: text.split(/\s+/).filter(Boolean).length, quote: /["“”]/.test(text) };
  };

  const articles: SourceArticle[] = files.map((file, i) => {
    const lines = texts[i].replace(/\r\n?/g, '\n').split('\n');
    const title = lines[0].trim();
    const year = Number((golds[i]?.published ?? '2008').slice(0, 4));
    // Body: after the title and the date line, paragraphs separated by blank lines.
    const body = lines
      .slice(1)
      .join('\n')
      .trim()
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim());
    const paragraphs = /^[A-Z][a-z]+ \d{1,2}, \d{4}$/.test(body[0] ?? '') ? body.slice(1) : body;
    return { file, year, title: toUnit(title, year), units: paragraphs.filter((p) => p.length > 0).map((p) => toUnit(p, year)) };
  });

  const byCount = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([n]) => n);
  return { articles, names: { people: byCount(counts.PER), organizations: byCount(counts.ORG), places: byCount(counts.LOC) }, protectedWords };
}
