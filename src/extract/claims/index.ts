/**
 * Claims: reported statements, allegations, denials and calls for action, each with its claimant.
 * Parsers read candidates from each sentence; refiners chain them ("Global News reported that
 * sources told them that ..." → claimant Global News via the sources), resolve claimants and
 * subjects to the article's people and organisations, and set the stance.
 */
import type { Claim } from '../../types.js';
import type { ExtractContext, Extractor } from '../context.js';
import { SpeakerResolver } from '../attribution/resolve.js';
import { isUnnamedWrittenSource, sourceKind } from '../attribution/kind.js';
import { quoteSpans } from '../quotes/spans.js';
import type { Candidate, ClaimParser } from './candidate.js';
import { reportedSpeech } from './reported.js';
import { trailingAttribution } from './trailing.js';
import { accordingTo } from './according.js';
import { passiveAllegation } from './passive.js';
import { interposedAttribution } from './interposed.js';
import { selfNegationDenies, unnamedSourcesAllege } from './stance.js';

export const CLAIM_PARSERS: readonly ClaimParser[] = [accordingTo, reportedSpeech, passiveAllegation, trailingAttribution, interposedAttribution];

const PRONOUN = /^(?:he|she|they|it|him|her)$/i;
/** Where a cut content ends: ", however, he denied" → drop ", however,". */
const DANGLING = /[\s,;–—-]*(?:\b(?:however|but|and|while|although|though|yet|so)\b[\s,]*)*$/i;
/** Pronouns at the start of a content, or the object of a denial ("the accusations against him"). */
const CONTENT_PRONOUN = /^(?:he|she|his|her|they|their)\b|\b(?:against|about|of)\s+(him|her)\b/i;
const CONTENT_NAME = /^(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:of\s+|and\s+|the\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*)*)/u;

/** Chains nested reports and cuts a content where the next attribution starts. */
function chain(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => Math.min(a.at, a.textAt) - Math.min(b.at, b.textAt));
  const dropped = new Set<Candidate>();
  // "..., said Mike Gikas of Consumer Reports.": the speaker is no content of a "said" read forwards.
  for (const t of sorted.filter((x) => x.how === 'trailing')) {
    for (const c of sorted) if (c !== t && c.how === 'reported' && c.textAt <= t.at && c.textAt + c.text.length >= t.at) dropped.add(c);
  }
  for (const c of sorted) {
    if (dropped.has(c)) continue;
    for (const inner of sorted) {
      if (inner === c || dropped.has(inner)) continue;
      const innerStart = inner.how === 'passive' ? inner.textAt : inner.at;
      const end = c.textAt + c.text.length;
      if (c.how === 'according' && innerStart >= c.textAt && innerStart <= c.textAt + 4 && inner.at >= c.textAt && inner.how === 'reported') {
        // "According to ABC News, Basya also believes ...": Basya holds it, through ABC News.
        inner.via = [inner.via, c.phrase].filter(Boolean).join('; ');
        dropped.add(c);
        break;
      } else if (innerStart >= c.textAt && innerStart <= c.textAt + 4 && inner.at >= c.textAt && (inner.stance === 'believes' || inner.stance === 'plans')) {
        // "told reporters that he felt the best option was ...": the belief is what was said.
        dropped.add(inner);
      } else if (innerStart >= c.textAt && innerStart <= c.textAt + 4 && inner.at >= c.textAt) {
        // "reporting that two national security sources told them that ..."
        c.via = [c.via, inner.phrase].filter(Boolean).join('; ') || undefined;
        c.text = inner.text;
        c.textAt = inner.textAt;
        if (inner.stance !== 'states') c.stance = inner.stance;
        dropped.add(inner);
      } else if (inner.at > c.textAt && inner.at < end && inner.how !== 'passive' && c.how !== 'trailing') {
        // "Dong admitted that ..., however, he denied that ...": two claims.
        c.text = c.text.slice(0, inner.at - c.textAt).replace(DANGLING, '');
      }
    }
  }
  return sorted.filter((c) => !dropped.has(c) && c.text.split(/\s+/).length >= 2);
}

function sameClaim(a: Claim, b: Claim): boolean {
  return a.sentence === b.sentence && (a.text.includes(b.text) || b.text.includes(a.text));
}

