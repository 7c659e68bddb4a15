/**
 * Who a speaker phrase names: the canonical person or organisation of the article
 * ("Dong" → "Han Dong", "Conservative Leader Pierre Poilievre" → "Pierre Poilievre",
 * "he" → the nearest person named before), or the phrase as written for unnamed sources
 * ("a spokesman from China", "Trudeau's office").
 */
import type { Extraction, IngestedDoc } from '../../types.js';
import { escapeRegExp } from '../../lib/regexp.js';
import { GROUP_PRONOUN, ORG_HEADS, PERSON_PRONOUN, ROLE_WORDS } from './words.js';
import { isName } from './subject.js';
import { EntityIndex } from '../entities/index.js';
import { intervalIndex, lowerBound, upperBound, type IntervalIndex } from '../offsets.js';
import { firstWord, wordPositions, wordSet } from '../word-positions.js';

export type Kind = 'person' | 'org';

interface Known {
  name: string;
  kind: Kind;
  forms: string[];
  /** Index in the list of known entities. */
  order: number;
}

interface Mention {
  at: number;
  name: string;
  kind: Kind;
  /** The entity's `order` and the form's index: mentions at one offset keep the order of learning. */
  order: number;
  form: number;
}

/** "the company", "the news outlet": a definite description that points back to an organisation. */
const ORG_ANAPHOR =
  /^the\s+(?:(?:news|media)\s+)?(?:company|firm|airline|carrier|automaker|carmaker|manufacturer|maker|bank|group|agency|ministry|department|newspaper|paper|outlet|network|broadcaster|website|organi[sz]ation|union|retailer|giant|conglomerate|insurer|lender|regulator)$/i;
/** "the MP", "the minister": a definite description that points back to a person. */
const PERSON_ANAPHOR =
  /^the\s+(?:mp|minister|senator|premier|mayor|governor|prime minister|president|chairman|chairwoman|chief executive|ceo|ambassador|judge|lawmaker|congressman|congresswoman|legislator|politician|executive|founder)$/i;
