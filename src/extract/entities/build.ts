/**
 * From mentions to entities: classify each form by its cues (person, organisation, place),
 * then merge forms of one entity (surname → full name, acronym → full name, "Apple Inc." →
 * "Apple", "Toulouse, France" → "Toulouse") and keep the evidence.
 */
import type { Entity, IngestedDoc, Person } from '../../types.js';
import { sentencesNaming } from '../evidence.js';
import { acronymActsAsOrg, acronymMatches, orgLikeExpansion } from './acronyms.js';
import { COMPANY_VERB_AFTER, OUTLET_VERB_AFTER, POSSESSIVE_AFTER } from './org-cues.js';
import { isEnglishWord } from './english.js';
import { compromiseKind } from './fallback.js';
import { personShaped } from './shape.js';
import {
  FUNCTION_WORDS,
  DIRECTIONS,
  PLACE_EXPANSIONS,
  STOCK_INDEX,
  STANDARD_AND_POORS,
  INDEX_AFTER,
  isDemonym,
  ORG_HEADS,
  PLACE_HEADS,
  ORG_SUFFIXES,
  PLACE_ACRONYMS,
  PLACE_SUFFIXES,
  ORG_APPOSITION_AFTER,
  isCommonWord,
  isFirstName,
  isLastName,
  isLexOrg,
  isLexPerson,
  isLexPlace,
} from './lexicon.js';
import { PAREN_ACRONYM, type Mention } from './mentions.js';
import { ACRONYM, plausiblePersonName } from './titles.js';
import type { Kind } from './kind.js';

interface Group {
  key: string;
  form: string;
  tokens: string[];
  mentions: Mention[];
  kind: Kind | null;
  /** Strong evidence of a person (a title or role). */
  titled: boolean;
  /** Sum of organisation cues (negative: a product, "the Dreamliner"). */
  orgCue: number;
  /** Merged into another group. */
  into?: Group;
  /** Known not to be a name of a person, organisation or place (a stock index, a currency). */
  dropped?: boolean;
  extraAliases: Set<string>;
  /** A person by the shape of the name alone, with no cue in the text. */
  guessed?: boolean;
}

export interface Entities {
  people: Person[];
  organizations: Entity[];
  places: Entity[];
}

const k = (s: string): string => s.toLowerCase().replace(/[’]/g, "'");
const last0 = (t: string[]): string => t[t.length - 1].toLowerCase();
const lastLower = (g: Group): string => g.tokens[g.tokens.length - 1].toLowerCase().replace(/\.$/, '');
/** Company-form suffixes that may be dropped to get the short name ("Apple Inc." → "Apple"). */
const CORPORATE = /^(?:inc\.?|incorporated|corp\.?|corporation|co\.?|company|ltd\.?|limited|llc|plc|ag|sa|spa|nv|n\.v\.|gmbh|group|holdings|motor|motors)$/i;

const MODEL_NUMBER_AFTER = /^\s+\d/;
/** Last words of the names of events, shows and programmes ("Beijing Olympic Games", "Paris Air Show"): no entities here. */
const EVENT_SUFFIX = /^(?:Games|Olympics|Paralympics|Conference|Show|Expo|Summit|Festival|Cup|Championship|Championships|Awards?|Prizes?|Medal|Trophy|Fair|Week|Program|Programme|Series|Bowl|Marathon|Open|Prix|Derby|War|Wars|Revolution|Act|Amendment|Treaty|Accords?|Index)$/;
/** First words of names of events and writings before "of" ("Battle of Chudnov", "Gospel of the Hebrews"). */
const EVENT_HEAD = /^(?:Battle|Siege|Sack|Fall|War|Treaty|Peace|Gospel|Book|Diary|Letters?|Epistle|Tale|Song|Ballad|Edict|Massacre|Raid|Invasion|Liberation)$/;
/** Events named by one word. */
const GAMES = /^(?:Olympics|Paralympics|Olympiad)$/;
/** "World War II", "Super Bowl XLV": a roman numeral after an event's name. */
/** Last words of shows, series, lectures and collections, named after a person or not ("Jeff McBride Experience", "Santa Cruz Lectures"). */
const WORK_TAIL = /^(?:Podcast|Experience|Mysteries|Lectures?|Statue|Collections?|Studies|Today|Tonight|Hour|Chronicles|Diaries|Files|Saga|Adventures|Tales|Memoirs|Sessions|Polaroids?)$/;
/** Places per person (with a cue) above which a text is about places and guessed people are dropped. */
const PLACES_PER_PERSON = 5;
/** "a", "an" right before a name: a kind of thing ("a UNESCO World Heritage Site"). */
const INDEFINITE_BEFORE = /\b(?:a|an)\s+$/i;
/** Words that start names of rivers, mountains, lakes and forts ("River Ouse", "Mount Snowdon"). */
const PLACE_PREFIX = /^(?:River|Mount|Mt\.?|Lake|Loch|Cape|Isle|Fort|Glen|Lac|Rio|Monte|Mont|Pic|Sierra|Cerro|Wadi|Jebel|Jabal|Bukit|Gunung|Pulau|Kampong)$/;
/** A compass point ending a district's name ("Kowloon East"). */
const COMPASS = /^(?:East|West|North|South|Central|Northeast|Northwest|Southeast|Southwest)$/;
const ROMAN = /^[IVXLC]+$/;
/** A letter or an initial ("E", "L."). */
const LETTER = /^\p{Lu}\.?$/u;
const THE_BEFORE = /\bthe\s+$/i;
/** "Chasing Liberty (2004)": a work with its year. */
const WORK_YEAR_AFTER = /^\s*\(\s*(?:1[5-9]|20)\d{2}\s*\)/;
const PLACE_NOUN_AFTER_RE = /^\s+(?:airport|city|province|state|county|region|island|district|village|town)\b/;

