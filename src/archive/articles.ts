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

export function articleFacts(r: ArticleRecord, ids: IdLookup): ArticleFacts {
  const sentences = bodySentences(r.body);
  const find = sentenceFinder(sentences, r.title, r.dek);
  const person = personResolver(r);
  const pid = (name: string | null | undefined) => {
    const k = person(name);
    return k ? (ids.person(k) ?? null) : null;
  };
  const firstAnchor = (list: string[]) => {
    for (const s of list) {
      const a = find(s);
      if (a && a.startsWith('s-')) return a;
    }
    return list.length ? find(list[0]) : null;
  };
  return {
    sentences: sentences.length,
    people: r.people.map((p) => ({
      name: p.name,
      ...(p.role ? { role: p.role } : {}),
      aliases: p.aliases,
      id: ids.person(entityKey(p.name)) ?? null,
      anchor: firstAnchor(p.sentences),
      sentences: p.sentences.map((text) => ({ text, anchor: find(text) })),
    })),
    organizations: r.organizations.map((o) => ({ name: o.name, id: ids.organization(entityKey(o.name)) ?? null, anchor: firstAnchor(o.sentences) })),
    places: r.places.map((o) => ({ name: o.name, id: ids.place(entityKey(o.name)) ?? null, anchor: firstAnchor(o.sentences) })),
    dates: r.dates.map((d) => ({ ...d, anchor: find(d.sentence) })),
    quotes: r.quotes.map((q) => ({ speaker: q.speaker, speakerId: pid(q.speaker), text: q.text, anchor: find(q.sentence) })),
    claims: r.claims.map((c) => ({
      claimant: c.claimant,
      claimantId: pid(c.claimant),
      ...(c.via ? { via: c.via } : {}),
      stance: c.stance,
      ...(c.subject ? { subject: c.subject } : {}),
      subjectId: pid(c.subject),
      text: c.text,
      anchor: find(c.sentence),
    })),
  };
}

export { refOf };