/** "Trudeau's office", "China's foreign ministry": a possession of a name, kept as written. */
// Words are separated by required white space: with `\s*` inside the repeat, a long lower-case
// word could be cut in exponentially many ways before the match fails (it hung on real text).
const POSSESSED = /^(.+?)['’]s\s+([a-z][\p{L}-]*(?:\s+[a-z][\p{L}-]*)*)\s*$/u;
/** "BBC's Nadine Yousif": the name after the possessive is the speaker. */
const POSSESSOR_NAME = /^(.+?)['’]s\s+(\p{Lu}.*)$/u;
/** "The Global News report", "a Reuters story": the outlet behind a text. */
const NAMED_TEXT =
  /^(?:the\s+|a\s+|an\s+)?(\p{Lu}[\p{L}\p{N}.&'’ -]*?)\s+(?:report|story|article|investigation|analysis|survey|study|documents?|statement|memo|release|broadcast|editorial)$/u;
const LEADING_THE = /^the\s+/i;
/** "Mike Gikas of Consumer Reports", "David Buik of BGC Partners": a person and where they work. */
const PERSON_OF_ORG = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}.*$/u;
/** "Chicago-based Boeing" → "Boeing". */
const BASED = /^\p{Lu}[\p{L}.-]*-based\s+(?=\p{Lu})/u;
/** "the US automobile manufacturer Ford", "United States airframer Boeing": a description, then the name. */
const DESCRIBED_NAME = /(?:^|\s)(?!(?:and|of|the|by|for|from|at|in|on|to|with)\s)[a-z][\p{L}-]*\s+((?:\p{Lu}[\p{L}\p{N}'’.&-]*\s+)*\p{Lu}[\p{L}\p{N}'’.&-]*)$/u;
/** "A statement from Apple Computer": the organisation speaks through its text. */
const TEXT_FROM =
  /^(?:a|an|the|in\s+a)\s+(?:[a-z]+\s+)?(?:statement|press\s+release|release|email|e-mail|letter|tweet|post|announcement|memo|message)\s+(?:from|by|issued\s+by)\s+(.+)$/i;
/** "Airbus chief executive Noel Forgeard": a role in lower case, then the name. */
const ROLE_THEN_NAME = /(?:^|\s)([a-z-]+)\s+((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’.-]+)$/u;
const ACRONYM = /^[A-Z]{2,6}s?$/;
/** How far back (characters) a pronoun or a description may point. */
const ANAPHOR_REACH = 1200;
/** How far back a speaker stays the one a pronoun points to (about two sentences). */
const SPEAKER_REACH = 400;

function isOrgName(name: string): boolean {
  const w = name.split(/\s+/);
  return ORG_HEADS.has(w[w.length - 1].toLowerCase()) || (w.length === 1 && ACRONYM.test(name));
}

/** A resolved name keeps the phrase's last word and is more than a generic word ("Corporation"). */
function plausible(phrase: string, name: string): boolean {
  const last = phrase
    .split(/\s+/)
    .at(-1)!
    .replace(/['’]s$/, '')
    .toLowerCase();
  const words = name.toLowerCase().split(/\s+/);
  if (words.length === 1 && (ORG_HEADS.has(words[0]) || ROLE_WORDS.has(words[0]))) return false;
  return words.includes(last) || ACRONYM.test(name) || ACRONYM.test(last);
}

/** Strips titles and roles written before a name: "NDP Leader Jagmeet Singh" → "Jagmeet Singh". */
export function stripRoles(np: string): string {
  const w = np.replace(LEADING_THE, '').split(/\s+/);
  let i = w.length;
  while (i > 0 && !ROLE_WORDS.has(w[i - 1].toLowerCase().replace(/\.$/, ''))) i--;
  if (i === 0 && w.some((x) => ROLE_WORDS.has(x.toLowerCase()))) i = w.findIndex((x) => ROLE_WORDS.has(x.toLowerCase())) + 1;
  let rest = w.slice(i);
  // "Secretary of the Air Force James Roche": after "of the ..." the last two words are the name.
  if (w.slice(0, i).length && rest.some((x) => /^(?:of|for|the|and)$/i.test(x)) && rest.length > 2) rest = rest.slice(-2);
  return rest.join(' ') || np.replace(LEADING_THE, '');
}

/**
 * A name form matches as a whole word: no letter or digit before it, no letter, digit or
 * apostrophe after it (a possessive "Trudeau's" is no mention). Tested with two shared sticky
 * expressions at the places where the form is written (indexOf), not with one compiled
 * expression per form: compiling those was the extractor's hottest spot.
 */
const WORD_BEFORE = /(?<=[\p{L}\p{N}])/uy;
const WORD_OR_APOSTROPHE_AT = /[\p{L}\p{N}'’]/uy;

function startsWord(text: string, at: number): boolean {
  WORD_BEFORE.lastIndex = at;
  return !WORD_BEFORE.test(text);
}

function endsWord(text: string, at: number): boolean {
  WORD_OR_APOSTROPHE_AT.lastIndex = at;
  return !WORD_OR_APOSTROPHE_AT.test(text);
}

/** Offset of the first whole-word occurrence of `form` in `text` at or after `from`, or -1. */
function wholeWordAt(text: string, form: string, from = 0): number {
  for (let i = text.indexOf(form, from); i >= 0; i = text.indexOf(form, i + 1)) {
    if (startsWord(text, i) && endsWord(text, i + form.length)) return i;
  }
  return -1;
}

/** `form` ends `text` as a whole word. */
function endsWith(text: string, form: string): boolean {
  return text.endsWith(form) && startsWord(text, text.length - form.length);
}

/** One form of a known entity, with its place in the order the forms were learnt. */
interface Form {
  text: string;
  known: Known;
  /** Index of the form in `known.forms`. */
  index: number;
}

/** The order in which the forms were learnt: entity by entity, form by form. */
const byLearning = (a: Form, b: Form): number => a.known.order - b.known.order || a.index - b.index;
const byOffset = (a: Mention, b: Mention): number => a.at - b.at || a.order - b.order || a.form - b.form;
const offset = (m: { at: number }): number => m.at;

/** "Dong" → "Han Dong": a one-word name written in full elsewhere, per document and word (the scan reads the whole text). */
const FULL_NAMES = new WeakMap<object, Map<string, string>>();

export class SpeakerResolver {
  private known: Known[] = [];
  private readonly byName = new Map<string, Known>();
  /** Forms by their first word: a form can only match where that word is written. */
  private readonly formsByFirst = new Map<string, Form[]>();
  /** People with a name of several words, by its last word. */
  private readonly peopleBySurname = new Map<string, Known[]>();
  /** Mentions of the forms indexed so far, by offset; `pending` forms are not in it yet. */
  private mentions: Mention[] = [];
  private pending: Form[] = [];
  /** Speakers noted so far, per kind, by offset (equal offsets in the order noted). */
  private readonly speakers: Record<Kind, Mention[]> = { person: [], org: [] };
  private readonly places = new Set<string>();
  private readonly entities: EntityIndex;
  private readonly quotedIndex: IntervalIndex;

  constructor(
    private readonly doc: IngestedDoc,
    private readonly result: Extraction,
    /** Spans of quoted speech: names inside them are not antecedents. */
    quoted: { start: number; end: number }[] = [],
  ) {
    this.quotedIndex = intervalIndex(quoted);
    this.entities = new EntityIndex(result);
    for (const p of result.people) this.learn(p.name, 'person', p.aliases);
    for (const o of result.organizations) this.learn(o.name, 'org', o.aliases);
    for (const p of result.places) for (const f of [p.name, ...p.aliases]) this.places.add(f);
  }

  /** A place speaks only as a government ("China denied ..."); no pronoun points back to it. */
  isPlace(name: string): boolean {
    return this.places.has(name) && !this.byName.has(name);
  }

  learn(name: string, kind: Kind, aliases: string[] = []): void {
    if (this.isPlace(name)) return;
    const k = this.byName.get(name);
    const forms = [name, ...aliases];
    if (kind === 'person' && name.includes(' ')) forms.push(name.split(' ').at(-1)!);
    if (k) {
      for (const f of forms) if (!k.forms.includes(f)) this.addForm(k, f);
    } else {
      const created: Known = { name, kind, forms: [], order: this.known.length };
      this.known.push(created);
      this.byName.set(name, created);
      for (const f of new Set(forms)) this.addForm(created, f);
      const w = name.split(/\s+/);
      if (kind === 'person' && w.length > 1) {
        const list = this.peopleBySurname.get(w.at(-1)!);
        if (list) list.push(created);
        else this.peopleBySurname.set(w.at(-1)!, [created]);
      }
    }
  }

  private addForm(k: Known, text: string): void {
    k.forms.push(text);
    const form: Form = { text, known: k, index: k.forms.length - 1 };
    const first = firstWord(text);
    const list = this.formsByFirst.get(first);
    if (list) list.push(form);
    else this.formsByFirst.set(first, [form]);
    this.pending.push(form);
  }

  /** Forms whose first word is one of `words` (and, with `always`, forms that start with no word), in the order learnt. */
  private formsFor(words: Set<string>, always: boolean): Form[] {
    const out: Form[] = [];
    for (const w of words) {
      const list = this.formsByFirst.get(w);
      if (list) out.push(...list);
    }
    if (always && !words.has('')) out.push(...(this.formsByFirst.get('') ?? []));
    return out.sort(byLearning);
  }

  kindOf(name: string): Kind {
    return this.byName.get(name)?.kind ?? (isOrgName(name) ? 'org' : 'person');
  }

  /** The canonical speaker for `np` written at offset `at` of the body, or null when it cannot be told. */
  resolve(np: string, at: number): string | null {
    const r = this.resolveRaw(np, at)?.replace(BASED, '') ?? null;
    // A canonical name written with its title ("Spokeswoman Sandy Angers") is the person's name.
    if (r && ROLE_WORDS.has(r.split(/\s+/)[0].toLowerCase()) && isName(r) && stripRoles(r).includes(' ')) return stripRoles(r);
    return r;
  }

  private resolveRaw(np: string, at: number): string | null {
    const phrase = np
      .trim()
      .replace(/[.,;:]+$/, '')
      .replace(BASED, '');
    if (PERSON_PRONOUN.test(phrase)) return this.nearest(at, 'person');
    if (GROUP_PRONOUN.test(phrase)) return this.nearest(at, 'org');
    if (/^(?:i|we|you)$/i.test(phrase)) return null;
    if (ORG_ANAPHOR.test(phrase)) return this.nearest(at, 'org') ?? phrase;
    if (PERSON_ANAPHOR.test(phrase)) return this.nearest(at, 'person') ?? phrase;
    const from = TEXT_FROM.exec(phrase);
    if (from && isName(from[1])) return this.named(from[1]) ?? stripRoles(from[1]);
    const role = ROLE_THEN_NAME.exec(phrase);
    if (role && ROLE_WORDS.has(role[1].toLowerCase()) && !isName(phrase)) return this.named(role[2]) ?? role[2];
    const personOf = PERSON_OF_ORG.exec(phrase);
    if (personOf && !ORG_HEADS.has(personOf[1].split(/\s+/).at(-1)!.toLowerCase()) && !ROLE_WORDS.has(personOf[1].split(/\s+/)[0].toLowerCase())) {
      const who = this.named(personOf[1]);
      if (!who || this.kindOf(who) === 'person') return who ?? personOf[1];
    }
    const text = NAMED_TEXT.exec(phrase);
    if (text && isName(text[1])) return this.named(text[1]) ?? text[1];
    const owner = POSSESSOR_NAME.exec(phrase);
    if (owner && isName(owner[2])) return this.named(owner[2]) ?? stripRoles(owner[2]);
    const tail = DESCRIBED_NAME.exec(phrase);
    if (tail && !isName(phrase) && !POSSESSED.test(phrase)) return this.named(tail[1]) ?? stripRoles(tail[1]);
    if (POSSESSED.test(phrase) || !isName(phrase)) return phrase;
    // The names extractor's own resolution first ("Dong" → "Han Dong", "Prime Minister Justin Trudeau").
    const entity = this.entities.resolve(phrase);
    if (entity && plausible(phrase, entity.name)) return entity.name;
    return this.named(phrase) ?? this.fromText(stripRoles(phrase));
  }

  /** Every known entity named inside the phrase, in order ("reports by Global News and the Globe and Mail"). */
  namesIn(phrase: string): string[] {
    const hits: { name: string; at: number; len: number }[] = [];
    // A form can only match when its first word is one of the phrase's words (this runs for every claim candidate).
    for (const form of this.formsFor(wordSet(phrase), false)) {
      const f = form.text;
      if (f.length < 2) continue;
      const at = wholeWordAt(phrase, f);
      if (at >= 0) hits.push({ name: form.known.name, at, len: f.length });
    }
    // A form inside a longer one ("Mail" in "Globe and Mail") does not count on its own.
    const kept = hits.filter((h) => !hits.some((o) => o !== h && o.len > h.len && o.at <= h.at && o.at + o.len >= h.at + h.len));
    return [...new Set(kept.sort((a, b) => a.at - b.at).map((h) => h.name))];
  }

  /** Is `name` one of the article's people or organisations? */
  knows(name: string): boolean {
    return this.byName.has(name);
  }

  /** A known entity named inside the phrase: the longest form wins. */
  private named(phrase: string): string | null {
    // A name that ends the phrase first ("Assistant Secretary of the Air Force Marvin Sambur" is Sambur, not the Air Force).
    const hasRole = phrase.split(/\s+/).some((x) => ROLE_WORDS.has(x.toLowerCase()));
    // Only forms whose first word the phrase holds can match (whole-word matches).
    const forms = this.formsFor(wordSet(phrase), true);
    for (const suffixOnly of hasRole ? [true] : [true, false]) {
      let best: { name: string; len: number } | null = null;
      for (const form of forms) {
        const f = form.text;
        if (f.length < 2 || f.length <= (best?.len ?? 0) || ORG_HEADS.has(f.toLowerCase()) || ROLE_WORDS.has(f.toLowerCase())) continue;
        if (suffixOnly ? endsWith(phrase, f) : wholeWordAt(phrase, f) >= 0) best = { name: form.known.name, len: f.length };
      }
      if (best) return best.name;
    }
    const bare = stripRoles(phrase);
    const last = bare.split(/\s+/).at(-1)!;
    const bySurname = this.peopleBySurname.get(last) ?? [];
    return bySurname.length === 1 ? bySurname[0].name : null;
  }

  /** A one-word name the article writes in full elsewhere: "Dong" → "Han Dong". */
  private fromText(bare: string): string {
    if (/\s/.test(bare) || isOrgName(bare)) return bare;
    let memo = FULL_NAMES.get(this.doc);
    if (!memo) FULL_NAMES.set(this.doc, (memo = new Map()));
    let full = memo.get(bare);
    if (full === undefined) {
      full = fullNameInText(this.doc.text, bare);
      memo.set(bare, full);
    }
    return full;
  }

  /** Every mention of a known form outside quotations, by offset. Forms learnt since the last call are added. */
  private index(): Mention[] {
    if (!this.pending.length) return this.mentions;
    const text = this.doc.text;
    const words = wordPositions(this.doc, text);
    const added: Mention[] = [];
    for (const form of this.pending) {
      const f = form.text;
      if (f.length < 2) continue;
      const push = (offset: number) => {
        if (!this.quotedIndex.contains(offset))
          added.push({ at: offset, name: form.known.name, kind: form.known.kind, order: form.known.order, form: form.index });
      };
      // Left to right, never overlapping (as a global search); a form that starts with a word is
      // looked for only where that word is written.
      const first = firstWord(f);
      let end = 0;
      for (const offset of first === '' ? allOffsets(text, f) : (words.get(first) ?? [])) {
        // Word positions start words already; other offsets need the check.
        if (offset < end || !text.startsWith(f, offset) || (first === '' && !startsWord(text, offset)) || !endsWord(text, offset + f.length)) continue;
        end = offset + f.length;
        push(offset);
      }
    }
    this.pending = [];
    this.mentions = mergeSorted(this.mentions, added.sort(byOffset), byOffset);
    return this.mentions;
  }

  /** Records who speaks at `at`: a later "he" prefers the speaker of the sentences just before it. */
  noteSpeaker(name: string, at: number): void {
    if (!this.isPlace(name) && (this.knows(name) || /^\p{Lu}/u.test(name))) {
      const kind = this.kindOf(name);
      const list = this.speakers[kind];
      list.splice(
        upperBound(list, at, (s) => s.at),
        0,
        { at, name, kind, order: 0, form: 0 },
      );
    }
  }

  /** The nearest person (or organisation) named before `at`; a speaker just before wins over other names. */
  nearest(at: number, kind: Kind): string | null {
    // Speakers of this kind within reach before `at`; the nearest first (of equal offsets, the one noted first).
    const list = this.speakers[kind];
    const from = lowerBound(list, at - ANAPHOR_REACH, offset);
    const to = lowerBound(list, at, offset);
    const near = to > from ? list[lowerBound(list, list[to - 1].at, offset)] : undefined;
    if (near && at - near.at <= SPEAKER_REACH) return near.name;
    const ms = this.index();
    for (let i = lowerBound(ms, at, offset) - 1; i >= 0; i--) {
      const m = ms[i];
      if (at - m.at > ANAPHOR_REACH) break;
      if (m.kind !== kind) continue;
      // A one-word "person" who never speaks (often a misread place) loses to a speaker further back.
      if (kind === 'person' && !m.name.includes(' ') && near && !list.slice(from, to).some((s) => s.name === m.name)) return near.name;
      return m.name;
    }
    return near?.name ?? null;
  }
}

/** Two sorted lists as one sorted list (on equal keys, `a` first, as a stable sort of a then b). */
function mergeSorted<T>(a: T[], b: T[], cmp: (x: T, y: T) => number): T[] {
  if (!b.length) return a;
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(cmp(b[j], a[i]) < 0 ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** Every offset where `form` is written. */
function allOffsets(text: string, form: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) out.push(i);
  return out;
}

/** The full form of a one-word name most often written before it ("Han Dong" for "Dong"), or the word itself. */
function fullNameInText(text: string, bare: string): string {
  // Not inside a longer name: "Pierre Elliot Trudeau Foundation".
  const re = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,2})${escapeRegExp(bare)}(?![\\p{L}\\p{N}'’])(?!\\s+\\p{Lu})`, 'gu');
  const counts = new Map<string, number>();
  for (const m of text.matchAll(re)) {
    const full = stripRoles(`${m[1].trim()} ${bare}`);
    if (full !== bare && full.split(' ').every((w) => !ROLE_WORDS.has(w.toLowerCase()))) counts.set(full, (counts.get(full) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : bare;
}