/** "FTSE 100", "Japan's Nikkei", "Standard & Poor's 500", "the Merval index": indices are no entities. */
function isStockIndex(g: Group): boolean {
  if (g.tokens.some((w) => STOCK_INDEX.test(w)) || STANDARD_AND_POORS.test(g.form)) return true;
  return !isLexPlace(g.form) && !PLACE_ACRONYMS.has(g.form) && g.mentions.every((m) => INDEX_AFTER.test(m.after));
}

/** "Nobel Prize", "World Series", "Vietnam War", "World War II", "Battle of Chudnov": events, prizes, laws and writings. */
function isEventName(t: string[]): boolean {
  const last = ROMAN.test(t[t.length - 1]) && t.length > 2 ? t[t.length - 2] : t[t.length - 1];
  return EVENT_SUFFIX.test(last) || (t[1] === 'of' && EVENT_HEAD.test(t[0]));
}

function classify(g: Group, bodyForms: Set<string>): Kind | null {
  const t = g.tokens;
  const form = g.form;
  let person = 0;
  let org = 0;
  let place = 0;
  for (const m of g.mentions) {
    person += m.person;
    org += m.org;
    place += m.place;
  }
  g.orgCue = org;
  const hinted = g.mentions.find((m) => m.kindHint)?.kindHint;
  if (hinted) return hinted;
  // Context cues other than titles count for little when repeated.
  org = Math.min(org, 4);
  place = Math.min(place, 2);
  // "in"/"at"/"to" before an unknown single word says little: companies are sold "to" and work "at".
  if (t.length === 1 && !isLexPlace(form) && !g.mentions.some((m) => m.placeWithRegion || PLACE_NOUN_AFTER_RE.test(m.after))) place = Math.min(place, 1);
  g.titled = g.mentions.some((m) => m.role !== null);
  if (t.length === 1 && FUNCTION_WORDS.has(form.toLowerCase()) && !g.titled && !ACRONYM.test(form)) return null;
  if (isStockIndex(g) || (!g.titled && (t.length > 1 ? isEventName(t) || WORK_TAIL.test(t[t.length - 1]) : GAMES.test(form)))) {
    g.dropped = true;
    return null;
  }
  if (t.length === 1 && (DIRECTIONS.test(form) || CORPORATE.test(form))) return null;
  // "a UNESCO World Heritage Site", "an All-NCAA Regional Team": always after "a", a kind, not a name.
  if (t.length > 1 && !g.titled && g.mentions.every((m) => INDEFINITE_BEFORE.test(m.before)) && isCommonWord(t[t.length - 1]) && !ORG_SUFFIXES.has(last0(t)) && !PLACE_SUFFIXES.has(last0(t)) && !isLexOrg(form)) return null;
  // "River Ouse", "Mount Snowdon", "Lake Tahoe": a place word before a name.
  if (t.length >= 2 && t.length <= 3 && PLACE_PREFIX.test(t[0]) && !t.includes('of')) place += 5;
  // "Kowloon East", "New Territories West": a place and a compass point, a district.
  if (t.length >= 2 && COMPASS.test(t[t.length - 1]) && isLexPlace(t.slice(0, -1).join(' '))) place += 4;
  // "E", "L. D", "U. S", "G. The": letters and initials alone name no one.
  if (t.every((w, i) => LETTER.test(w) || (i > 0 && w === 'The'))) return null;
  const demonymLed = isDemonym(t[0]) && !g.titled;
  const last = lastLower(g);
  const single = t.length === 1;
  if (!single && !demonymLed && isFirstName(t[0]) && plausiblePersonName(t)) person += 3;
  if (!single && !demonymLed && isLastName(t[t.length - 1]) && plausiblePersonName(t)) person += 1;
  if (!single && t.some((w) => ORG_SUFFIXES.has(w.toLowerCase())) && !t.includes('of')) org += 2;
  if (isLexPerson(form)) person += 3;
  if (isLexOrg(form)) org += 4;
  if (!single && ORG_SUFFIXES.has(last)) org += plausiblePersonName(t) ? 2 : 4;
  if (t.includes('of') && ORG_HEADS.has(t[0].toLowerCase())) org += 3;
  if (t.includes('of') && PLACE_HEADS.has(t[0].toLowerCase())) place += 3;
  // "Conservative Party of Canada", "Government of India": an organisation word before "of".
  const ofAt = t.indexOf('of');
  if (ofAt > 0 && ORG_SUFFIXES.has(t[ofAt - 1].toLowerCase())) org += 4;
  if (!single && /^(?:Air|Bank|University|Banco|Groupe)$/.test(t[0])) org += 3;
  // "SMOS", "UV", "DNA": an acronym is an organisation only with evidence ("NASA said", "the agency's", "NASA scientists").
  if (single && ACRONYM.test(form) && !PLACE_ACRONYMS.has(form) && acronymActsAsOrg(g.mentions)) org += 2;
  if (PLACE_ACRONYMS.has(form)) place += 6;
  if (isLexPlace(form)) place += 4;
  if (!single && PLACE_SUFFIXES.has(last)) place += 3;
  // "St. Louis", "Saint Petersburg".
  if (!single && /^(?:St\.|Saint)$/.test(t[0]) && !ORG_SUFFIXES.has(last)) place += 5;
  // A place name with a company's acronym or word in it is a company or a branch ("GM Europe", "UK RAF", "Washington Mutual").
  const placeInside = t.some((w) => isLexPlace(w) || PLACE_ACRONYMS.has(w)) || isLexPlace(t.slice(1).join(' ')) || isLexPlace(t.slice(0, -1).join(' '));
  if (!single && placeInside && !isLexPlace(form) && t.some((w) => (ACRONYM.test(w) && !PLACE_ACRONYMS.has(w)) || /^(?:Mutual|Bancorp)$/.test(w))) org += 3;
  // A headline-only form needs support from the body or the lexicon.
  if (g.mentions.every((m) => m.headline) && !bodyForms.has(g.key) && person + org + place < 3) return null;
  let best = Math.max(person, org, place);
  if (best < 2 && (single || (person <= 0 && org <= 0))) best = 0;
  if (!single && /^(?:\p{Lu}\.)+$/u.test(t[0]) && plausiblePersonName(t) && best === 0) return 'person';
  // A multi-word name always followed by a model number is a product ("Rolls-Royce Trent 900").
  // ("Omar Said 23 , Lars Holm 67" is a list of scorers with their minutes.)
  // ("New York 74 55": a known place or body with its results is not one either.)
  if (!single && !g.titled && !(isFirstName(t[0]) && plausiblePersonName(t)) && !isLexPlace(form) && !isLexOrg(form) && g.mentions.every((m) => MODEL_NUMBER_AFTER.test(m.after) && m.person <= 0)) return null;
  if (best === 0) {
    if (single) return null;
    const tagged = compromiseKind(g.form);
    if (tagged === 'person') g.guessed = true;
    if (tagged) return tagged;
    // "Thibaut Courtois", not in a headline, not after "the", not a work with its year.
    // ("Feyenoord 2 Vitesse Arnhem 1": a team with its score is not one.)
    if (personShaped(t) && g.mentions.some((m) => !m.headline) && !g.mentions.some((m) => m.place !== 0 || m.org > 0 || THE_BEFORE.test(m.before) || WORK_YEAR_AFTER.test(m.after) || MODEL_NUMBER_AFTER.test(m.after))) {
      g.guessed = true;
      return 'person';
    }
    // No cue either way: a capitalised phrase may be a product, an event, a programme; leave it out.
    return null;
  }
  if (person === best && (g.titled || person > org && person > place)) return 'person';
  if (org === best && (org > place || !isLexPlace(form))) return 'organization';
  if (place === best) return 'place';
  return person === best ? 'person' : 'organization';
}

