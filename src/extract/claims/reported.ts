/**
 * Reported speech with the claimant before the verb: "X said (that) ...", "X told Y that ...",
 * "X denied ...", "X called for ...", "X, citing Y, reported that ...", "Dong emailed the outlet, saying ...".
 */
import type { IngestedDoc, Sentence } from '../../types.js';
import { SPEECH_VERB, speechVerb } from '../attribution/verbs.js';
import { subjectAtStart, subjectBefore, type SubjectPhrase } from '../attribution/subject.js';
import { isDocumentPhrase } from '../attribution/kind.js';
import { trimContent, type Candidate, type ClaimParser } from './candidate.js';

/** A negated or refused verb: "have not said", "never claimed", "declined to say". */
const NEGATED = /\b(?:not|never|n['’]t|declined\s+to|refused\s+to|did\s+not|has\s+yet\s+to)\s+(?:\w+ly\s+)?$/i;
/** The verb inside a condition: "If the mayor says ...", "Unless officials confirm ...". */
const HYPOTHETICAL = /(?:^|[,;]\s*)(?:if|unless|whether|should|suppose|supposing|were)\s[^,;]*$/i;
/** A question: "Did the senator say ...?", "Would the governor argue ...?". */
const QUESTION = /^\s*(?:did|does|do|would|will|could|can|should|has|have|is|was|why|what|who|how)\b[^.!]*\?\s*$/i;
/** "is", "are", "was", "were" (and "still", "now") right before a verb in -ing. */
const PROGRESSIVE = /\b(?:is|are|was|were|been)\s+(?:still\s+|now\s+|also\s+)?$/i;
/** An auxiliary right after a verb form: the form was a noun ("reports have", "claims were"). */
const NOUN_THEN_VERB = /^\s+(?:have|has|had|is|are|was|were|will|would|could|can|may|might|did|do|does)\b/;
/** An infinitive of intention or claim: "plans to close", "claims to have seen". */
const INFINITIVE = /^\s+(?:not\s+)?to\s+(?=\p{Ll})/u;

/** "Global News broke a story reporting that": the outlet behind the story. */
const STORY_BY =
  /(\p{Lu}[\p{L}\p{N}&'’.]*(?:\s+(?:and\s+|of\s+|the\s+)?\p{Lu}[\p{L}\p{N}&'’.]*)*)\s+(?:broke|published|ran|released|aired|issued|carried|posted)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:story|report|article|piece|investigation)(?:\s+that)?\s*$/u;
