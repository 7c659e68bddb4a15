/**
 * What each source of a story includes: people, dates mentioned, quotes and claims, each marked
 * present or absent in every article of the story. Items are matched across articles by person
 * key, by date value, and by the words of quotes and claims.
 */
import type { SiteArticle } from './articles.js';
import { entityKey } from './entities.js';
import { contentWords, overlap } from './claims.js';

export interface ComparedItem {
  /** What the row shows ("Han Dong", "24 September 2021", a quote's words). */
  label: string;
  /** Who (a speaker, a claimant with the stance), for quotes and claims. */
  by?: string;
  stance?: string;
  /** For each article of the story, in story order: the anchor of the item there, "" when present without one, null when absent. */
  in: (string | null)[];
  /** Present in every article of the story. */
  inAll?: boolean;
  /** People: the person page id. */
  id?: string | null;
}

export interface StoryComparison {
  articles: { id: string; title: string; published: string | null; outlet: string | null }[];
  people: ComparedItem[];
  dates: ComparedItem[];
  quotes: ComparedItem[];
  claims: ComparedItem[];
}

const SAME_WORDS = 0.6;

function collect<T>(
  articles: SiteArticle[],
  items: (a: SiteArticle) => T[],
  key: (t: T) => string,
  make: (t: T) => Omit<ComparedItem, 'in'>,
  anchor: (t: T) => string | null,
): ComparedItem[] {
  const rows = new Map<string, ComparedItem>();
  articles.forEach((a, i) => {
    for (const t of items(a)) {
      const k = key(t);
      let row = rows.get(k);
      if (!row) {
        row = { ...make(t), in: articles.map(() => null) };
        rows.set(k, row);
      }
      if (row.in[i] === null) row.in[i] = anchor(t) ?? '';
    }
  });
  return [...rows.values()];
}

/** Quotes and claims: the same words (most of the shorter one's content words) by the same speaker. */
function collectByWords<T>(
  articles: SiteArticle[],
  items: (a: SiteArticle) => T[],
  who: (t: T) => string,
  text: (t: T) => string,
  make: (t: T) => Omit<ComparedItem, 'in'>,
  anchor: (t: T) => string | null,
): ComparedItem[] {
  const rows: (ComparedItem & { who: string; words: Set<string> })[] = [];
  articles.forEach((a, i) => {
    for (const t of items(a)) {
      const words = contentWords(text(t));
      const w = who(t);
      let row = rows.find((r) => r.who === w && r.in[i] === null && overlap(r.words, words).share >= SAME_WORDS);
      if (!row) {
        row = { ...make(t), in: articles.map(() => null), who: w, words };
        rows.push(row);
      }
      row.in[i] = anchor(t) ?? '';
    }
  });
  return rows.map(({ who: _w, words: _x, ...r }) => r);
}

const presence = (r: ComparedItem) => r.in.filter((x) => x !== null).length;
/** Items in every article last: what differs comes first. */
function order(rows: ComparedItem[]): ComparedItem[] {
  for (const r of rows) r.inAll = r.in.every((x) => x !== null);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((x, y) => presence(x.r) - presence(y.r) || x.i - y.i)
    .map((x) => x.r);
}

/** At most this many articles of a story are compared side by side (the earliest). */
export const COMPARE_LIMIT = 8;

/** A story's articles (in story order) compared. Work is bounded by COMPARE_LIMIT, whatever the story's size. */
export function compareStory(all: SiteArticle[]): StoryComparison {
  const articles = all.slice(0, COMPARE_LIMIT);
  return {
    articles: articles.map((a) => ({ id: a.id, title: a.title, published: a.published, outlet: a.outlet })),
    people: order(
      collect(
        articles,
        (a) => a.facts.people,
        (p) => entityKey(p.name),
        (p) => ({ label: p.name, id: p.id }),
        (p) => p.anchor,
      ),
    ),
    dates: order(
      collect(
        articles,
        (a) => a.facts.dates,
        (d) => d.value + (d.end ? `/${d.end}` : ''),
        (d) => ({ label: d.value + (d.end ? ` to ${d.end}` : '') }),
        (d) => d.anchor,
      ),
    ).sort((x, y) => x.label.localeCompare(y.label)),
    quotes: order(
      collectByWords(
        articles,
        (a) => a.facts.quotes,
        (q) => entityKey(q.speaker ?? ''),
        (q) => q.text,
        (q) => ({ label: q.text, by: q.speaker ?? 'speaker not named' }),
        (q) => q.anchor,
      ),
    ),
    claims: order(
      collectByWords(
        articles,
        (a) => a.facts.claims,
        (c) => `${entityKey(c.claimant)}|${c.stance}`,
        (c) => c.text,
        (c) => ({ label: c.text, by: c.claimant, stance: c.stance }),
        (c) => c.anchor,
      ),
    ),
  };
}