export function buildEntities(doc: IngestedDoc, mentions: Mention[], lower: Set<string>): Entities {
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const key = k(m.form);
    let g = groups.get(key);
    if (g && g.mentions.every((x) => x.headline) && !m.headline) {
      g.form = m.form;
      g.tokens = m.tokens;
    }
    if (!g) {
      g = { key, form: m.form, tokens: m.tokens, mentions: [], kind: null, titled: false, orgCue: 0, extraAliases: new Set() };
      groups.set(key, g);
    }
    g.mentions.push(m);
  }
  const bodyForms = new Set(mentions.filter((m) => !m.headline).map((m) => k(m.form)));
  for (const g of groups.values()) g.kind = classify(g, bodyForms);
  // The acronym of a dropped name goes with it ("Dow Jones Industrial Average (DJIA)").
  for (const g of groups.values()) {
    if (!g.dropped) continue;
    for (const m of g.mentions) {
      const p = PAREN_ACRONYM.exec(m.after);
      const acr = p && groups.get(k(p[1]));
      if (acr) acr.dropped = true;
    }
  }
  for (const [key, g] of groups) if (g.dropped) groups.delete(key);
  const all = [...groups.values()];
  // "between Boeing and Lockheed Martin": an untitled name listed with companies, with no known first name, is one.
  for (const g of all) if (g.kind === 'person' && listedAsCompany(g, groups)) g.kind = 'organization';
  const multi = (kind: Kind) => all.filter((g) => g.kind === kind && g.tokens.length > 1);

  // Acronyms written next to their full name: "Canadian Security Intelligence Service (CSIS)".
  for (const g of all) {
    for (const m of g.mentions) {
      const p = PAREN_ACRONYM.exec(m.after);
      if (!p) continue;
      const acr = groups.get(k(p[1]));
      if (acr && acr !== g && !acr.into && acronymMatches(p[1], g.form)) {
        if (g.kind !== 'person') g.kind = g.kind ?? (acr.kind === 'organization' || orgLikeExpansion(g.tokens) ? 'organization' : null);
        merge(acr, g);
      }
    }
  }
  // Acronyms matched by initials to one full name of the article.
  const multiAll = all.filter((o) => o.tokens.length > 1);
  for (const g of all) {
    if (g.into || g.tokens.length !== 1 || !ACRONYM.test(g.form) || PLACE_ACRONYMS.has(g.form)) continue;
    const cands = multiAll.filter((o) => !o.into && o !== g && o.tokens.length > 1 && o.kind !== 'person' && acronymMatches(g.form, o.form));
    const distinct = new Set(cands.map((c) => root(c)));
    if (distinct.size === 1) merge(g, cands[0]);
  }
  // Place acronyms and their full names: "US" = "United States".
  for (const g of all) {
    if (g.into || !PLACE_EXPANSIONS[g.form]) continue;
    const full = PLACE_EXPANSIONS[g.form].map((f) => groups.get(k(f))).find((x) => x && !x.into && x.kind === 'place');
    if (full) merge(g, full);
    else {
      const other = Object.keys(PLACE_EXPANSIONS).map((a) => groups.get(k(a))).find((x) => x && x !== g && !x.into && x.kind === 'place' && PLACE_EXPANSIONS[x.form][0] === PLACE_EXPANSIONS[g.form][0]);
      if (other) merge(g, other);
    }
  }
  // "Suvarnabhumi airport" → "Suvarnabhumi Airport".
  const twoWordsByFirst = new Map<string, Group[]>();
  for (const o of all) if (o.tokens.length === 2) (twoWordsByFirst.get(o.tokens[0]) ?? twoWordsByFirst.set(o.tokens[0], []).get(o.tokens[0])!).push(o);
  for (const g of all) {
    if (g.into || g.tokens.length !== 1 || g.kind !== 'place') continue;
    const full = (twoWordsByFirst.get(g.form) ?? []).find((o) => !o.into && o.kind === 'place' && PLACE_SUFFIXES.has(o.tokens[1].toLowerCase()) && g.mentions.some((m) => m.after.toLowerCase().startsWith(' ' + o.tokens[1].toLowerCase())));
    if (full) merge(g, full);
  }
  // Company forms: "Apple Inc." → "Apple", "Ford Motor Company" → "Ford".
  for (const g of all) {
    if (g.into || g.tokens.length < 2 || g.kind === 'person') continue;
    let t = g.tokens;
    while (t.length > 1 && CORPORATE.test(t[t.length - 1])) {
      t = t.slice(0, -1);
      const short = groups.get(k(t.join(' ')));
      // "AirTanker Ltd." → "AirTanker" (even "owned by AirTanker, who retains ..." : the legal form says company).
      const company = short && (short.kind !== 'person' || (LEGAL_FORM.test(g.tokens[g.tokens.length - 1]) && !short.titled));
      if (short && company && !short.into && short !== g && short.kind !== 'place') {
        short.kind = 'organization';
        merge(g, short);
        break;
      }
    }
  }
  // "China Eastern" of "China Eastern Airlines": a name of places that the article writes out as a company's.
  for (const g of all) {
    if (g.into || g.kind !== 'organization' || g.tokens.length < 3 || !ORG_SUFFIXES.has(lastLower(g))) continue;
    const short = groups.get(k(g.tokens.slice(0, -1).join(' ')));
    if (short && !short.into && short.kind === 'place' && !isLexPlace(short.form) && !short.mentions.some((m) => m.placeWithRegion)) {
      short.kind = 'organization';
      merge(short, g);
    }
  }
  // "Liberal Party of Canada" → "Liberal Party"; "Liberals", "Trudeau Liberals" → "Liberal Party".
  for (const g of all) {
    if (g.into || g.kind === 'person') continue;
    const of = g.tokens.indexOf('of');
    if (of > 0 && isLexPlace(g.tokens.slice(of + 1).join(' '))) {
      const short = groups.get(k(g.tokens.slice(0, of).join(' ')));
      if (short && !short.into && short.kind === 'organization') {
        merge(short, g);
        continue;
      }
    }
    const lastTok = g.tokens[g.tokens.length - 1];
    if (/^\p{Lu}\p{Ll}+s$/u.test(lastTok)) {
      const party = all.find((o) => !o.into && o.kind === 'organization' && o.tokens[0] === lastTok.slice(0, -1) && /^(?:Party|Parties)$/.test(o.tokens[1] ?? ''));
      if (party) {
        g.kind = 'organization';
        merge(g, party);
      }
    }
  }

  // People: a surname alone (or a first name alone, untitled) joins the one full name it belongs to.
  const fulls = multi('person');
  for (const g of all) {
    if (g.into || g.tokens.length !== 1 || (g.kind === 'place' && isLexPlace(g.form) && !g.titled)) continue;
    if (g.kind === 'organization' && g.mentions.some((m) => m.org > 0 || m.after.startsWith(' ('))) continue;
    const w = g.form;
    const bySurname = fulls.filter((f) => !f.into && f.tokens[f.tokens.length - 1] === w);
    if (bySurname.length === 1) {
      g.kind = 'person';
      merge(g, bySurname[0]);
      continue;
    }
    // Several people share it ("Hadid", "Steve"): the one the article names most.
    if (bySurname.length > 1) {
      g.kind = 'person';
      merge(g, mostNamed(bySurname));
      continue;
    }
    const byFirst = fulls.filter((f) => !f.into && f.tokens[0] === w);
    if (!g.titled && isFirstName(w) && byFirst.length >= 1) {
      g.kind = 'person';
      merge(g, mostNamed(byFirst));
    }
  }
  // Longer and shorter forms of one person ("George W. Bush" / "George Bush"/"W. Bush").
  for (const g of fulls) {
    if (g.into) continue;
    const longer = fulls.filter((f) => f !== g && !f.into && f.tokens.length > g.tokens.length && f.tokens[f.tokens.length - 1] === g.tokens[g.tokens.length - 1] && g.tokens.every((x) => f.tokens.includes(x)));
    if (longer.length === 1) merge(g, longer[0]);
  }
  // Single words left: a word of one multi-word organisation ("Apple" of "Apple Computer"), else by cues.
  const orgsByWord = new Map<string, Group[]>();
  for (const o of all) {
    if (o.into || o.kind !== 'organization' || o.tokens.length < 2) continue;
    const ends = new Set([o.tokens[0], ORG_SUFFIXES.has(o.tokens[o.tokens.length - 1].toLowerCase()) ? '' : o.tokens[o.tokens.length - 1]]);
    for (const w of ends) if (w) (orgsByWord.get(w) ?? orgsByWord.set(w, []).get(w)!).push(o);
  }
  // Two passes: towns with a place cue of their own first, so that the names listed beside them follow them.
  for (const pass of [1, 2])
  for (const g of all) {
    if (g.into || g.tokens.length !== 1) continue;
    if (g.kind === null || g.kind === 'organization' || weakPerson(g)) {
      const orgs = (orgsByWord.get(g.form) ?? []).filter((o) => !o.into && o !== g && !o.tokens.includes('of'));
      // "Douglas" beside "McDonnell Douglas" and "Douglas Aircraft": a word of the companies named.
      if (orgs.length >= 1) {
        g.kind = 'organization';
        merge(g, mostNamed(orgs));
        continue;
      }
    }
    if (g.kind !== null) continue;
    const w = g.form;
    if (lower.has(w.toLowerCase())) continue;
    // Only ever first in its sentence: its capital says nothing, unless it is no English word and
    // acts as a body does ("Wikinews spoke with ...", "Wikinews interviewed ...").
    if (g.mentions.every((m) => m.initial || m.headline) && !isLexOrg(w) && !(isUnknownWord(w) && g.mentions.some((m) => !m.headline && OUTLET_VERB_AFTER.test(m.after)))) continue;
    if (g.orgCue < 0) continue;
    if (isFirstName(w) || isLastName(w)) {
      if (ACRONYM.test(w)) continue;
      g.kind = 'person';
      continue;
    }
    // An unknown single word needs some evidence of an organisation, and none of a product.
    if (w.length === 1 || FUNCTION_WORDS.has(w.toLowerCase()) || isDemonym(w)) continue;
    const acts = g.mentions.some((m) => COMPANY_VERB_AFTER.test(m.after) || (isUnknownWord(w) && OUTLET_VERB_AFTER.test(m.after)) || POSSESSIVE_AFTER.test(m.after) || ORG_APPOSITION_AFTER.test(m.after) || listedWithOrg(m, groups));
    const product = g.mentions.some((m) => PRODUCT_AFTER.test(m.after) || PRODUCT_NOUN_BEFORE.test(m.before));
    // "in Weehawken", "near Svendborg": a town the lexicon does not know.
    // "the capital of Persia", "cities of Scottsdale, Tempe, Glendale": a place noun before it, or places beside it.
    const placed = g.mentions.some((m) => m.place >= 0 && ((IN_PLACE_BEFORE.test(m.before) && !IN_BUSINESS_BEFORE.test(m.before)) || PLACE_NOUN_OF_BEFORE.test(m.before) || (pass === 2 && listedWith(m, groups, 'place'))));
    if (!acts && !product && !FIELD_OF_STUDY.test(w) && placed) g.kind = 'place';
    else if (pass === 2 && (acts || (!product && g.mentions.length >= 2 && !ACRONYM.test(w)))) g.kind = 'organization';
  }

  // "flies to Georgia, Virginia and Carolina", "La Désirade, Petite Terre, Marie Galante": a name with
  // nothing of a person about it, listed among places, is one of them.
  for (let changed = true; changed; ) {
    changed = false;
    for (const g of all) {
      if (g.into || g.kind !== 'person' || g.titled || g.mentions.some((m) => m.person > 0 || m.kindHint)) continue;
      if (g.mentions.some((m) => inList(m) && listedWith(m, groups, 'place')) && !g.mentions.some((m) => listedWith(m, groups, 'person'))) {
        g.kind = 'place';
        changed = true;
      }
    }
  }

  // A text about places (a travel guide, a gazetteer) names few people: there the shape of a name
  // alone does not make a person ("Chehel Sotoun", "Basse Terre").
  const count = (kind: Kind) => all.filter((g) => !g.into && g.kind === kind && !g.guessed).length;
  if (count('place') >= PLACES_PER_PERSON * (count('person') + 1)) for (const g of all) if (g.guessed && g.kind === 'person' && !g.into) g.kind = null;

  // Out: canonical name, aliases, role, evidence.
  const roots = all.filter((g) => !g.into && g.kind);
  const members = new Map<Group, Group[]>();
  for (const g of all) {
    if (!g.kind && !g.into) continue;
    const r = root(g);
    if (!r.kind) continue;
    (members.get(r) ?? members.set(r, []).get(r)!).push(g);
  }
  const result: Entities = { people: [], organizations: [], places: [] };
  for (const r of roots) {
    const ms = members.get(r) ?? [r];
    const ment = ms.flatMap((g) => g.mentions);
    const kind = r.kind!;
    const canonical = kind === 'person' ? longest(ms.filter((g) => !ACRONYM.test(g.form))) ?? r : longest(ms.filter((g) => !ACRONYM.test(g.form))) ?? r;
    const name = canonical.form;
    const aliases = new Set<string>();
    for (const g of ms) {
      aliases.add(g.form);
      for (const a of g.extraAliases) aliases.add(a);
      for (const m of g.mentions) {
        if (m.written !== m.form && kind === 'person') aliases.add(m.written);
        if (m.shortForm && kind === 'person') aliases.add(m.shortForm);
        if (m.placeWithRegion && kind === 'place') aliases.add(m.placeWithRegion);
      }
    }
    aliases.delete(name);
    const sentences: string[] = [];
    for (const m of ment) if (!sentences.includes(m.evidence)) sentences.push(m.evidence);
    const entity: Entity = { name, aliases: [...aliases], mentions: ment.length, sentences };
    if (kind === 'person') {
      const role = ment.find((m) => m.role && m.form === name)?.role ?? ment.find((m) => m.role)?.role;
      result.people.push(role ? { ...entity, role } : entity);
    } else if (kind === 'organization') result.organizations.push(entity);
    else result.places.push(entity);
  }
  addHeaderEntities(doc, result);
  return result;
}