/** "Citing anonymous national security sources, Global News reported ...". */
const LEADING_CITING = /^(?:citing|quoting)\s+([^,]{3,100}),/i;
/** "that" within the next words: "said in a statement that", "told LifeSiteNews recently that". */
const THAT_SOON = /^((?:\s+(?!that\b)[^\s,"“”]+){0,9}?)\s+that,?\s+/u;
/** The hearer of "told": a name, "reporters", "the BBC", a pronoun. */
const HEARER =
  /^\s+(?:(?:the|a|an)\s+)?(?:(?:\p{Lu}[\p{L}\p{N}.&'’-]*|[a-z]+)\s+)??(?:\p{Lu}[\p{L}\p{N}.&'’-]*|reporters|journalists|him|her|them|us|me|parliament|lawmakers|investors|analysts|the\s+[a-z]+)(?=\s)/u;
const PASSIVE_AUXILIARY = /\b(?:is|was|were|are|been|be|being)\s+(?:also\s+|widely\s+|repeatedly\s+)?$/i;
/** "... and said", ", but stated": a second verb of the same subject. */
const COORDINATED = /,?\s+(?:and|but)(?:\s+(?:also|then|later))?\s*$/;
/** Nothing but a time or a channel after the verb. */
const TIME_ONLY = /^\s*(?:(?:on|in|at|during|yesterday|today|tonight|last|this|earlier|later|late|early)\b[^,;]{0,30})?[.!]?\s*$/i;
/** `said "perhaps" the vote "deserves a second look."`: a short quoted word inside reported words. */
const MIXED_QUOTE = /^\s*["“][^"“”]{1,40}["”]\s+\p{Ll}/u;
/** Direct speech follows: a quotation the quote extractor reads. */
const DIRECT_SPEECH = /^\s*[,:]?\s*["“]/;

function inQuote(at: number, quoted: { start: number; end: number }[]): boolean {
  return quoted.some((q) => at >= q.start - 1 && at <= q.end);
}

function subjectFor(verb: string, prefix: string): SubjectPhrase | null {
  const story = STORY_BY.exec(prefix);
  if (story) return { text: story[1], start: story.index };
  if (/ing$/.test(verb) && /,\s*$/.test(prefix)) return subjectAtStart(prefix.replace(/,\s*$/, ''), true);
  // "Apple is planning to ...", "AppleInsider is claiming that ...": a progressive, the subject before "is".
  if (/ing$/.test(verb) && PROGRESSIVE.test(prefix)) return subjectBefore(prefix);
  if (/ing$/.test(verb)) return null;
  // "Jobs welcomed everyone to the event and announced that ...": the subject of the first verb.
  const coordinated = COORDINATED.exec(prefix);
  if (coordinated) return subjectAtStart(prefix.slice(0, coordinated.index), true);
  return subjectBefore(prefix);
}

export const reportedSpeech: ClaimParser = {
  name: 'reported',
  parse(sentence: Sentence, doc: IngestedDoc, quoted) {
    const out: Candidate[] = [];
    const s = sentence.text;
    const citing = LEADING_CITING.exec(s);
    for (const m of s.matchAll(SPEECH_VERB)) {
      const verbAt = sentence.start + m.index!;
      if (inQuote(verbAt, quoted)) continue;
      const verb = speechVerb(m[1]);
      if (!verb) continue;
      // "it was alleged by sources that ...": a passive, read by passive.ts.
      if (!/ing$/.test(m[1]) && PASSIVE_AUXILIARY.test(s.slice(0, m.index))) continue;
      // "have not said why ...", "If the mayor says ...", "Did the senator say ...?": nothing was said.
      if (NEGATED.test(s.slice(0, m.index)) || HYPOTHETICAL.test(s.slice(0, m.index)) || QUESTION.test(s)) continue;
      const subject = subjectFor(m[1], s.slice(0, m.index));
      if (!subject) continue;
      let restAt = m.index! + m[0].length;
      let rest = s.slice(restAt);
      // "Recent reports have revealed ...": the verb form is the subject's noun.
      if (NOUN_THEN_VERB.test(rest)) continue;
      if (DIRECT_SPEECH.test(rest) && !MIXED_QUOTE.test(rest)) continue;
      const infinitive = INFINITIVE.exec(rest);
      const that = infinitive ? null : THAT_SOON.exec(rest);
      // "The poll found ...", "filings show ...": without "that", only a document's verb.
      if (verb.documentary && !that && !isDocumentPhrase(subject.text)) continue;
      if (infinitive) {
        if (verb.takes !== 'to' && verb.stance !== 'alleges' && verb.stance !== 'calls-for') continue;
        const to = infinitive[0].lastIndexOf('to');
        restAt += to;
        rest = rest.slice(to);
      } else if (that) {
        restAt += that[0].length;
        rest = rest.slice(that[0].length);
      } else if (verb.takes === 'that' || (verb.takes === 'clause' && verb.stance === 'believes' && /^\s+(?:about|of|so|it\b)/.test(rest))) {
        continue;
      } else if (verb.hearer) {
        const h = HEARER.exec(rest);
        if (!h) continue;
        restAt += h[0].length;
        rest = rest.slice(h[0].length);
      }
      // "..., the company said on Monday.": the attribution closes the sentence (trailing.ts reads it).
      if (!that && !infinitive && (TIME_ONLY.test(rest) || /^\s*,/.test(rest) || rest.trim().split(/\s+/).length < 3)) continue;
      const lead = rest.length - rest.trimStart().length;
      const text = trimContent(rest);
      if (text.split(/\s+/).length < 2 || (!that && DIRECT_SPEECH.test(rest) && !MIXED_QUOTE.test(rest))) continue;
      out.push({
        phrase: subject.text,
        at: sentence.start + subject.start,
        stance: verb.stance,
        cue: m[1].replace(/\s+/g, ' '),
        text,
        textAt: sentence.start + restAt + lead,
        via: subject.via ?? citing?.[1].trim(),
        how: 'reported',
        sentence,
      });
    }
    return out;
  },
};
