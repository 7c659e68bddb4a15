/**
 * The archive as the site shows it: records in, every cross-article view out. Pure: the same
 * records always give the same archive, in the same order. Everything that spans articles
 * (people, related articles, stories, the claims ledger) is computed here once, so that no
 * page template ever scans the whole archive.
 */
import type { ArticleRecord } from '../write/schema.js';
import type { Claim, Stance } from '../types.js';
import { aggregate, byPublishedDesc, entityKey, refOf, stableIds, type ArchiveEntity, type ArticleRef } from './entities.js';
import { resolveEntities, RULES, type EntityOp, type Resolution } from './resolve/index.js';
import { byPublication, timeline, type MonthGroup, type TimelineEntry, type YearGroup } from './dates.js';
import { articleFacts, type ArticleAnchors, type EntityRef, type RelatedArticle, type SiteArticle } from './articles.js';
import { dayNumber, findStories, recordSimilarity, type Story } from './stories.js';
import { forEachAlike, sharedTerms } from './similarity.js';
import { compareStory, type StoryComparison } from './compare.js';
import { peopleDetails, type PersonDetail } from './people.js';
import { linkClaims } from './claims.js';
import { coMentions } from './entity-activity.js';

export type ArchivePerson = ArchiveEntity &
  PersonDetail & {
    /** Whether the person has an Atom feed (`/people/<id>/feed.xml`). */
    feed: boolean;
  };

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

/** The claims ledger, one page per year: the year the earliest article carrying the claim was published. */
export interface ClaimYear {
  /** "2021", or "undated" when no article carrying it has a date. */
  year: string;
  entries: LedgerEntry[];
}

export type TimelineItem = TimelineEntry & { anchor: string | null };

/** The mentions of one month of a year; `month` is null for dates given as the year alone. */
export interface TimelineMonth {
  month: string | null;
  entries: TimelineItem[];
}

export interface TimelineYear {
  year: string;
  /** Mentions in the year. */
  count: number;
  /** In time order: the year alone first, then each month with mentions. */
  months: TimelineMonth[];
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
  /**
   * The people with an Atom feed: those named in PERSON_FEED_MIN_ARTICLES articles or more (the
   * others' feeds would hold one or two entries and never grow: nobody subscribes to them).
   */
  feedPeople: ArchivePerson[];
  undated: ArticleRef[];
  /** Dates the articles mention (not their publication dates), in time order, by year. */
  timeline: TimelineYear[];
  stories: ArchiveStory[];
  claims: LedgerEntry[];
  /** The ledger by year, newest first, undated last. */
  claimYears: ClaimYear[];
  /** The newest publication date: the "updated" time of feeds (never the build clock). */
  latest: string | null;
  /** Operations of content/entities.yml that found nothing to act on. */
  entityIssues: string[];
}

/** A person gets an Atom feed when named in at least this many articles. */
export const PERSON_FEED_MIN_ARTICLES = 3;

/** How many related articles an article page lists. */
export const RELATED_LIMIT = 6;
/** The similarity a related article (outside the story) reaches at least. */
export const RELATED_SIMILARITY = 0.05;
/** Nearness in time counts for up to this much (a multiplier of 1 + RECENCY_WEIGHT), halving every RECENCY_DAYS. */
export const RECENCY_WEIGHT = 0.5;
export const RECENCY_DAYS = 30;

/** A related article's score: its similarity, raised for nearness in time (undated: no raise). */
export function relatedScore(similarity: number, day: number | null, other: number | null): number {
  if (day === null || other === null) return similarity;
  return similarity * (1 + RECENCY_WEIGHT * Math.pow(0.5, Math.abs(day - other) / RECENCY_DAYS));
}

/** The records in the archive's order: newest first, undated last, then by id. */
export function archiveOrder<R extends ArticleRecord>(records: R[]): R[] {
  return [...records].sort((a, b) => (b.published ?? '0000').localeCompare(a.published ?? '0000') || a.id.localeCompare(b.id));
}

/** Where each type's pages are. */
export const PAGE_BASE: Record<EntityRef['kind'], string> = { person: '/people/', organization: '/organisations/', place: '/places/' };

