/**
 * The archive as the site shows it: records in, every cross-article view out. Pure: the same
 * records always give the same archive, in the same order. Everything that spans articles
 * (people, related articles, stories, the claims ledger) is computed here once, so that no
 * page template ever scans the whole archive.
 */
import type { ArticleRecord } from '../write/schema.js';
import type { Claim, Stance } from '../types.js';
import { aggregate, entityKey, refOf, type ArchiveEntity, type ArticleRef } from './entities.js';
import { byPublication, timeline, type DayGroup, type MonthGroup, type TimelineEntry, type YearGroup } from './dates.js';
import { articleFacts, type IdLookup, type RelatedArticle, type SiteArticle } from './articles.js';
import { findStories, nameIndex, sharedNames, type Story } from './stories.js';
import { compareStory, type StoryComparison } from './compare.js';
import { peopleDetails, type PersonDetail } from './people.js';
import { linkClaims } from './claims.js';

export type ArchivePerson = ArchiveEntity & PersonDetail;

export interface ArchiveStory extends Story {
  refs: ArticleRef[];
  comparison: StoryComparison;
}

export interface LedgerRef {
  article: ArticleRef;
  claimant: string;
  stance: Stance;
  text: string;
  anchor: string | null;
}
export interface LedgerEntry {
  id: string;
  claimant: string;
  stance: Stance;
  subject?: string;
  text: string;
  carriedBy: LedgerRef[];
  deniedBy: LedgerRef[];
  answers: string[];
}

export interface TimelineYear {
  year: string;
  entries: (TimelineEntry & { anchor: string | null })[];
}

export interface Archive {
  /** Newest first; undated last. */
  articles: SiteArticle[];
  /** By name. */
  people: ArchivePerson[];
  /** Most articles first, then by name. */
  peopleByArticles: ArchivePerson[];
  organizations: ArchiveEntity[];
  places: ArchiveEntity[];
  outlets: ArchiveEntity[];
  years: YearGroup[];
  /** Every month with articles, newest first. */
  months: MonthGroup[];
  /** Every day with articles, newest first. */
  days: DayGroup[];
  undated: ArticleRef[];
  /** Dates the articles mention (not their publication dates), in time order, by year. */
  timeline: TimelineYear[];
  stories: ArchiveStory[];
  claims: LedgerEntry[];
  /** The newest publication date: the "updated" time of feeds (never the build clock). */
  latest: string | null;
}

/** How many related articles an article page lists. */
export const RELATED_LIMIT = 6;

function lookup(list: ArchiveEntity[]): (key: string) => string | undefined {
  const m = new Map(list.map((e) => [e.key, e.id]));
  return (key) => m.get(key);
}

