/**
 * Who a speaker phrase names: the canonical person or organisation of the article
 * ("Dong" → "Han Dong", "Conservative Leader Pierre Poilievre" → "Pierre Poilievre",
 * "he" → the nearest person named before), or the phrase as written for unnamed sources
 * ("a spokesman from China", "Trudeau's office").
 */
import type { Extraction, IngestedDoc } from '../../types.js';
import { escapeRegExp } from '../evidence.js';
import { GROUP_PRONOUN, ORG_HEADS, PERSON_PRONOUN, ROLE_WORDS } from './words.js';
import { isName } from './subject.js';
import { resolveEntity } from '../entities/index.js';

export type Kind = 'person' | 'org';

interface Known {
  name: string;
  kind: Kind;
  forms: string[];
}

interface Mention {
  at: number;
  name: string;
  kind: Kind;
}

/** "the company", "the news outlet": a definite description that points back to an organisation. */
const ORG_ANAPHOR =
  /^the\s+(?:(?:news|media)\s+)?(?:company|firm|airline|carrier|automaker|carmaker|manufacturer|maker|bank|group|agency|ministry|department|newspaper|paper|outlet|network|broadcaster|website|organi[sz]ation|union|retailer|giant|conglomerate|insurer|lender|regulator)$/i;
/** "the MP", "the minister": a definite description that points back to a person. */
const PERSON_ANAPHOR =
  /^the\s+(?:mp|minister|senator|premier|mayor|governor|prime minister|president|chairman|chairwoman|chief executive|ceo|ambassador|judge|lawmaker|congressman|congresswoman|legislator|politician|executive|founder)$/i;