/** The resolved entities as the site lists them: one list per type, each entity with its stable page id. */
function entityLists(sorted: ArticleRecord[], res: Resolution): { lists: Record<EntityRef['kind'], ArchiveEntity[]>; refs: EntityRef[] } {
  const lists: Record<EntityRef['kind'], ArchiveEntity[]> = { person: [], organization: [], place: [] };
  const refs: EntityRef[] = [];
  for (const kind of ['person', 'organization', 'place'] as const) {
    const mine = res.entities.map((e, i) => ({ e, i })).filter((x) => x.e.kind === kind);
    // The id comes from the entity's id name (resolve/index.ts idNode: its first-seen full name),
    // not its display name, so it stays when another spelling becomes the commoner one. Two
    // entities with one id name (an editor's split) are told apart by their names' keys.
    const used = new Set<string>();
    const keyOf = new Map<number, string>();
    for (const { e, i } of mine) {
      let k = entityKey(e.idName);
      if (used.has(k)) k = [k, ...e.aliases.map(entityKey)].join(' ~ ');
      used.add(k);
      keyOf.set(i, k);
    }
    const ids = stableIds(mine.map(({ e, i }) => ({ key: keyOf.get(i)!, name: e.idName })));
    for (const { i } of mine) refs[i] = { kind, id: ids.get(keyOf.get(i)!)! };
  }
  const together = coMentions(res);
  res.entities.forEach((e, i) => {
    lists[e.kind].push({
      id: refs[i].id,
      key: entityKey(e.name),
      name: e.name,
      aliases: e.aliases,
      roles: e.roles,
      mentions: e.mentions,
      articles: e.articles.map((a) => refOf(sorted[a])).sort(byPublishedDesc),
      why: e.notes
        .filter((n) => entityKey(n.names[0]) !== entityKey(n.names[1]))
        .map((n) => ({ rule: n.rule, describes: RULES[n.rule] ?? n.rule, names: n.names, evidence: n.evidence })),
      maybeAlso: e.maybe.map((m) => ({ id: refs[m].id, name: res.entities[m].name, href: PAGE_BASE[res.entities[m].kind] + refs[m].id + '/' })),
      together: together[i].map((t) => ({
        name: res.entities[t.entity].name,
        href: PAGE_BASE[res.entities[t.entity].kind] + refs[t.entity].id + '/',
        kind: res.entities[t.entity].kind,
        count: t.count,
      })),
    });
  });
  return { lists, refs };
}

/**
 * `anchors`: the sentence anchors of records already computed (src/site/records.ts keeps them
 * between builds). `editor`: the operations of content/entities.yml; `resolution`: the records'
 * entities already resolved (the site resolves once for the pages and the search index).
 */