/** Neither an English word nor a known name: a coined name ("Wikinews", "LibriVox"). */
function isUnknownWord(w: string): boolean {
  return w.length > 3 && !isEnglishWord(w) && !isCommonWord(w) && !isFirstName(w) && !isLastName(w) && !isLexPlace(w) && !ACRONYM.test(w);
}

/** Legal forms of companies ("Ltd.", "Inc."): the name before them is a company's. */
const LEGAL_FORM = /^(?:Inc|Ltd|Corp|LLC|plc|PLC|AG|GmbH|S\.?A|N\.?V|Pty|Co)\.?$/;

/** A one-word person with no title and weak cues: a surname or a word of a company's name ("Douglas"). */
function weakPerson(g: Group): boolean {
  return g.kind === 'person' && !g.titled && g.mentions.every((m) => m.person < 2);
}

/**
 * "between Boeing and Lockheed Martin, Lockheed ultimately winning": an untitled name of no known
 * first name, listed beside an organisation, and short for its first word (a person is short for
 * the surname at the end). Names with hyphenated given names ("Leung Che-cheung") are people's.
 */
function listedAsCompany(g: Group, groups: Map<string, Group>): boolean {
  const t = g.tokens;
  if (t.length < 2 || g.titled || isFirstName(t[0]) || isLexPerson(g.form) || t.some((w) => HYPHENATED_GIVEN.test(w))) return false;
  const firstAlone = groups.get(k(t[0]));
  if (!firstAlone || groups.has(k(t[t.length - 1]))) return false;
  return g.mentions.every((m) => m.person < 2) && g.mentions.some((m) => listedWithOrg(m, groups));
}
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{L}+$/u;