/** "Trudeau's office", "China's foreign ministry": a possession of a name, kept as written. */
const POSSESSED = /^(.+?)['’]s\s+((?:[a-z][\p{L}-]*\s*)+)$/u;
/** "BBC's Nadine Yousif": the name after the possessive is the speaker. */
const POSSESSOR_NAME = /^(.+?)['’]s\s+(\p{Lu}.*)$/u;
/** "The Global News report", "a Reuters story": the outlet behind a text. */
const NAMED_TEXT = /^(?:the\s+|a\s+|an\s+)?(\p{Lu}[\p{L}\p{N}.&'’ -]*?)\s+(?:report|story|article|investigation|analysis|survey|study|documents?|statement|memo|release|broadcast|editorial)$/u;
const LEADING_THE = /^the\s+/i;
/** "Mike Gikas of Consumer Reports", "David Buik of BGC Partners": a person and where they work. */
const PERSON_OF_ORG = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}.*$/u;
/** "Chicago-based Boeing" → "Boeing". */
const BASED = /^\p{Lu}[\p{L}.-]*-based\s+(?=\p{Lu})/u;
/** "the US automobile manufacturer Ford", "United States airframer Boeing": a description, then the name. */
const DESCRIBED_NAME = /(?:^|\s)(?!(?:and|of|the|by|for|from|at|in|on|to|with)\s)[a-z][\p{L}-]*\s+((?:\p{Lu}[\p{L}\p{N}'’.&-]*\s+)*\p{Lu}[\p{L}\p{N}'’.&-]*)$/u;
/** "A statement from Apple Computer": the organisation speaks through its text. */
const TEXT_FROM = /^(?:a|an|the|in\s+a)\s+(?:[a-z]+\s+)?(?:statement|press\s+release|release|email|e-mail|letter|tweet|post|announcement|memo|message)\s+(?:from|by|issued\s+by)\s+(.+)$/i;
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
  const last = phrase.split(/\s+/).at(-1)!.replace(/['’]s$/, '').toLowerCase();
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
 * Name forms repeat across sentences and articles ("Dong", "the company"): compiling a regular
 * expression for each form at every call was the extractor's hottest spot. Stateless uses only
 * (test, exec without g; matchAll copies the expression), so sharing is safe.
 */
const REGEXP_CACHE = new Map<string, RegExp>();
const REGEXP_CACHE_LIMIT = 50_000;

function cachedRegExp(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = REGEXP_CACHE.get(key);
  if (!re) {
    if (REGEXP_CACHE.size >= REGEXP_CACHE_LIMIT) REGEXP_CACHE.clear();
    re = new RegExp(source, flags);
    REGEXP_CACHE.set(key, re);
  }
  return re;
}

export class SpeakerResolver {
  private known: Known[] = [];
  private mentions: Mention[] | null = null;
  private speakers: Mention[] = [];
  private readonly places = new Set<string>();

  constructor(
    private readonly doc: IngestedDoc,
    private readonly result: Extraction,
    /** Spans of quoted speech: names inside them are not antecedents. */
    private readonly quoted: { start: number; end: number }[] = [],
  ) {
    for (const p of result.people) this.learn(p.name, 'person', p.aliases);
    for (const o of result.organizations) this.learn(o.name, 'org', o.aliases);
    for (const p of result.places) for (const f of [p.name, ...p.aliases]) this.places.add(f);
  }

  /** A place speaks only as a government ("China denied ..."); no pronoun points back to it. */
  isPlace(name: string): boolean {
    return this.places.has(name) && !this.known.some((k) => k.name === name);
  }

  learn(name: string, kind: Kind, aliases: string[] = []): void {
    if (this.isPlace(name)) return;
    const k = this.known.find((x) => x.name === name);
    const forms = [name, ...aliases];
    if (kind === 'person' && name.includes(' ')) forms.push(name.split(' ').at(-1)!);
    if (k) {
      for (const f of forms) if (!k.forms.includes(f)) k.forms.push(f);
    } else this.known.push({ name, kind, forms: [...new Set(forms)] });
    this.mentions = null;
  }

  kindOf(name: string): Kind {
    return this.known.find((k) => k.name === name)?.kind ?? (isOrgName(name) ? 'org' : 'person');
  }

  /** The canonical speaker for `np` written at offset `at` of the body, or null when it cannot be told. */
  resolve(np: string, at: number): string | null {
    const r = this.resolveRaw(np, at)?.replace(BASED, '') ?? null;
    // A canonical name written with its title ("Spokeswoman Sandy Angers") is the person's name.
    if (r && ROLE_WORDS.has(r.split(/\s+/)[0].toLowerCase()) && isName(r) && stripRoles(r).includes(' ')) return stripRoles(r);
    return r;
  }

  private resolveRaw(np: string, at: number): string | null {
    const phrase = np.trim().replace(/[.,;:]+$/, '').replace(BASED, '');
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
    const entity = resolveEntity(this.result, phrase);
    if (entity && plausible(phrase, entity.name)) return entity.name;
    return this.named(phrase) ?? this.fromText(stripRoles(phrase));
  }

  /** Every known entity named inside the phrase, in order ("reports by Global News and the Globe and Mail"). */
  namesIn(phrase: string): string[] {
    const hits: { name: string; at: number; len: number }[] = [];
    // A form can only match when its first word is one of the phrase's words: a cheap filter
    // before the regular expression (this runs for every claim candidate).
    const words = new Set(phrase.split(/[^\p{L}\p{N}]+/u));
    for (const k of this.known) {
      for (const f of k.forms) {
        if (f.length < 2 || !words.has(f.split(/[^\p{L}\p{N}]+/u)[0])) continue;
        const m = cachedRegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(f)}(?![\\p{L}\\p{N}'’])`, 'u').exec(phrase);
        if (m) hits.push({ name: k.name, at: m.index, len: f.length });
      }
    }
    // A form inside a longer one ("Mail" in "Globe and Mail") does not count on its own.
    const kept = hits.filter((h) => !hits.some((o) => o !== h && o.len > h.len && o.at <= h.at && o.at + o.len >= h.at + h.len));
    return [...new Set(kept.sort((a, b) => a.at - b.at).map((h) => h.name))];
  }

  /** Is `name` one of the article's people or organisations? */
  knows(name: string): boolean {
    return this.known.some((k) => k.name === name);
  }

  /** A known entity named inside the phrase: the longest form wins. */
  private named(phrase: string): string | null {
    // A name that ends the phrase first ("Assistant Secretary of the Air Force Marvin Sambur" is Sambur, not the Air Force).
    const hasRole = phrase.split(/\s+/).some((x) => ROLE_WORDS.has(x.toLowerCase()));
    for (const suffixOnly of hasRole ? [true] : [true, false]) {
      let best: { name: string; len: number } | null = null;
      for (const k of this.known) {
        for (const f of k.forms) {
          if (f.length < 2 || f.length <= (best?.len ?? 0) || ORG_HEADS.has(f.toLowerCase()) || ROLE_WORDS.has(f.toLowerCase())) continue;
          const re = cachedRegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(f)}${suffixOnly ? '$' : "(?![\\p{L}\\p{N}'’])"}`, 'u');
          if (re.test(phrase)) best = { name: k.name, len: f.length };
        }
      }
      if (best) return best.name;
    }
    const bare = stripRoles(phrase);
    const last = bare.split(/\s+/).at(-1)!;
    const bySurname = this.known.filter((k) => k.kind === 'person' && k.name.split(/\s+/).at(-1) === last && k.name.split(/\s+/).length > 1);
    return bySurname.length === 1 ? bySurname[0].name : null;
  }

  /** A one-word name the article writes in full elsewhere: "Dong" → "Han Dong". */
  private fromText(bare: string): string {
    if (/\s/.test(bare) || isOrgName(bare)) return bare;
    // Not inside a longer name: "Pierre Elliot Trudeau Foundation".
    const re = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,2})${escapeRegExp(bare)}(?![\\p{L}\\p{N}'’])(?!\\s+\\p{Lu})`, 'gu');
    const counts = new Map<string, number>();
    for (const m of this.doc.text.matchAll(re)) {
      const full = stripRoles(`${m[1].trim()} ${bare}`);
      if (full !== bare && full.split(' ').every((w) => !ROLE_WORDS.has(w.toLowerCase()))) counts.set(full, (counts.get(full) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    return best ? best[0] : bare;
  }

  private index(): Mention[] {
    if (this.mentions) return this.mentions;
    const out: Mention[] = [];
    for (const k of this.known) {
      for (const f of k.forms) {
        if (f.length < 2) continue;
        // A possessive ("Trudeau's ruling party") is not what a later pronoun points back to.
        const re = cachedRegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(f)}(?![\\p{L}\\p{N}'’])(?!['’]s\\b)`, 'gu');
        for (const m of this.doc.text.matchAll(re)) {
          const at = m.index!;
          if (this.quoted.some((q) => at >= q.start && at < q.end)) continue;
          out.push({ at, name: k.name, kind: k.kind });
        }
      }
    }
    this.mentions = out.sort((a, b) => a.at - b.at);
    return this.mentions;
  }

  /** Records who speaks at `at`: a later "he" prefers the speaker of the sentences just before it. */
  noteSpeaker(name: string, at: number): void {
    if (!this.isPlace(name) && (this.knows(name) || /^\p{Lu}/u.test(name))) this.speakers.push({ at, name, kind: this.kindOf(name) });
  }

  /** The nearest person (or organisation) named before `at`; a speaker just before wins over other names. */
  nearest(at: number, kind: Kind): string | null {
    const speakers = this.speakers.filter((s) => s.kind === kind && s.at < at && at - s.at <= ANAPHOR_REACH).sort((a, b) => b.at - a.at);
    if (speakers[0] && at - speakers[0].at <= SPEAKER_REACH) return speakers[0].name;
    const ms = this.index();
    for (let i = ms.length - 1; i >= 0; i--) {
      const m = ms[i];
      if (m.at >= at) continue;
      if (at - m.at > ANAPHOR_REACH) break;
      if (m.kind !== kind) continue;
      // A one-word "person" who never speaks (often a misread place) loses to a speaker further back.
      if (kind === 'person' && !m.name.includes(' ') && speakers[0] && !speakers.some((s) => s.name === m.name)) return speakers[0].name;
      return m.name;
    }
    return speakers[0]?.name ?? null;
  }
}
