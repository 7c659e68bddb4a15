/**
 * One article as its page shows it: every fact with the anchor of its sentence in the body and
 * the id of the archive page it links to, and its related articles. Computed once per article.
 */
import type { ArticleRecord } from '../write/schema.js';
import type { Entity, Stance } from '../types.js';
import type { EvidenceLocator } from './sentences.js';
import { bodySentences, evidenceLocator } from './sentences.js';
import { plainText } from '../write/markdown.js';
import { sentenceStarts } from '../lib/anchors.js';
import { entityKey, type ArticleRef } from './entities.js';
import type { ResolvedMention } from './resolve/index.js';

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
  /** A hash of the record file's text, when the site read it from one (src/site/records.ts SiteRecord). */
  contentHash?: string;
  facts: ArticleFacts;
  related: RelatedArticle[];
  story: { id: string; names: string[] } | null;
  /** The article published before it and the one after (archive order), for the page's links. */
  previous: ArticleRef | null;
  next: ArticleRef | null;
}

/**
 * Where each item of a record sits in its body: the sentence anchors its page links to. Depends on
 * the record alone, so a build can keep it with the parsed record (src/site/records.ts).
 */
export interface ArticleAnchors {
  sentences: number;
  /** Where each sentence starts in the search's plain text of the body (src/lib/anchors.ts). */
  starts: number[];
  people: { anchor: string | null; sentences: (string | null)[] }[];
  organizations: (string | null)[];
  places: (string | null)[];
  dates: (string | null)[];
  quotes: (string | null)[];
  claims: (string | null)[];
}

/** The anchors of an entity's evidence sentences (its indexes read only when they pair with its sentences one to one). */
function entitySentenceAnchors(e: Entity, find: EvidenceLocator): (string | null)[] {
  const indexes = e.sentenceIndexes?.length === e.sentences.length ? e.sentenceIndexes : undefined;
  return e.sentences.map((s, k) => find(s, indexes?.[k]));
}

/** The anchor an entity links to: its first evidence sentence in the body, else its first evidence (the headline, the dek). */
function firstBodyAnchor(anchors: (string | null)[]): string | null {
  return anchors.find((a) => a?.startsWith('s-')) ?? anchors[0] ?? null;
}

export function articleAnchors(r: ArticleRecord): ArticleAnchors {
  const sentences = bodySentences(r.body);
  const find = evidenceLocator(sentences, r);
  const entity = (e: Entity) => firstBodyAnchor(entitySentenceAnchors(e, find));
  return {
    sentences: sentences.length,
    starts: sentenceStarts(
      plainText(r.body),
      sentences.map((s) => s.text),
    ),
    people: r.people.map((p) => {
      const all = entitySentenceAnchors(p, find);
      return { anchor: firstBodyAnchor(all), sentences: all };
    }),
    organizations: r.organizations.map(entity),
    places: r.places.map(entity),
    dates: r.dates.map((d) => find(d.sentence, d.sentenceIndex)),
    quotes: r.quotes.map((q) => find(q.sentence, q.sentenceIndex)),
    claims: r.claims.map((c) => find(c.sentence, c.sentenceIndex)),
  };
}

/** A resolved entity's page: its type and id (src/archive/resolve). */
export interface EntityRef {
  kind: 'person' | 'organization' | 'place';
  id: string;
}

/**
 * What an article's page shows beside its text. Its people, organisations and places are the
 * resolved ones (`mentions`, from src/archive/resolve): each in the list of its resolved type, once
 * per entity, linking to that entity's page.
 */
export function articleFacts(
  r: ArticleRecord,
  mentions: ResolvedMention[],
  ref: (entity: number) => EntityRef,
  anchors: ArticleAnchors = articleAnchors(r),
): ArticleFacts {
  const anchorOf = (m: ResolvedMention): string | null => {
    for (const s of m.sources) {
      const a = s.list === 'people' ? anchors.people[s.index]?.anchor : anchors[s.list][s.index];
      if (a) return a;
    }
    return null;
  };
  const sentenceAnchor = new Map<string, string | null>();
  r.people.forEach((p, i) => p.sentences.forEach((t, k) => sentenceAnchor.set(t, anchors.people[i].sentences[k] ?? null)));
  const people: FactPerson[] = [];
  const organizations: FactEntity[] = [];
  const places: FactEntity[] = [];
  const personByForm = new Map<string, string>();
  for (const m of mentions) {
    const e = ref(m.entity);
    if (e.kind === 'person') {
      for (const f of [m.name, ...m.aliases]) if (!personByForm.has(entityKey(f))) personByForm.set(entityKey(f), e.id);
      people.push({
        name: m.name,
        ...(m.role ? { role: m.role } : {}),
        aliases: m.aliases,
        id: e.id,
        anchor: anchorOf(m),
        sentences: m.sentences.map((text) => ({ text, anchor: sentenceAnchor.get(text) ?? null })),
      });
    } else (e.kind === 'organization' ? organizations : places).push({ name: m.name, id: e.id, anchor: anchorOf(m) });
  }
  const pid = (name: string | null | undefined) => (name ? (personByForm.get(entityKey(name)) ?? null) : null);
  return {
    sentences: anchors.sentences,
    people,
    organizations,
    places,
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