/** A version or model number after a name ("Safari 4.0", "Terminal 3"): a product or a place in a building. */
const PRODUCT_AFTER = /^\s+\d/;
/** A common noun naming what the thing is, right before it ("web browser Safari", "the letter F"). */
const PRODUCT_NOUN_BEFORE = /\b(?:client|browser|application|app|software|program|system|version|model|letter|code\s+name|feature|technology|the\s+new|the\s+first|the\s+latest)\s+$/i;
/** "a stake in Chrysler", "invested in Acme": "in" after a word of money or work names a company. */
const IN_BUSINESS_BEFORE = /\b(?:stakes?|shares?|interests?|investments?|invest(?:s|ed|ing)?|holdings?|equity|ownership|jobs?|work(?:s|ed|ing)?|careers?|roles?|involved|employed|position)\s+in\s+$/i;
/** Fields and abstractions one is "in" ("in Linguistics", "in Freemasonry", "in Methodology"). */
const FIELD_OF_STUDY = /(?:ics|ogy|ism|ry|ship|ment|ness|tion|ure|ies)$/;
/** Prepositions that put a bare name on the map ("in Weehawken", "near Svendborg"); not "at"/"to"/"from", said of companies too. */
const IN_PLACE_BEFORE = /\b(?:in|near|outside|around|throughout|towards?|north of|south of|east of|west of)\s+$/;
const LIST_NEIGHBOUR_AFTER = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})/u;
const LIST_NEIGHBOUR_BEFORE = /(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})(?:\s*\([^()]*\))?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$/u;

