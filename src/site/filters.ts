/** Eleventy plugin: the filters templates use. Everything they return from article text is escaped. */
import type { UserConfig } from '@11ty/eleventy';
import { posix } from 'node:path';
import type { SiteArticle } from '../archive/articles.js';
import type { Archive, ArchiveEntity } from '../archive/index.js';
import { renderArticle, type NameLink } from './render.js';
import { entityKey } from '../archive/entities.js';
import { articleJsonLd, citation } from './seo.js';
import type { SourceKind, Stance } from '../types.js';
import { chartSummary, monthChart, type MonthCount } from './chart.js';
import { readableDate } from './dates.js';
import { entityMonths } from '../archive/entity-activity.js';

/** Safe inside <script type="application/ld+json">: no "</script", no HTML comment openers. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function entityFor(list: ArchiveEntity[], name: string): ArchiveEntity | undefined {
  const k = entityKey(name);
  return list.find((e) => e.key === k);
}

/** The names of an article's people (and their aliases), each to its person page. */
export function nameLinks(article: SiteArticle, prefix: string): NameLink[] {
  const links: NameLink[] = [];
  article.people.forEach((p, i) => {
    const id = article.facts?.people[i]?.id;
    if (!id) return;
    for (const form of [p.name, ...p.aliases]) if (form.length > 2) links.push({ form, href: `${prefix}people/${id}/` });
  });
  return links;
}

const STANCE_VERB: Record<Stance, string> = {
  alleges: 'alleges',
  denies: 'denies',
  states: 'states',
  reports: 'reports',
  'calls-for': 'calls for',
  admits: 'admits',
  announces: 'announces',
  plans: 'plans',
  believes: 'believes',
  criticises: 'criticises',
  praises: 'praises',
};

/** A claim's stance as a verb after its claimant: "Global News alleges", "X calls for"; a document or poll "shows". */
export function stanceVerb(stance: Stance, kind?: SourceKind): string {
  if ((kind === 'document' || kind === 'poll') && (stance === 'states' || stance === 'reports')) return 'shows';
  return STANCE_VERB[stance] ?? stance;
}

/** What a source is, for the reader, when it is not a person or an organisation: "(document)", "(poll)", "(group)". */
export function sourceKindLabel(kind?: SourceKind): string {
  return kind === 'document' || kind === 'poll' || kind === 'group' ? `(${kind})` : '';
}

function plural(n: number, one: string, many = one + 's'): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** Eleventy's normalisation of a URL path (TemplatePath.normalizeUrlPath). */
function normalizeUrlPath(...parts: string[]): string {
  return posix.join(...parts).replace(/\/+$/, '/');
}

/**
 * Eleventy's `url` filter, faster: it is called hundreds of thousands of times on a large archive
 * (every link of every page), and for each it tries `new URL()`, which throws on a site path. With
 * the default path prefix "/", a path that begins with one "/" cannot be a full URL and comes back
 * normalised, which is what Eleventy returns for it; everything else goes to Eleventy's filter.
 * Answers are remembered for the build (the prefix is fixed for a build).
 */
export function fastUrl(base: (this: unknown, url: string, prefix?: string) => string) {
  const known = new Map<string, string>();
  let rootIsSlash: boolean | undefined;
  return function (this: unknown, url: string, prefix?: string): string {
    if (typeof url !== 'string' || prefix !== undefined) return base.call(this, url, prefix);
    let out = known.get(url);
    if (out === undefined) {
      rootIsSlash ??= base.call(this, '/') === '/';
      out = rootIsSlash && url.startsWith('/') && !url.startsWith('//') ? normalizeUrlPath(url) : base.call(this, url);
      known.set(url, out);
    }
    return out;
  };
}

const COMBINING_MARKS = /\p{M}+/gu;
const LETTER = /^\p{L}$/u;

/** The letter a name is filed under on an A–Z index: its first letter without accents, upper case; "#" for a digit or sign. */
export function initial(name: string): string {
  const first = (name.trim()[0] ?? '').normalize('NFKD').replace(COMBINING_MARKS, '').toUpperCase();
  return LETTER.test(first) ? first : '#';
}

/** The id of an A–Z index's letter. */
export function letterId(letter: string): string {
  return letter === '#' ? 'letter-other' : `letter-${letter}`;
}

/** Per name, the id of its letter when it is the first name filed under that letter, else null: each id once. */
export function letterAnchors(names: string[]): (string | null)[] {
  const seen = new Set<string>();
  return names.map((n) => {
    const l = initial(n);
    if (seen.has(l)) return null;
    seen.add(l);
    return letterId(l);
  });
}

/** The letters of an A–Z index over names sorted by name, each once, in order of first use. */
export function initials(names: string[]): string[] {
  return [...new Set(names.map(initial))];
}

export default function filtersPlugin(eleventyConfig: UserConfig): void {
  const prefix = () => eleventyConfig.pathPrefix ?? '/';
  const url = typeof eleventyConfig.getFilter === 'function' ? eleventyConfig.getFilter<Parameters<typeof fastUrl>[0]>('url') : undefined;
  if (typeof url === 'function') eleventyConfig.addFilter('url', fastUrl(url));
  eleventyConfig.addFilter('readableDate', readableDate);
  eleventyConfig.addFilter('perMonth', (entity: { articles: { published: string | null }[] }) => entityMonths(entity));
  eleventyConfig.addFilter('monthChart', (months: MonthCount[] | undefined, name: string) => monthChart(months ?? [], name));
  eleventyConfig.addFilter('chartSummary', (months: MonthCount[] | undefined, name: string) => chartSummary(months ?? [], name));
  eleventyConfig.addFilter('scriptJson', scriptJson);
  eleventyConfig.addFilter('entityFor', entityFor);
  eleventyConfig.addFilter('articleBody', (article: SiteArticle) => renderArticle(article.body, nameLinks(article, prefix())).html);
  eleventyConfig.addFilter('take', (list: unknown[], n: number) => (list ?? []).slice(0, n));
  eleventyConfig.addFilter('monthName', (month: string) => readableDate(month));
  eleventyConfig.addFilter('stanceVerb', stanceVerb);
  eleventyConfig.addFilter('sourceKindLabel', sourceKindLabel);
  eleventyConfig.addFilter('plural', plural);
  eleventyConfig.addFilter('initial', initial);
  eleventyConfig.addFilter('letterId', letterId);
  eleventyConfig.addFilter('initials', (list: { name: string }[]) => initials(list.map((e) => e.name)));
  eleventyConfig.addFilter('letterAnchors', (list: { name: string }[]) => letterAnchors(list.map((e) => e.name)));
  eleventyConfig.addFilter('jsonLd', (a: SiteArticle, base: string) => scriptJson(articleJsonLd(a, base)));
  eleventyConfig.addFilter('citation', (a: SiteArticle, base: string) => citation(a, base, readableDate));
  eleventyConfig.addFilter('articlesById', (archive: Archive) => new Map(archive.articles.map((a) => [a.id, a])));
}
