/**
 * A person across the archive: every article naming them, their quotes, the claims they make
 * and the claims about them, the dates mentioned in sentences that name them, and the people
 * they may be (never merged: only pointed at). One pass over the articles.
 */
import type { ArchiveEntity, ArticleRef } from './entities.js';
import { refOf } from './entities.js';
import type { FactClaim, SiteArticle } from './articles.js';

export interface PersonQuote {
  text: string;
  article: ArticleRef;
  anchor: string | null;
}
export interface PersonClaim extends FactClaim {
  article: ArticleRef;
}
export interface PersonMention {
  article: ArticleRef;
  /** As the article names them, and the role it gives. */
  role?: string;
  mentions: number;
  sentences: { text: string; anchor: string | null }[];
}
export interface PersonEvent {
  value: string;
  end?: string;
  text: string;
  article: ArticleRef;
  anchor: string | null;
}

export interface PersonDetail {
  quotes: PersonQuote[];
  claimsBy: PersonClaim[];
  claimsAbout: PersonClaim[];
  /** Their mentions by publication date, oldest first. */
  appearances: PersonMention[];
  /** Dates mentioned in sentences that name them, in time order. */
  events: PersonEvent[];
  /** Other people who may be the same person (a single name and a full name with a matching role). */
  maybe: { id: string; name: string }[];
}

const ROLE_WORD = /[\p{L}]{4,}/gu;
const ROLE_STOP = new Set(['former', 'china', "china's", 'canada', 'senior', 'deputy', 'acting']);

function roleWords(roles: string[]): Set<string> {
  const out = new Set<string>();
  for (const r of roles) for (const m of r.toLowerCase().replace(/-/g, ' ').matchAll(ROLE_WORD)) if (!ROLE_STOP.has(m[0])) out.add(m[0]);
  return out;
}

/**
 * A person known by one name only ("Han", from "Consul General Han") may be a person with a
 * full name of which it is a part ("Han Tao") when both have a role and their roles share a
 * word ("Consul General", "consul-general in Toronto"). The two stay apart; each page points
 * at the other. Compared through an index of name parts: no scan over every pair of people.
 */
export function possiblySame(people: ArchiveEntity[]): Map<string, { id: string; name: string }[]> {
  const byPart = new Map<string, ArchiveEntity[]>();
  for (const p of people) {
    const parts = p.key.split(' ');
    if (parts.length < 2 || !p.roles.length) continue;
    for (const part of parts) {
      const list = byPart.get(part) ?? [];
      list.push(p);
      byPart.set(part, list);
    }
  }
  const out = new Map<string, { id: string; name: string }[]>();
  const add = (a: ArchiveEntity, b: ArchiveEntity) => {
    const list = out.get(a.id) ?? [];
    if (!list.some((x) => x.id === b.id)) list.push({ id: b.id, name: b.name });
    out.set(a.id, list);
  };
  for (const p of people) {
    if (p.key.includes(' ') || !p.roles.length) continue;
    const words = roleWords(p.roles);
    for (const q of byPart.get(p.key) ?? []) {
      const theirs = roleWords(q.roles);
      if ([...words].some((w) => theirs.has(w))) {
        add(p, q);
        add(q, p);
      }
    }
  }
  return out;
}

export function peopleDetails(articles: SiteArticle[], people: ArchiveEntity[]): Map<string, PersonDetail> {
  const byId = new Map(people.map((p) => [p.id, p]));
  const maybe = possiblySame(people);
  const details = new Map<string, PersonDetail>();
  const detail = (id: string | null): PersonDetail | null => {
    const p = id ? byId.get(id) : undefined;
    if (!p) return null;
    let d = details.get(p.id);
    if (!d) {
      d = { quotes: [], claimsBy: [], claimsAbout: [], appearances: [], events: [], maybe: maybe.get(p.id) ?? [] };
      details.set(p.id, d);
    }
    return d;
  };
  const oldestFirst = [...articles].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id.localeCompare(b.id));
  for (const a of oldestFirst) {
    const ref = refOf(a);
    a.facts.quotes.forEach((q) => detail(q.speakerId)?.quotes.push({ text: q.text, article: ref, anchor: q.anchor }));
    for (const c of a.facts.claims) {
      detail(c.claimantId)?.claimsBy.push({ ...c, article: ref });
      if (c.subjectId && c.subjectId !== c.claimantId) detail(c.subjectId)?.claimsAbout.push({ ...c, article: ref });
    }
    const datesByAnchor = new Map<string, number[]>();
    a.facts.dates.forEach((d, i) => {
      if (!d.anchor) return;
      const list = datesByAnchor.get(d.anchor) ?? [];
      list.push(i);
      datesByAnchor.set(d.anchor, list);
    });
    for (const fact of a.facts.people) {
      const d = detail(fact.id);
      if (!d) continue;
      const mentions = a.people.filter((p) => p.name === fact.name || fact.aliases.includes(p.name)).reduce((n, p) => n + p.mentions, 0) || 1;
      d.appearances.push({ article: ref, ...(fact.role ? { role: fact.role } : {}), mentions, sentences: fact.sentences.slice(0, 3) });
      const seen = new Set<number>();
      for (const s of fact.sentences) {
        for (const di of (s.anchor && datesByAnchor.get(s.anchor)) || []) {
          if (seen.has(di)) continue;
          seen.add(di);
          const date = a.facts.dates[di];
          d.events.push({ value: date.value, ...(date.end ? { end: date.end } : {}), text: date.text, article: ref, anchor: date.anchor });
        }
      }
    }
  }
  for (const d of details.values()) d.events.sort((x, y) => x.value.localeCompare(y.value) || x.article.id.localeCompare(y.article.id));
  return details;
}
