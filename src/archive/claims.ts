/**
 * Claims across articles: the same claim carried by several articles becomes one group, and a
 * denial is linked to the allegation it answers. Pure: the same articles always give the same
 * groups, in the same order, with the same ids.
 *
 * Two claims are the same when their claimants are the same (case, "the" and apostrophes aside),
 * their stances are the same, and their contents share enough content words after stemming
 * (more leniently when both are about the same subject). A denial answers an allegation about
 * its claimant (or its subject) when their contents overlap.
 */
import type { Claim, SourceKind, Stance } from '../types.js';
import { hashOf } from '../lib/hash.js';

export interface ClaimArticle {
  id: string;
  title: string;
  published: string | null;
  claims: Claim[];
}

export interface ClaimRef {
  articleId: string;
  claim: Claim;
}

export interface ClaimGroup {
  /** Stable slug: claimant, stance and the first content words ("global-news-alleges-dong-advised-chinese"). */
  id: string;
  claimant: string;
  /** What the claimant is (a document or poll "shows"), from the earliest article. */
  claimantKind?: SourceKind;
  stance: Stance;
  subject?: string;
  /** The wording of the earliest article that carries it. */
  text: string;
  carriedBy: ClaimRef[];
  /** Denials that answer this claim (for allegations, reports and statements about a subject). */
  deniedBy?: ClaimRef[];
  /** For a denial: the ids of the groups it answers. */
  answers?: string[];
}

/** Share of the smaller content's words found in the other one, for the same claim. */
const SAME_CLAIM = 0.5;
/** Lower bar when both claims are about the same subject. */
const SAME_CLAIM_SAME_SUBJECT = 0.25;
/** A denial answers an allegation when this share of its words (or at least two) appear there. */
const ANSWERS = 0.15;
const MIN_SHARED = 2;

const STOPWORDS = new Set(
  (
    'a an the and or but of to in on at by for from with as into about over after before that this these those it its ' +
    'he she his her him they them their we our you your i me my is was were are be been being has have had do does did ' +
    'will would can could should may might must not no than then there which who whom whose what when where while if ' +
    'so such also any all some more most other only very just up out new two one said says say told according'
  ).split(' '),
);
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ied', 'ies', 'ed', 'es', 'ly', 's', 'e'];

/** A light suffix stemmer: "delaying", "delayed", "delays" → "delay"; "releasing", "release" → "releas". */
export function stem(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  for (const s of SUFFIXES) {
    if (w.length - s.length >= 4 && w.endsWith(s)) {
      w = w.slice(0, -s.length);
      if (s === 'ied' || s === 'ies') w += 'y';
      break;
    }
  }
  return w;
}

export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (STOPWORDS.has(w) || w.length < 2) continue;
    out.add(stem(w));
  }
  return out;
}

export function overlap(a: Set<string>, b: Set<string>): { shared: number; share: number } {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const smaller = Math.min(a.size, b.size);
  return { shared, share: smaller === 0 ? 0 : shared / smaller };
}

function claimantKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

interface Draft {
  claimant: string;
  stance: Stance;
  subject?: string;
  words: Set<string>;
  refs: { ref: ClaimRef; published: string; order: number }[];
}

/**
 * Whether a claim is a draft's claim, given the number of content words they share: the claimant
 * and stance are the same already (the draft is in the claim's bucket).
 */
function sameClaim(d: Draft, c: Claim, shared: number, words: Set<string>): boolean {
  if (d.subject && c.subject && d.subject === c.subject) {
    // Two denials by the same person about himself are one denial, however they are worded.
    if (c.stance === 'denies' && c.subject === c.claimant) return true;
    if (shared < MIN_SHARED) return false;
    return shared / Math.min(d.words.size, words.size) >= SAME_CLAIM_SAME_SUBJECT;
  }
  if (shared < MIN_SHARED) return false;
  return shared / Math.min(d.words.size, words.size) >= SAME_CLAIM;
}

/** The drafts of one claimant and stance, with the drafts holding each word and each subject. */
interface Bucket {
  drafts: Draft[];
  byWord: Map<string, number[]>;
  /** The first draft with each subject. */
  bySubject: Map<string, number>;
}

function addWords(bucket: Bucket, at: number, words: Iterable<string>): void {
  const d = bucket.drafts[at];
  for (const w of words) {
    if (d.words.has(w)) continue;
    d.words.add(w);
    const list = bucket.byWord.get(w);
    if (list) list.push(at);
    else bucket.byWord.set(w, [at]);
  }
}

function setSubject(bucket: Bucket, at: number, subject: string | undefined): void {
  const d = bucket.drafts[at];
  if (d.subject || !subject) return;
  d.subject = subject;
  const first = bucket.bySubject.get(subject);
  if (first === undefined || at < first) bucket.bySubject.set(subject, at);
}

