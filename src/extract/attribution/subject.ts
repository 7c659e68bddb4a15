/**
 * The noun phrase that speaks: read leftwards from a speech verb to the start of its clause.
 * "On February 17 when the Globe and Mail, citing CSIS documents, reported" → "the Globe and Mail"
 * (via "CSIS documents"); "Former Canadian ambassador to China, David Mulroney, told" → "David Mulroney".
 */
import { SPEECH_VERBS } from './verbs.js';
import { BETWEEN_SUBJECT_AND_VERB, CLAUSE_OPENER, DETERMINER, FINITE, NON_FINAL, RELATIVE_CLAUSE, ROLE_WORDS, SOURCE_HEADS } from './words.js';

export interface SubjectPhrase {
  /** The phrase as written. */
  text: string;
  /** Offset of the phrase in the text it was read from. */
  start: number;
  /** A source named in an interposed "citing ..." ("citing CSIS documents" → "CSIS documents"). */
  via?: string;
}

/** Where a clause may start: punctuation, a subordinator or a relative pronoun. */
const CLAUSE_BOUNDARY =
  /(?:[,;:([]|\s[–—]|\s--|\b(?:that|when|after|before|because|while|whereas|although|though|since|if|but|as|where|who|which|once|until|and then|even as|saying|meaning))(?=\s)/gi;
/** "someone familiar with the situation", "people close to the company". */
const UNNAMED_PERSON =
  /^(?:someone|somebody|people|a\s+person|one\s+person|those|a\s+source|sources)\s+(?:familiar|close|with\s+knowledge|briefed|involved)\b/i;
/** A source noun phrase followed by a participle that describes it. */
const PARTICIPLE_AFTER_SOURCE = /^(.+?)\s+(?:released|published|filed|obtained|issued|seen|reviewed|made\s+public|conducted|commissioned)\b.*$/s;
/** A noun phrase, "of", and more. */
const SOURCE_OF = /^(.+?)\s+of\s+\S/s;
const TRAILING_PRONOUN = /(?:^|\s)(he|she|they|we|I)\s*$/;
/** ", citing CSIS documents," / ", quoting officials," */
const CITING = /^\s*(?:citing|quoting)\s+(.+)$/i;
const PRONOUN = /^(?:he|she|they|it|we|i)$/i;
/** Capitalised at the start of a sentence, but never the first word of a speaker. */
const FUNCTION_STARTERS = new Set(
  (
    'there here what which when where why how if as but and or so yet also however meanwhile in on at after before since ' +
    'while although though because with without for from by to of according despite during under over instead then now ' +
    'still even just only such thus therefore furthermore moreover later earlier today yesterday tomorrow not'
  ).split(' '),
);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
/** Capitalised, or a name with a lower-case particle ("al-Amr", "bin Laden" is two words). */
const CAPITALISED = /^(?:[\p{Lu}\d]|(?:al|el|ad|as|ibn|abu|de|di|da|du|van|von|le|la|mac|mc|d|o)[-'’]\p{Lu})/u;

function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

/** Is `np` a plausible speaker: a name, a pronoun, or a described source ("two national security sources")? */
export function isSpeakerPhrase(np: string): boolean {
  // "Filings released Monday", "a report published by the agency": the source before its participle.
  const described = PARTICIPLE_AFTER_SOURCE.exec(np);
  if (described && isSourceHead(words(described[1]).at(-1) ?? '')) return isSpeakerPhrase(described[1]);
  // "PC World's recent analysis of its own web traffic statistics": a source noun and what it is of.
  const ofHead = SOURCE_OF.exec(np);
  if (ofHead && isSourceHead(words(ofHead[1]).at(-1) ?? '') && isSpeakerPhrase(ofHead[1])) return true;
  const w = words(np);
  if (w.length === 0 || w.length > 12) return false;
  if (w.length === 1 && PRONOUN.test(w[0])) return true;
  const first = w[0];
  const last = w[w.length - 1];
  if (FUNCTION_STARTERS.has(first.toLowerCase()) && !(w.length === 1 && PRONOUN.test(first))) return false;
  if (UNNAMED_PERSON.test(np)) return true;
  // "The New York Times reported": a verb inside is not part of a speaker.
  // "Recent reports", "the latest findings": a source noun that is also a verb form may end it.
  const inner = isSourceHead(last) ? w.slice(1, -1) : w.slice(1);
  if (inner.some((x) => SPEECH_VERBS.has(x) || (/^[a-z]+ed$/.test(x) && !SOURCE_HEADS.has(x)))) return false;
  if (NON_FINAL.has(last.toLowerCase())) return false;
  if (w.some((x) => FINITE.has(x.toLowerCase()) || PRONOUN.test(x))) return false;
  // "manager Neil Aspinall", "chief executive Noel Forgeard": a role in lower case, then the name.
  const role = w.findIndex((x) => !ROLE_WORDS.has(x.toLowerCase()));
  if (role > 0 && !CAPITALISED.test(first) && isName(w.slice(role).join(' '))) return true;
  // "team member Rodaba Noori", "editor at large Khaled Al-Maeena": a short lower-case description, then a full name.
  const named = w.findIndex((x) => CAPITALISED.test(x));
  if (
    named > 0 &&
    named <= 4 &&
    w.length - named >= 2 &&
    w.slice(0, named).every((x) => /^[a-z-]+$/.test(x) && !NON_FINAL.has(x)) &&
    isName(w.slice(named).join(' '))
  )
    return true;
  const lowerHead = !CAPITALISED.test(last);
  if (CAPITALISED.test(first)) {
    // "Dong", "Trudeau's office", "The company": a name or a capitalised description.
    if (!lowerHead) return true;
    return isSourceHead(last) || /['’]s$/.test(w[w.length - 2] ?? '') || (DETERMINER.has(first.toLowerCase()) && !/(?:ed|ing)$/.test(last));
  }
  if (DETERMINER.has(first.toLowerCase()))
    return (
      w.length >= 2 &&
      (isSourceHead(last) ||
        ROLE_WORDS.has(last.toLowerCase()) ||
        !lowerHead ||
        hasSourceHead(w) ||
        (w.length <= 4 && /[^s]s$/.test(last) && !/(?:ed|ing)$/.test(last)))
    );
  return isSourceHead(last) && w.length <= 4;
}

/** A noun that heads a source, singular or plural ("firms", "companies"). */
function isSourceHead(word: string): boolean {
  const w = word.toLowerCase();
  return SOURCE_HEADS.has(w) || SOURCE_HEADS.has(w.replace(/s$/, '')) || SOURCE_HEADS.has(w.replace(/ies$/, 'y'));
}

/** "a spokesman from China": the head is a source noun followed by of/from/for and a name. */
function hasSourceHead(w: string[]): boolean {
  const i = w.findIndex((x) => isSourceHead(x));
  return i > 0 && /^(?:of|from|for|at|with|in)$/i.test(w[i + 1] ?? '') && CAPITALISED.test(w[i + 2] ?? '');
}

/** Strips adverbs, auxiliaries and time words between the subject and its verb. */
function trimTail(s: string): string {
  let prev = '';
  let cur = s.trimEnd();
  while (cur !== prev) {
    prev = cur;
    cur = cur
      .replace(BETWEEN_SUBJECT_AND_VERB, '')
      .replace(/\s*\([^()]*\)$/, '')
      .trimEnd();
  }
  return cur;
}

/**
 * The subject of the speech verb that starts at the end of `prefix`, or null.
 * Offsets are relative to `prefix`.
 */
export function subjectBefore(prefix: string): SubjectPhrase | null {
  let text = trimTail(prefix);
  let via: string | undefined;
  let appositive: { text: string; start: number } | null = null;
  // Interposed ", meanwhile," / ", in its own comment," / ", citing X," / ", David Mulroney,".
  for (let guard = 0; guard < 3 && text.endsWith(','); guard++) {
    const body = text.slice(0, -1);
    const open = Math.max(body.lastIndexOf(','), body.lastIndexOf('('));
    if (open < 0) break;
    const inner = body.slice(open + 1);
    const cite = CITING.exec(inner);
    if (cite) via = cite[1].trim();
    else if (CAPITALISED.test(inner.trim()) && isSpeakerPhrase(inner.trim()) && !appositive && /^\s*[\p{Lu}]/u.test(inner)) {
      const lead = inner.length - inner.trimStart().length;
      appositive = { text: inner.trim(), start: open + 1 + lead };
    }
    text = trimTail(body.slice(0, open));
  }
  const np = phraseAtEnd(text);
  // "Former ambassador to China, David Mulroney, told": the name, not the description.
  if (appositive && isName(appositive.text) && (!np || !isName(np.text))) return { ...appositive, via };
  if (np) return { ...np, via };
  // "During his 2 hour speech he stated": a pronoun right before the verb.
  const pro = TRAILING_PRONOUN.exec(text);
  return pro ? { text: pro[1], start: pro.index + pro[0].indexOf(pro[1]), via } : null;
}

/** Every word capitalised, bar connectors: "Global News", "the Globe and Mail", "NDP Leader Jagmeet Singh". */
export function isName(np: string): boolean {
  const w = words(np.replace(/^the\s+/i, ''));
  return (
    w.length > 0 &&
    CAPITALISED.test(w[0]) &&
    w.every((x) => CAPITALISED.test(x) || /^(?:of|and|the|for|de|du|da|von|van|der|la|le|&)$/i.test(x) || /['’]s$/.test(x))
  );
}

/** The noun phrase that ends `text`, read back to the nearest clause boundary that gives one. */
function phraseAtEnd(text: string): { text: string; start: number } | null {
  const bounds = [0, ...[...text.matchAll(CLAUSE_BOUNDARY)].map((m) => m.index! + m[0].length)];
  for (let i = bounds.length - 1; i >= 0 && i >= bounds.length - 4; i--) {
    let start = bounds[i];
    let cand = text.slice(start);
    const lead = cand.length - cand.trimStart().length;
    start += lead;
    cand = cand.trim();
    const opener = CLAUSE_OPENER.exec(cand);
    if (opener) {
      start += opener[0].length;
      cand = cand.slice(opener[0].length);
    }
    cand = cand.replace(RELATIVE_CLAUSE, '').trim();
    if (!cand) continue;
    if (isSpeakerPhrase(cand)) return { text: cand, start };
    // A relative clause that we cut through: "the CSIS official who ... by China" → try earlier bounds.
  }
  return null;
}

/**
 * The subject at the start of `clause`: "Dong emailed the media outlet" → "Dong",
 * "Assistant Secretary of the Air Force Marvin Sambur defended ..." → the whole title and name.
 * Used for a participle ("..., saying ...") whose subject is that of the clause before it.
 */
export function subjectAtStart(clause: string, fromLeft = false): SubjectPhrase | null {
  const bounds = [0, ...[...clause.matchAll(CLAUSE_BOUNDARY)].map((m) => m.index! + m[0].length)];
  const order = fromLeft ? bounds : [...bounds].reverse();
  for (const bound of order) {
    let start = bound;
    let rest = clause.slice(start);
    start += rest.length - rest.trimStart().length;
    rest = rest.trim();
    const opener = CLAUSE_OPENER.exec(rest);
    if (opener) {
      start += opener[0].length;
      rest = rest.slice(opener[0].length);
    }
    const ws = [...rest.matchAll(/\S+/g)];
    for (let n = 1; n <= Math.min(12, ws.length - 1); n++) {
      const last = ws[n - 1][0];
      const next = ws[n][0];
      // "Chrysler, which has been hit ...": a relative clause or an appositive after the subject.
      const comma = /,$/.test(last) && /^(?:which|who|a|an|the)$/.test(next);
      if (!comma && !VERB_LIKE.test(next)) continue;
      const np = rest.slice(0, ws[n - 1].index! + last.length).replace(/,$/, '');
      if (isSpeakerPhrase(np)) return { text: np, start };
    }
  }
  return null;
}

/** A word that can follow a subject as its verb: an auxiliary or an inflected verb. */
const VERB_LIKE =
  /^(?:is|was|were|are|has|have|had|will|would|can|could|may|might|did|does|do|also|then|later|went|made|took|gave|said|told)$|^[a-z]+(?:ed|[^su]s)$/;