/** Named in a list next to an organisation ("Ford, Chrysler, and General Motors"). */
function listedWithOrg(m: Mention, groups: Map<string, Group>): boolean {
  return listedWith(m, groups, 'organization');
}

/** Named in a list next to a name of that kind ("Ford, Chrysler", "Tempe, Glendale, Peoria"). */
function listedWith(m: Mention, groups: Map<string, Group>, kind: Kind): boolean {
  for (const re of [LIST_NEIGHBOUR_AFTER, LIST_NEIGHBOUR_BEFORE]) {
    const x = re.exec(re === LIST_NEIGHBOUR_AFTER ? m.after : m.before);
    const o = x && groups.get(k(x[1]));
    if (o && root(o).kind === kind) return true;
    if (x && !o && kind === 'place' && isLexPlace(x[1])) return true;
  }
  return false;
}
/** Inside a list, not just after a comma ("in Amman, Abdullah visited"): names on both sides, or an "and"/"or" beside it. */
function inList(m: Mention): boolean {
  const after = LIST_NEIGHBOUR_AFTER.exec(m.after);
  const before = LIST_NEIGHBOUR_BEFORE.exec(m.before);
  return Boolean((after && before) || (after && AND_OR.test(after[0])) || (before && AND_OR.test(before[0].slice(before[1].length))));
}
const AND_OR = /\b(?:and|or)\b|&/;