/**
 * The first draft of the bucket that is the claim's: only drafts sharing a word with it (found
 * through the bucket's word index), or with its subject for a denial about its claimant, can be.
 */
function findSame(bucket: Bucket, c: Claim, words: Set<string>): number {
  const shared = new Map<number, number>();
  for (const w of words) for (const at of bucket.byWord.get(w) ?? []) shared.set(at, (shared.get(at) ?? 0) + 1);
  let found = -1;
  const consider = (at: number, n: number) => {
    if ((found < 0 || at < found) && sameClaim(bucket.drafts[at], c, n, words)) found = at;
  };
  for (const [at, n] of shared) consider(at, n);
  if (c.stance === 'denies' && c.subject && c.subject === c.claimant) {
    const at = bucket.bySubject.get(c.subject);
    if (at !== undefined) consider(at, shared.get(at) ?? 0);
  }
  return found;
}

export function linkClaims(articles: ClaimArticle[]): ClaimGroup[] {
  const drafts: Draft[] = [];
  // Only claims with the same claimant and stance can be the same claim: look among those alone,
  // and there only at the drafts sharing words with it, so that linking stays near linear.
  const buckets = new Map<string, Bucket>();
  const ordered = [...articles].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id.localeCompare(b.id));
  let order = 0;
  for (const article of ordered) {
    for (const claim of article.claims) {
      const words = contentWords(claim.text);
      const ref = { ref: { articleId: article.id, claim }, published: article.published ?? '9999', order: order++ };
      const bucketKey = `${claimantKey(claim.claimant)}|${claim.stance}`;
      let bucket = buckets.get(bucketKey);
      if (!bucket) buckets.set(bucketKey, (bucket = { drafts: [], byWord: new Map(), bySubject: new Map() }));
      const at = findSame(bucket, claim, words);
      if (at >= 0) {
        const d = bucket.drafts[at];
        // The same article carrying the same claim twice counts once (an article's claims come
        // one after another, so its earlier ref would be the last one).
        if (d.refs[d.refs.length - 1].ref.articleId !== article.id) d.refs.push(ref);
        addWords(bucket, at, words);
        setSubject(bucket, at, claim.subject);
      } else {
        const draft: Draft = { claimant: claim.claimant, stance: claim.stance, words: new Set(), refs: [ref] };
        drafts.push(draft);
        bucket.drafts.push(draft);
        addWords(bucket, bucket.drafts.length - 1, words);
        setSubject(bucket, bucket.drafts.length - 1, claim.subject);
      }
    }
  }
  const ids = new Set<string>();
  const groups = drafts.map((d): ClaimGroup & { words: Set<string> } => {
    const first = d.refs[0].ref.claim;
    const lead = (first.text.match(WORD) ?? []).filter((w) => !STOPWORDS.has(w.toLowerCase())).slice(0, 4);
    const base = slug(`${d.claimant} ${d.stance} ${lead.join(' ')}`) || 'claim';
    // A collision is told apart by what the claim is, not by its rank, so ids survive new articles.
    let id = base;
    if (ids.has(id)) id = `${base}-${hashOf(`${d.refs[0].ref.articleId}\n${first.text}`, { length: 8 })}`;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    const g: ClaimGroup & { words: Set<string> } = {
      id,
      claimant: d.claimant,
      stance: d.stance,
      text: first.text,
      carriedBy: d.refs.map((r) => r.ref),
      words: d.words,
    };
    if (d.subject) g.subject = d.subject;
    if (first.claimantKind) g.claimantKind = first.claimantKind;
    return g;
  });
  // A denial answers what others claimed about its claimant (or its subject).
  const bySubject = new Map<string, (ClaimGroup & { words: Set<string> })[]>();
  for (const g of groups) {
    if (!g.subject || g.stance === 'denies' || g.stance === 'calls-for') continue;
    const list = bySubject.get(g.subject);
    if (list) list.push(g);
    else bySubject.set(g.subject, [g]);
  }
  for (const denial of groups.filter((g) => g.stance === 'denies')) {
    const about = [...new Set([denial.claimant, denial.subject].filter((x): x is string => Boolean(x)))];
    for (const g of about.flatMap((a) => bySubject.get(a) ?? [])) {
      if (claimantKey(g.claimant) === claimantKey(denial.claimant)) continue;
      const { shared, share } = overlap(denial.words, g.words);
      if (shared < MIN_SHARED || share < ANSWERS) continue;
      (g.deniedBy ??= []).push(...denial.carriedBy);
      (denial.answers ??= []).push(g.id);
    }
  }
  return groups.map(({ words: _words, ...g }) => g).sort((a, b) => b.carriedBy.length - a.carriedBy.length || a.id.localeCompare(b.id));
}