export function buildArchive(records: ArticleRecord[]): Archive {
  const sorted = [...records].sort(
    (a, b) => (b.published ?? '0000').localeCompare(a.published ?? '0000') || a.id.localeCompare(b.id),
  );
  const { years, undated } = byPublication(sorted);
  const people = aggregate(sorted, (r) => r.people);
  const organizations = aggregate(sorted, (r) => r.organizations);
  const places = aggregate(sorted, (r) => r.places);
  const outlets = aggregate(sorted, (r) => (r.outlet ? [{ name: r.outlet }] : []));
  const ids: IdLookup = { person: lookup(people), organization: lookup(organizations), place: lookup(places) };

  const articles: SiteArticle[] = sorted.map((r) => ({ ...r, facts: articleFacts(r, ids), related: [], story: null }));
  const byId = new Map(articles.map((a) => [a.id, a]));

  // Stories and related articles, from one inverted index of distinctive names.
  const index = nameIndex(sorted);
  const pairs = sharedNames(index);
  const stories: ArchiveStory[] = findStories(sorted, index, pairs).map((s) => {
    const members = s.articles.map((id) => byId.get(id)!);
    for (const m of members) m.story = { id: s.id, names: s.names };
    return { ...s, refs: members.map(refOf), comparison: compareStory(members) };
  });
  const nameOf = new Map<string, string>();
  for (const p of people) nameOf.set('p:' + p.key, p.name);
  for (const o of organizations) nameOf.set('o:' + o.key, o.name);
  const candidates = new Map<number, { other: number; weight: number; shared: string[] }[]>();
  for (const link of pairs.values()) {
    for (const [x, y] of [[link.a, link.b], [link.b, link.a]]) {
      const list = candidates.get(x) ?? [];
      list.push({ other: y, weight: link.weight, shared: link.shared });
      candidates.set(x, list);
    }
  }
  articles.forEach((a, i) => {
    const sameStory = (o: SiteArticle) => a.story !== null && o.story?.id === a.story.id;
    const list = (candidates.get(i) ?? [])
      .map((c) => ({ ...c, a: articles[c.other] }))
      .sort((x, y) => Number(sameStory(y.a)) - Number(sameStory(x.a)) || y.weight - x.weight || x.a.id.localeCompare(y.a.id))
      .slice(0, RELATED_LIMIT);
    a.related = list.map((c): RelatedArticle => {
      const names = c.shared
        .filter((k) => k.startsWith('p:'))
        .concat(c.shared.filter((k) => k.startsWith('o:')))
        .slice(0, 4)
        .map((k) => nameOf.get(k) ?? k.slice(2));
      const reason = (sameStory(c.a) ? 'same story; ' : '') + `also names ${names.join(', ')}`;
      return { ...refOf(c.a), reason };
    });
  });

  const details = peopleDetails(articles, people);
  const empty = (): PersonDetail => ({ quotes: [], claimsBy: [], claimsAbout: [], appearances: [], events: [], maybe: [] });
  const archivePeople: ArchivePerson[] = people.map((p) => ({ ...p, ...(details.get(p.id) ?? empty()) }));

  const anchorOfClaim = (articleId: string, claim: Claim) => {
    const a = byId.get(articleId);
    if (!a) return null;
    const i = a.claims.indexOf(claim);
    return i >= 0 ? a.facts.claims[i].anchor : null;
  };
  const ledgerRef = (r: { articleId: string; claim: Claim }): LedgerRef => ({
    article: refOf(byId.get(r.articleId)!),
    claimant: r.claim.claimant,
    stance: r.claim.stance,
    text: r.claim.text,
    anchor: anchorOfClaim(r.articleId, r.claim),
  });
  const claims: LedgerEntry[] = linkClaims(articles).map((g) => ({
    id: g.id,
    claimant: g.claimant,
    stance: g.stance,
    ...(g.subject ? { subject: g.subject } : {}),
    text: g.text,
    carriedBy: g.carriedBy.map(ledgerRef),
    deniedBy: (g.deniedBy ?? []).map(ledgerRef),
    answers: g.answers ?? [],
  }));

  const events = timeline(sorted);
  const timelineYears: TimelineYear[] = [];
  for (const e of events) {
    const year = e.value.slice(0, 4);
    let y = timelineYears[timelineYears.length - 1];
    if (!y || y.year !== year) {
      y = { year, entries: [] };
      timelineYears.push(y);
    }
    y.entries.push({ ...e, anchor: byId.get(e.article.id)?.facts.dates[e.index]?.anchor ?? null });
  }

  const months = years.flatMap((y) => y.months);
  return {
    articles,
    people: archivePeople,
    peopleByArticles: [...archivePeople].sort((a, b) => b.articles.length - a.articles.length || a.key.localeCompare(b.key)),
    organizations,
    places,
    outlets,
    years,
    months,
    days: months.flatMap((m) => m.days),
    undated,
    timeline: timelineYears,
    stories,
    claims,
    latest: sorted.find((r) => r.published)?.published ?? null,
  };
}

export { entityKey };
export type { ArchiveEntity, ArticleRef, DayGroup, MonthGroup, TimelineEntry, YearGroup, SiteArticle };
