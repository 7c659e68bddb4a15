/**
 * From mentions to entities: classify each form by its cues (person, organisation, place), then
 * run the merge steps (merges.ts: surname → full name, acronym → full name, "Apple Inc." →
 * "Apple") and keep the evidence.
 */
import type { Entity, IngestedDoc, Person } from '../../types.js';
import { sentencesNaming } from '../evidence.js';
import { acronymActsAsOrg } from './acronyms.js';
import { compromiseKind } from './fallback.js';
import { bodyWordName, endsInOrgPlural, foreignBodyName, isLegislature, isTeamName, isTownNewspaper } from './org-shapes.js';
import { namedAsWork } from './works.js';
import { genusOfSpecies } from './species.js';
import { headedByMembers, headedByNonBody, headedByNonPlace } from './of-heads.js';
import { personShaped } from './shape.js';
import { bynameOfPlace } from './bynames.js';
import { placeApposition } from './place-appositions.js';
import { isStormName } from './storms.js';
import { agencyForms } from '../../ingest/agencies.js';
import { escapeRegExp } from '../../lib/regexp.js';
import { placeWordScore } from './place-words.js';
import {
  FUNCTION_WORDS,
  DIRECTIONS,
  STOCK_INDEX,
  STANDARD_AND_POORS,
  INDEX_AFTER,
  isDemonym,
  ORG_HEADS,
  PLACE_HEADS,
  ORG_SUFFIXES,
  PLACE_ACRONYMS,
  PLACE_SUFFIXES,
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
import { k, lastLower, longest, root, type Group } from './groups.js';
import { CORPORATE, MERGE_STEPS, type ArticleGroups } from './merges.js';

export interface Entities {
  people: Person[];
  organizations: Entity[];
  places: Entity[];
}

const last0 = (t: string[]): string => t[t.length - 1].toLowerCase();

const MODEL_NUMBER_AFTER = /^\s+\d/;
/** Last words of the names of events, shows and programmes ("Beijing Olympic Games", "Paris Air Show"): no entities here. */
const EVENT_SUFFIX =
  /^(?:Games|Olympics|Paralympics|Conference|Show|Expo|Summit|Festival|Cup|Championship|Championships|Awards?|Prizes?|Medal|Trophy|Fair|Week|Program|Programme|Series|Bowl|Marathon|Open|Prix|Derby|War|Wars|Revolution|Act|Amendment|Treaty|Accords?|Index)$/;
/** First words of names of events and writings before "of" ("Battle of Chudnov", "Gospel of the Hebrews"). */
const EVENT_HEAD = /^(?:Battle|Siege|Sack|Fall|War|Treaty|Peace|Gospel|Book|Diary|Letters?|Epistle|Tale|Song|Ballad|Edict|Massacre|Raid|Invasion|Liberation)$/;
/** Events named by one word. */
const GAMES = /^(?:Olympics|Paralympics|Olympiad)$/;
/** Last words of shows, series, lectures and collections, named after a person or not ("Jeff McBride Experience", "Santa Cruz Lectures"). */
const WORK_TAIL =
  /^(?:Podcast|Experience|Mysteries|Lectures?|Statue|Collections?|Studies|Today|Tonight|Hour|Chronicles|Diaries|Files|Saga|Adventures|Tales|Memoirs|Sessions|Polaroids?)$/;
/** "a", "an" right before a name: a kind of thing ("a UNESCO World Heritage Site"). */
const INDEFINITE_BEFORE = /\b(?:a|an)\s+$/i;
/** Words that start names of rivers, mountains, lakes and forts ("River Ouse", "Mount Snowdon"). */
const PLACE_PREFIX = /^(?:River|Mount|Mt\.?|Lake|Loch|Cape|Isle|Fort|Glen|Lac|Rio|Monte|Mont|Pic|Sierra|Cerro|Wadi|Jebel|Jabal|Bukit|Gunung|Pulau|Kampong)$/;
/** A compass point ending a district's name ("Kowloon East"). */
const COMPASS = /^(?:East|West|North|South|Central|Northeast|Northwest|Southeast|Southwest)$/;
/** "World War II", "Super Bowl XLV": a roman numeral after an event's name. */
const ROMAN = /^[IVXLC]+$/;
/** A letter or an initial ("E", "L."). */
const LETTER = /^\p{Lu}\.?$/u;
const THE_BEFORE = /\bthe\s+$/i;
/** "Chasing Liberty (2004)": a work with its year. */
const WORK_YEAR_AFTER = /^\s*\(\s*(?:1[5-9]|20)\d{2}\s*\)/;
const PLACE_NOUN_AFTER_RE = /^\s+(?:airport|city|province|state|county|region|island|district|village|town)\b/;

/** "Study" or "Survey" last: a piece of research ("Australian National Iodine Nutrition Study", "Household Energy Consumption Survey"). */
const STUDY_TAIL = /^(?:Study|Survey)$/;

/**
 * A study or a survey, not the body that runs one: no word of a body in the name ("Institute for
 * Advanced Study", "British Geological Survey" and "Ordnance Survey" are bodies: the first has a
 * body's word, the others are two or three words long).
 */
function namesAStudy(t: string[]): boolean {
  return t.length >= 4 && STUDY_TAIL.test(t[t.length - 1]) && !t.some((w) => BODY_OF_STUDY.test(w));
}
/** Words of bodies that run studies and surveys ("Institute for Advanced Study", "Center for ..."). */
const BODY_OF_STUDY =
  /^(?:Institute|Institution|Center|Centre|Council|Agency|Department|Office|Ministry|Bureau|Board|Foundation|Society|University|College|School|Commission|Service|Administration|Academy)$/;

/** "FTSE 100", "Japan's Nikkei", "Standard & Poor's 500", "the Merval index": indices are no entities. */
function isStockIndex(g: Group): boolean {
  if (g.tokens.some((w) => STOCK_INDEX.test(w)) || STANDARD_AND_POORS.test(g.form)) return true;
  return !isLexPlace(g.form) && !PLACE_ACRONYMS.has(g.form) && g.mentions.every((m) => INDEX_AFTER.test(m.after));
}

/** "Nobel Prize", "World Series", "Vietnam War", "World War II", "Battle of Chudnov": events, prizes, laws and writings. */
function isEventName(t: string[]): boolean {
  const last = ROMAN.test(t[t.length - 1]) && t.length > 2 ? t[t.length - 2] : t[t.length - 1];
  // "Daughters of the American Revolution": an order named by its members, not the event.
  return (EVENT_SUFFIX.test(last) && !headedByMembers(t)) || (t[1] === 'of' && EVENT_HEAD.test(t[0]));
}

/**
 * A phrase no person's name can be: with "&" or a word of organisations or places ("Mary & Leigh
 * Block Museum of Art", "Boston Red Sox of Major League Baseball"), or a common word before "of"
 * ("History of Peter", "One of Gordon"; not "Hilary of Poitiers").
 */
function noPersonPhrase(t: string[]): boolean {
  // ("Brook Taylor", "Park Joo-ho": a first word of places is a given name or surname too.)
  if (t.includes('&') || t.some((w, i) => i > 0 && (ORG_SUFFIXES.has(w.toLowerCase()) || PLACE_SUFFIXES.has(w.toLowerCase())))) return true;
  return t.indexOf('of') > 0 && isCommonWord(t[0]) && !isFirstName(t[0]);
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
  if (t.length === 1 && !isLexPlace(form) && !g.mentions.some((m) => m.placeWithRegion || PLACE_NOUN_AFTER_RE.test(m.after) || placeApposition(m.after)))
    place = Math.min(place, 1);
  g.titled = g.mentions.some((m) => m.role !== null);
  if (t.length === 1 && FUNCTION_WORDS.has(form.toLowerCase()) && !g.titled && !ACRONYM.test(form)) return null;
  if (
    isStockIndex(g) ||
    (!g.titled && (t.length > 1 ? isEventName(t) || isStormName(t) || WORK_TAIL.test(t[t.length - 1]) || namesAStudy(t) : GAMES.test(form)))
  ) {
    g.dropped = true;
    return null;
  }
  // "the television series Gilmore Girls": only ever a work's title (works.ts).
  // ... and "Formica fusca": a genus, named with its species (species.ts).
  if (!g.titled && (g.mentions.every(namedAsWork) || g.mentions.some(genusOfSpecies))) {
    g.dropped = true;
    return null;
  }
  if (t.length === 1 && (DIRECTIONS.test(form) || CORPORATE.test(form))) return null;
  // "a UNESCO World Heritage Site", "an All-NCAA Regional Team": always after "a", a kind, not a name.
  if (
    t.length > 1 &&
    !g.titled &&
    g.mentions.every((m) => INDEFINITE_BEFORE.test(m.before)) &&
    isCommonWord(t[t.length - 1]) &&
    !ORG_SUFFIXES.has(last0(t)) &&
    !PLACE_SUFFIXES.has(last0(t)) &&
    !isLexOrg(form)
  )
    return null;
  // "Guangzhou Opera House", "Plac Wolności", "Paseo de Montejo": words of sites and foreign places.
  place += placeWordScore(t);
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
  // "Austin, Texas": a given name written with a known region, and no cue of a person, is the town.
  // "Apollinaris of Laodicea": a given name and the place one comes from (bynames.ts).
  if (bynameOfPlace(t)) person += 3;
  if (isLexPerson(form) && !(single && !g.titled && g.mentions.some((m) => m.placeWithRegion) && g.mentions.every((m) => m.person <= 0))) person += 3;
  if (isLexOrg(form)) org += 4;
  if (!single && ORG_SUFFIXES.has(last)) org += plausiblePersonName(t) ? 2 : 4;
  if (t.includes('of') && ORG_HEADS.has(t[0].toLowerCase())) org += 3;
  if (t.includes('of') && PLACE_HEADS.has(t[0].toLowerCase())) place += 3;
  // "Conservative Party of Canada", "Government of India": an organisation word before "of".
  const ofAt = t.indexOf('of');
  if (ofAt > 0 && ORG_SUFFIXES.has(t[ofAt - 1].toLowerCase())) org += 4;
  if (!single && /^(?:Air|Bank|University|Banco|Groupe)$/.test(t[0])) org += 3;
  // "St. Louis Cardinals", "Barstool Sports": a team, a company or a band by the shape of its name.
  if (isTeamName(t) || isTownNewspaper(t)) org += 6;
  else if (!g.titled && endsInOrgPlural(t)) org += 2;
  if (foreignBodyName(t) || bodyWordName(t) || headedByMembers(t)) org += 4;
  // "the Senate", "Parliament's": a legislature's one-word name, capitalised inside a sentence.
  if (isLegislature(t) && g.mentions.some((m) => !m.initial && !m.headline)) org += 4;
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
  // "Doctor of the Church", "Conservation of Energy": the body's words after "of" are not the phrase's (of-heads.ts).
  if (org > 0 && org >= person && org >= place && !g.titled && g.orgCue <= 0 && !isLexOrg(form) && headedByNonBody(t)) return null;
  let best = Math.max(person, org, place);
  // "the End of the World", "the Festival of Angels": "the" alone (a cue of 1) makes no organisation.
  if (best < 2 && (single || (person <= 0 && org <= 1))) best = 0;
  if (!single && /^(?:\p{Lu}\.)+$/u.test(t[0]) && plausiblePersonName(t) && best === 0) return 'person';
  // A multi-word name always followed by a model number is a product ("Rolls-Royce Trent 900").
  // ("Omar Said 23 , Lars Holm 67" is a list of scorers with their minutes.)
  // ("New York 74 55": a known place or body with its results is not one either.)
  if (
    !single &&
    !g.titled &&
    !(isFirstName(t[0]) && plausiblePersonName(t)) &&
    !isLexPlace(form) &&
    !isLexOrg(form) &&
    g.mentions.every((m) => MODEL_NUMBER_AFTER.test(m.after) && m.person <= 0)
  )
    return null;
  if (best === 0) {
    if (single) return null;
    const tagged = compromiseKind(g.form);
    // "Mary & Leigh Block Museum of Art", "History of Peter": a given name inside makes no person of a phrase no person's name can be.
    if (tagged === 'person' && noPersonPhrase(t)) return null;
    if (tagged === 'person') g.guessed = true;
    // "Food Standards of Australia": compromise's place is the one named after "of", not the phrase.
    if (tagged === 'place' && headedByNonPlace(t)) return null;
    if (tagged) return tagged;
    // "Thibaut Courtois", not in a headline, not after "the", not a work with its year.
    // ("Feyenoord 2 Vitesse Arnhem 1": a team with its score is not one.)
    if (
      personShaped(t) &&
      g.mentions.some((m) => !m.headline) &&
      !g.mentions.some((m) => m.place !== 0 || m.org > 0 || THE_BEFORE.test(m.before) || WORK_YEAR_AFTER.test(m.after) || MODEL_NUMBER_AFTER.test(m.after))
    ) {
      g.guessed = true;
      return 'person';
    }
    // No cue either way: a capitalised phrase may be a product, an event, a programme; leave it out.
    return null;
  }
  if (person === best && (g.titled || (person > org && person > place))) return 'person';
  if (org === best && (org > place || !isLexPlace(form))) return 'organization';
  if (place === best) return 'place';
  return person === best ? 'person' : 'organization';
}

/** Groups the mentions by form (a headline's form gives way to the body's). */
function groupByForm(mentions: Mention[]): Map<string, Group> {
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
  return groups;
}

/** Leaves out the names known to be none (stock indexes, events), with the acronym written beside them ("Dow Jones Industrial Average (DJIA)"). */
function dropNonNames(groups: Map<string, Group>): void {
  for (const g of groups.values()) {
    if (!g.dropped) continue;
    for (const m of g.mentions) {
      const p = PAREN_ACRONYM.exec(m.after);
      const acr = p && groups.get(k(p[1]));
      if (acr) acr.dropped = true;
    }
  }
  for (const [key, g] of groups) if (g.dropped) groups.delete(key);
}

/** One article's people, organisations and places: each form classified by its cues, then the merge steps (merges.ts), then the header's outlet and dateline. */
export function buildEntities(doc: IngestedDoc, mentions: Mention[], lower: Set<string>): Entities {
  const groups = groupByForm(mentions);
  const bodyForms = new Set(mentions.filter((m) => !m.headline).map((m) => k(m.form)));
  for (const g of groups.values()) g.kind = classify(g, bodyForms);
  dropNonNames(groups);
  const article: ArticleGroups = { groups, all: [...groups.values()], lower };
  for (const step of MERGE_STEPS) step.run(article);
  const result = entitiesOf(article.all);
  addHeaderEntities(doc, result);
  return result;
}

/** The entities of the article: each root group with its members' names as aliases, its role and its evidence. */
function entitiesOf(all: Group[]): Entities {
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
    const canonical = kind === 'person' ? (longest(ms.filter((g) => !ACRONYM.test(g.form))) ?? r) : (longest(ms.filter((g) => !ACRONYM.test(g.form))) ?? r);
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
  return result;
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
    if (named.length + s.length > 0)
      result.organizations.push({ name: outlet, aliases: writtenForms(outlet, named), mentions: named.length + s.length, sentences: [...named, ...s] });
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

/** The other forms of an agency its dateline or byline writes ("(AP)" for the Associated Press). */
function writtenForms(outlet: string, evidence: string[]): string[] {
  return agencyForms(outlet).filter((f) => f !== outlet && evidence.some((e) => new RegExp(`(?<![\\p{L}])${escapeRegExp(f)}(?![\\p{L}])`, 'u').test(e)));
}

/** The region after the city of a dateline: up to a date, a bracket or a dash. */
const DATELINE_REGION = /^[^,]+,\s*(\p{Lu}[\p{L} .'-]*?)\s*(?:\d|\(|[—–-]|$)/u;