/** A place noun and "of" before a name ("the capital of Persia", "the island of Socotra"). */
const PLACE_NOUN_OF_BEFORE = /\b(?:capital|city|cities|town|towns|village|villages|island|islands|region|province|state|county|district|port|suburbs?|outskirts|heart|rest|all|parts?)\s+of\s+$/i;

function root(g: Group): Group {
  let r = g;
  while (r.into) r = r.into;
  return r;
}

function merge(from: Group, to: Group): void {
  const a = root(from);
  const b = root(to);
  if (a === b) return;
  a.into = b;
  if (!b.kind) b.kind = a.kind;
}

/** The group with the most mentions (the first of them on a tie). */
function mostNamed(gs: Group[]): Group {
  return gs.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
}

function longest(gs: Group[]): Group | undefined {
  return [...gs].sort((x, y) => y.tokens.length - x.tokens.length || y.mentions.length - x.mentions.length)[0];
}

/**
 * The outlet named in the dateline or byline is an organisation (an outlet only the user gave is
 * one when the text names it: every item keeps its evidence); the dateline's place is a place.
 */
function addHeaderEntities(doc: IngestedDoc, result: Entities): void {
  const { outlet, outletEvidence, dateline, datelineText } = doc.header;
  const evidence = datelineText ? [datelineText] : [];
  if (outlet && !result.organizations.some((o) => k(o.name) === k(outlet) || o.aliases.some((a) => k(a) === k(outlet)))) {
    const s = sentencesNaming(doc, [outlet]);
    const named = outletEvidence ? [outletEvidence] : [];
    if (named.length + s.length > 0) result.organizations.push({ name: outlet, aliases: [], mentions: named.length + s.length, sentences: [...named, ...s] });
  }
  // "AL-AIN, United Arab Emirates 1996-12-06", "PERTH, Australia": the country or state after the city is named too.
  const region = datelineText ? DATELINE_REGION.exec(datelineText)?.[1] : undefined;
  for (const place of [region && isLexPlace(region) ? region : null, dateline]) {
    if (!place) continue;
    const hit = result.places.find((p) => k(p.name) === k(place) || p.aliases.some((a) => k(a) === k(place)));
    if (hit) {
      hit.mentions++;
      hit.sentences.unshift(...evidence);
    } else result.places.unshift({ name: place, aliases: [], mentions: 1, sentences: evidence });
  }
}

/** The region after the city of a dateline: up to a date, a bracket or a dash. */
const DATELINE_REGION = /^[^,]+,\s*(\p{Lu}[\p{L} .'-]*?)\s*(?:\d|\(|[—–-]|$)/u;