export function buildArchive(
  records: ArticleRecord[],
  anchors?: Map<ArticleRecord, ArticleAnchors>,
  editor: readonly EntityOp[] = [],
  resolution?: Resolution,
): Archive {
  const sorted = archiveOrder(records);
  const { years, undated } = byPublication(sorted);
  const res = resolution ?? resolveEntities(sorted, editor);
  const { lists, refs } = entityLists(sorted, res);
  const people = lists.person;
  const organizations = lists.organization;
  const places = lists.place;
  const outlets = aggregate(sorted, (r) => (r.outlet ? [{ name: r.outlet }] : []));

  const articles: SiteArticle[] = sorted.map((r, i) => ({
    ...r,
    facts: articleFacts(r, res.articles[i], (e) => refs[e], anchors?.get(r)),
    related: [],
    story: null,
    previous: null,
    next: null,
  }));
  const byId = new Map(articles.map((a) => [a.id, a]));

  // Stories and related articles, from one similarity index: words of titles and leads, and the
  // resolved entities (src/archive/similarity.ts).
  const shownName = new Map<string, string>();
  const index = recordSimilarity(sorted, (_r, i) => {
    const keys = { people: new Set<string>(), organizations: new Set<string>(), places: new Set<string>() };
    for (const m of res.articles[i]) {
      const e = res.entities[m.entity];
      const ref = refs[m.entity];
      const key = { person: 'p:', organization: 'o:', place: 'l:' }[e.kind] + ref.id;
      // Single-word names ("Dong") are too ambiguous to link articles on their own.
      if (e.kind === 'person' && !e.name.trim().includes(' ')) continue;
      (e.kind === 'person' ? keys.people : e.kind === 'organization' ? keys.organizations : keys.places).add(key);
      shownName.set(key, e.name);
    }
    return keys;
  });
  // Per article (by index), its story's number or -1, and its rank by id (for ties).
  const storyOf = new Int32Array(articles.length).fill(-1);
  const position = new Map(articles.map((a, i) => [a.id, i]));
  const stories: ArchiveStory[] = findStories(sorted, index, shownName).map((s, k) => {
    const members = s.articles.map((id) => byId.get(id)!);
    for (const m of members) {
      m.story = { id: s.id, names: s.names };
      storyOf[position.get(m.id)!] = k;
    }
    return { ...s, refs: members.map(refOf), comparison: compareStory(members) };
  });
  const idRank = new Int32Array(articles.length);
  articles
    .map((_, i) => i)
    .sort((x, y) => articles[x].id.localeCompare(articles[y].id))
    .forEach((i, rank) => (idRank[i] = rank));
  const days = sorted.map((r) => dayNumber(r.published));
  // Related: the same story first, then the most alike, nearer in time before farther; never an
  // article that shares no distinctive name (common words alone relate nothing).
  forEachAlike(index, (i, n) => {
    const a = articles[i];
    const mine = storyOf[i];
    const same = (j: number) => mine >= 0 && storyOf[j] === mine;
    const score = (j: number) => relatedScore(n.similarity[j], days[i], days[j]);
    const before = (x: number, y: number) => {
      const sx = same(x);
      if (sx !== same(y)) return sx;
      const [px, py] = [score(x), score(y)];
      return px !== py ? px > py : idRank[x] < idRank[y];
    };
    // The best RELATED_LIMIT, in order (an article can share terms with thousands).
    const best: number[] = [];
    for (const j of n.list) {
      if (!same(j) && (n.names[j] < 1 || n.similarity[j] < RELATED_SIMILARITY)) continue;
      if (best.length === RELATED_LIMIT && !before(j, best[best.length - 1])) continue;
      let at = best.length;
      while (at > 0 && before(j, best[at - 1])) at--;
      best.splice(at, 0, j);
      if (best.length > RELATED_LIMIT) best.pop();
    }
    a.related = best.map((j): RelatedArticle => {
      const shared = sharedTerms(index, i, j)
        .filter((k) => !k.startsWith('w:'))
        .map((k) => k.slice(2));
      const names = shared
        .filter((k) => k.startsWith('p:'))
        .concat(shared.filter((k) => !k.startsWith('p:')))
        .slice(0, 4)
        .map((k) => shownName.get(k) ?? k.slice(2));
      const reason = [same(j) ? 'same story' : '', names.length ? `also names ${names.join(', ')}` : ''].filter(Boolean).join('; ');
      return { ...refOf(articles[j]), reason };
    });
  });

  const details = peopleDetails(articles, people);
  const empty = (): PersonDetail => ({ quotes: [], claimsBy: [], claimsAbout: [], appearances: [], events: [], maybe: [] });
  const archivePeople: ArchivePerson[] = people.map((p) => {
    const d = details.get(p.id) ?? empty();
    // "May be" links: the resolution's ambiguous names, and a single name with a similar role.
    const maybe = [...(p.maybeAlso ?? []).filter((m) => m.href.startsWith('/people/')).map(({ id, name }) => ({ id, name }))];
    for (const m of d.maybe) if (!maybe.some((x) => x.id === m.id)) maybe.push(m);
    return { ...p, ...d, maybe, feed: p.articles.length >= PERSON_FEED_MIN_ARTICLES };
  });

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

  const claimYears = new Map<string, LedgerEntry[]>();
  for (const g of claims) {
    const dates = g.carriedBy
      .map((r) => r.article.published)
      .filter((d): d is string => !!d)
      .sort();
    const year = dates.length ? dates[0].slice(0, 4) : 'undated';
    let list = claimYears.get(year);
    if (!list) claimYears.set(year, (list = []));
    list.push(g);
  }

  const timelineYears = timelineByMonth(timeline(sorted).map((e) => ({ ...e, anchor: byId.get(e.article.id)?.facts.dates[e.index]?.anchor ?? null })));
  setSequence(articles);

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
    feedPeople: archivePeople.filter((p) => p.feed),
    undated,
    timeline: timelineYears,
    stories,
    claims,
    claimYears: [...claimYears]
      .map(([year, entries]) => ({ year, entries }))
      .sort((a, b) => (a.year === 'undated' ? 1 : b.year === 'undated' ? -1 : b.year.localeCompare(a.year))),
    latest: sorted.find((r) => r.published)?.published ?? null,
    entityIssues: res.issues,
  };
}

/** Mentions (in time order) by year, and in each year by month (the year alone first). */
export function timelineByMonth(items: TimelineItem[]): TimelineYear[] {
  const years: TimelineYear[] = [];
  for (const e of items) {
    const year = e.value.slice(0, 4);
    const month = e.value.length >= 7 ? e.value.slice(0, 7) : null;
    let y = years[years.length - 1];
    if (!y || y.year !== year) years.push((y = { year, count: 0, months: [] }));
    let m = y.months[y.months.length - 1];
    if (!m || m.month !== month) y.months.push((m = { month, entries: [] }));
    m.entries.push(e);
    y.count++;
  }
  return years;
}

/**
 * Each dated article's neighbours by publication date (the archive's order: newest first, then
 * by id): `previous` the one published before it, `next` the one after. Undated articles have none.
 */
export function setSequence(articles: SiteArticle[]): void {
  const dated = articles.filter((a) => a.published);
  dated.forEach((a, i) => {
    a.previous = i + 1 < dated.length ? refOf(dated[i + 1]) : null;
    a.next = i > 0 ? refOf(dated[i - 1]) : null;
  });
}

export { entityKey };
export type { ArchiveEntity, ArticleRef, MonthGroup, TimelineEntry, YearGroup, SiteArticle };
