/**
 * One article as its page shows it: every fact with the anchor of its sentence in the body and
 * the id of the archive page it links to, and its related articles. Computed once per article.
 */
import type { ArticleRecord } from '../write/schema.js';
import type { Stance } from '../types.js';
import { bodySentences, sentenceFinder } from './sentences.js';
import { entityKey, refOf, type ArticleRef } from './entities.js';

export interface FactPerson {
  name: string;
  role?: string;
  aliases: string[];
  id: string | null;
  anchor: string | null;
  /** The sentences naming them, with their anchors. */
  sentences: { text: string; anchor: string | null }[];
}
export interface FactEntity {
  name: string;
  id: string | null;
  anchor: string | null;
}
export interface FactDate {
  text: string;
  value: string;
  end?: string;
  sentence?: string;
  anchor: string | null;
}
export interface FactQuote {
  speaker: string | null;
  speakerId: string | null;
  text: string;
  anchor: string | null;
}
export interface FactClaim {
  claimant: string;
  claimantId: string | null;
  via?: string;
  stance: Stance;
  subject?: string;
  subjectId: string | null;
  text: string;
  anchor: string | null;
}

export interface ArticleFacts {
  sentences: number;
  people: FactPerson[];
  organizations: FactEntity[];
  places: FactEntity[];
  dates: FactDate[];
  quotes: FactQuote[];
  claims: FactClaim[];
}

export interface RelatedArticle extends ArticleRef {
  /** Why it is related, in plain words ("same story", "also names Han Dong, Michael Kovrig"). */
  reason: string;
}

/** A record with what its page shows beside the text. */
export interface SiteArticle extends ArticleRecord {
  facts: ArticleFacts;
  related: RelatedArticle[];
  story: { id: string; names: string[] } | null;
}

export interface IdLookup {
  person(key: string): string | undefined;
  organization(key: string): string | undefined;
  place(key: string): string | undefined;
}

/** Which person of this article a name (as a speaker, claimant or subject) is: its key, or null. */
export function personResolver(r: ArticleRecord): (name: string | null | undefined) => string | null {
  const byForm = new Map<string, string>();
  for (const p of r.people) {
    const key = entityKey(p.name);
    byForm.set(key, key);
    for (const a of p.aliases) if (!byForm.has(entityKey(a))) byForm.set(entityKey(a), key);
  }
  return (name) => (name ? (byForm.get(entityKey(name)) ?? null) : null);
}

/**
 * Where each item of a record sits in its body: the sentence anchors its page links to. Depends on
 * the record alone, so a build can keep it with the parsed record (src/site/records.ts).
 */
export interface ArticleAnchors {
  sentences: number;
  people: { anchor: string | null; sentences: (string | null)[] }[];
  organizations: (string | null)[];
  places: (string | null)[];
  dates: (string | null)[];
  quotes: (string | null)[];
  claims: (string | null)[];
}

export function articleAnchors(r: ArticleRecord): ArticleAnchors {
  const sentences = bodySentences(r.body);
  const find = sentenceFinder(sentences, r.title, r.dek);
  const firstAnchor = (list: string[]) => {
    for (const s of list) {
      const a = find(s);
      if (a && a.startsWith('s-')) return a;
    }
    return list.length ? find(list[0]) : null;
  };
  return {
    sentences: sentences.length,
    people: r.people.map((p) => ({ anchor: firstAnchor(p.sentences), sentences: p.sentences.map(find) })),
    organizations: r.organizations.map((o) => firstAnchor(o.sentences)),
    places: r.places.map((o) => firstAnchor(o.sentences)),
    dates: r.dates.map((d) => find(d.sentence)),
    quotes: r.quotes.map((q) => find(q.sentence)),
    claims: r.claims.map((c) => find(c.sentence)),
  };
}

export function articleFacts(r: ArticleRecord, ids: IdLookup, anchors: ArticleAnchors = articleAnchors(r)): ArticleFacts {
  const person = personResolver(r);
  const pid = (name: string | null | undefined) => {
    const k = person(name);
    return k ? (ids.person(k) ?? null) : null;
  };
  return {
    sentences: anchors.sentences,
    people: r.people.map((p, i) => ({
      name: p.name,
      ...(p.role ? { role: p.role } : {}),
      aliases: p.aliases,
      id: ids.person(entityKey(p.name)) ?? null,
      anchor: anchors.people[i].anchor,
      sentences: p.sentences.map((text, k) => ({ text, anchor: anchors.people[i].sentences[k] })),
    })),
    organizations: r.organizations.map((o, i) => ({ name: o.name, id: ids.organization(entityKey(o.name)) ?? null, anchor: anchors.organizations[i] })),
    places: r.places.map((o, i) => ({ name: o.name, id: ids.place(entityKey(o.name)) ?? null, anchor: anchors.places[i] })),
    dates: r.dates.map((d, i) => ({ ...d, anchor: anchors.dates[i] })),
    quotes: r.quotes.map((q, i) => ({ speaker: q.speaker, speakerId: pid(q.speaker), text: q.text, anchor: anchors.quotes[i] })),
    claims: r.claims.map((c, i) => ({
      claimant: c.claimant,
      claimantId: pid(c.claimant),
      ...(c.via ? { via: c.via } : {}),
      stance: c.stance,
      ...(c.subject ? { subject: c.subject } : {}),
      subjectId: pid(c.subject),
      text: c.text,
      anchor: anchors.claims[i],
    })),
  };
}

export { refOf };