export function findClaims(ctx: ExtractContext): Claim[] {
  const spans = quoteSpans(ctx.doc);
  const resolver = new SpeakerResolver(ctx.doc, ctx.result, spans);
  for (const q of ctx.result.quotes) if (q.speaker && /^\p{Lu}/u.test(q.speaker)) resolver.learn(q.speaker, resolver.kindOf(q.speaker));
  const cands: Candidate[] = [];
  for (const s of ctx.doc.sentences) {
    const found: Candidate[] = [];
    for (const p of CLAIM_PARSERS) found.push(...p.parse(s, ctx.doc, spans));
    cands.push(...chain(found));
  }
  // Names before pronouns, so that "he" can point back to a claimant the entity list missed.
  const claimant = new Map<Candidate, string | null>();
  for (const c of cands) {
    if (!c.phrase || PRONOUN.test(c.phrase)) continue;
    const names = resolver.namesIn(c.phrase);
    // "Recent reports have revealed ...": a document is named by what it is, not resolved to a name.
    const r = isUnnamedWrittenSource(c.phrase) ? c.phrase.replace(/^(?:the|a|an)\s+/i, '') : resolver.resolve(c.phrase, c.at);
    claimant.set(c, r);
    if (r) resolver.noteSpeaker(r, c.at);
    if (r && resolver.knows(r) === false && /^\p{Lu}/u.test(r) && names.length === 0) resolver.learn(r, resolver.kindOf(r));
  }
  const out: Claim[] = [];
  /** The claims kept so far by evidence sentence: a repeat can only come from the same sentence. */
  const bySentence = new Map<string | undefined, Claim[]>();
  let lastAllegation: Claim | null = null;
  for (const c of cands) {
    let who = c.phrase ? (claimant.get(c) ?? resolver.resolve(c.phrase, c.at)) : null;
    if (who && !claimant.has(c)) resolver.noteSpeaker(who, c.at);
    let via = c.via;
    if (!c.phrase && lastAllegation) {
      // "Dong is also alleged to have told ...": the allegation goes on from the last source that made one.
      who = lastAllegation.claimant;
      via = lastAllegation.via;
    }
    if (!who) continue;
    // "a series of reports by Global News and the Globe and Mail": one claim per named source.
    const named = !/^\p{Lu}/u.test(who) && /\bby\b/.test(who) ? resolver.namesIn(who) : [];
    for (const name of named.length ? named : [who]) {
      const claim: Claim = { claimant: name, stance: c.stance, text: c.text, sentence: c.sentence.text, sentenceIndex: c.sentence.index };
      claim.claimantKind = sourceKind(named.length ? name : c.phrase || name, name, (n) => resolver.kindOf(n) === 'org');
      if (c.cue) claim.cue = c.cue;
      if (named.length) via = via ?? c.phrase.replace(/\s+by\s+.*$/, '');
      if (via) claim.via = via;
      const subject = subjectOf(c, resolver, name);
      if (subject) claim.subject = subject;
      const same = bySentence.get(claim.sentence) ?? bySentence.set(claim.sentence, []).get(claim.sentence)!;
      if (!same.some((o) => sameClaim(o, claim) && o.claimant === claim.claimant)) {
        out.push(claim);
        same.push(claim);
      }
      if (claim.stance === 'alleges') lastAllegation = claim;
    }
  }
  unnamedSourcesAllege(out);
  selfNegationDenies(out);
  return out;
}

/** Who the claim is about: the person or organisation that opens its content, or the one a pronoun points to. */
function subjectOf(c: Candidate, resolver: SpeakerResolver, claimant: string): string | undefined {
  const name = CONTENT_NAME.exec(c.text);
  if (name) {
    const r = resolver.namesIn(name[1])[0];
    if (r) return r;
  }
  const p = CONTENT_PRONOUN.exec(c.text);
  if (p) {
    const at = c.textAt + p.index;
    const r = resolver.nearest(at, 'person');
    if (r) return r;
    if (c.stance === 'denies') return claimant;
  }
  return undefined;
}

export const claims: Extractor = {
  name: 'claims',
  run(ctx) {
    ctx.result.claims = findClaims(ctx);
  },
};
