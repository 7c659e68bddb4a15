/**
 * The merge steps of one article's names, in order, like chrono's refiners: each joins the forms
 * that name one entity ("CSIS" and "Canadian Security Intelligence Service", "Apple Inc." and
 * "Apple", "Obama" and "Barack Obama") or settles the kind of a form its own cues left open
 * ("Douglas" beside "McDonnell Douglas", "Glendale" listed among towns). build.ts classifies each
 * form first, then runs MERGE_STEPS.
 */
import { acronymMatches, citesOrRanks, orgLikeExpansion } from './acronyms.js';
import { COMPANY_VERB_AFTER, OUTLET_VERB_AFTER, POSSESSIVE_AFTER } from './org-cues.js';
import { isEnglishWord } from './english.js';
import {
  FUNCTION_WORDS,
  PLACE_EXPANSIONS,
  ORG_SUFFIXES,
  PLACE_ACRONYMS,
  PLACE_SUFFIXES,
  ORG_APPOSITION_AFTER,
  isCommonWord,
  isDemonym,
  isFirstName,
  isLastName,
  isLexOrg,
  isLexPerson,
  isLexPlace,
} from './lexicon.js';
import { PAREN_ACRONYM } from './mentions.js';
import { actingBodies } from './acting-bodies.js';
import { ACRONYM } from './titles.js';
import { travelledPlaces } from './travel.js';
import { aboutPlaces } from './place-texts.js';
import { guideEntries } from './entries.js';
import { workTitles } from './works.js';
import { coinedNameActs } from './coined-names.js';
import { nationalTeams } from './national-teams.js';
import { airlines } from './airlines.js';
import { demonymBodies } from './demonym-bodies.js';
import { placesWithRegions } from './regions.js';
import { gazetteerTowns } from './gazetteer.js';
import { exampleOfPeople, examplesOfPeople } from './examples.js';
import { listedAmongPeople } from './listed-people.js';
import { bynameOfPlace } from './bynames.js';
import { inList, k, lastLower, listedWith, listedWithOrg, merge, mostNamed, root, type Group } from './groups.js';

/** Company-form suffixes that may be dropped to get the short name ("Apple Inc." → "Apple"). */
export const CORPORATE =
  /^(?:inc\.?|incorporated|corp\.?|corporation|co\.?|company|ltd\.?|limited|llc|plc|ag|sa|spa|nv|n\.v\.|gmbh|group|holdings|motor|motors)$/i;

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
const PRODUCT_NOUN_BEFORE =
  /\b(?:client|browser|application|app|software|program|system|version|model|letter|code\s+name|feature|technology|the\s+new|the\s+first|the\s+latest)\s+$/i;
/** "a stake in Chrysler", "invested in Acme": "in" after a word of money or work names a company. */
const IN_BUSINESS_BEFORE =
  /\b(?:stakes?|shares?|interests?|investments?|invest(?:s|ed|ing)?|holdings?|equity|ownership|jobs?|work(?:s|ed|ing)?|careers?|roles?|involved|employed|position)\s+in\s+$/i;
/** Fields and abstractions one is "in" ("in Linguistics", "in Freemasonry", "in Methodology"). */
const FIELD_OF_STUDY = /(?:ics|ogy|ism|ry|ship|ment|ness|tion|ure|ies)$/;
/** Prepositions that put a bare name on the map ("in Weehawken", "near Svendborg"); not "at"/"to"/"from", said of companies too. */
const IN_PLACE_BEFORE = /\b(?:in|near|outside|around|throughout|towards?|north of|south of|east of|west of)\s+$/;
/** A place noun and "of" before a name ("the capital of Persia", "the island of Socotra", "the desert of Chalcis", "the border of Dalmatia"). */
const PLACE_NOUN_OF_BEFORE =
  /\b(?:capital|city|cities|town|towns|village|villages|island|islands|region|province|state|county|district|port|suburbs?|outskirts|heart|rest|all|parts?|desert|borders?|coast|shores?|banks|valley|hills?|slopes|foot|mouth|diocese|kingdom|duchy|principality)\s+of\s+$/i;

/** The groups of one article that the steps merge, and the article's words written in lower case. */
export interface ArticleGroups {
  groups: Map<string, Group>;
  /** The groups in the order of their first mention. */
  all: Group[];
  /** Words the article writes in lower case somewhere ("apple", "the board"). */
  lower: Set<string>;
}

/** One merge step: joins groups that name one entity, or settles a kind. */
export interface MergeStep {
  name: string;
  run(a: ArticleGroups): void;
}

/** "between Boeing and Lockheed Martin": an untitled name listed with companies, with no known first name, is one. */
const listedCompanies: MergeStep = {
  name: 'listed-companies',
  run({ all, groups }) {
    for (const g of all) if (g.kind === 'person' && listedAsCompany(g, groups)) g.kind = 'organization';
  },
};

/** Acronyms written next to their full name: "Canadian Security Intelligence Service (CSIS)". */
const bracketedAcronyms: MergeStep = {
  name: 'bracketed-acronyms',
  run({ all, groups }) {
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
  },
};

/** Acronyms matched by initials to one full name of the article. */
const initialsAcronyms: MergeStep = {
  name: 'initials-acronyms',
  run({ all }) {
    const multiAll = all.filter((o) => o.tokens.length > 1);
    for (const g of all) {
      if (g.into || g.tokens.length !== 1 || !ACRONYM.test(g.form) || PLACE_ACRONYMS.has(g.form)) continue;
      const cands = multiAll.filter((o) => !o.into && o !== g && o.tokens.length > 1 && o.kind !== 'person' && acronymMatches(g.form, o.form));
      const distinct = new Set(cands.map((c) => root(c)));
      if (distinct.size === 1) merge(g, cands[0]);
    }
  },
};

/** Place acronyms and their full names: "US" = "United States". */
const placeAcronyms: MergeStep = {
  name: 'place-acronyms',
  run({ all, groups }) {
    for (const g of all) {
      if (g.into || !PLACE_EXPANSIONS[g.form]) continue;
      const full = PLACE_EXPANSIONS[g.form].map((f) => groups.get(k(f))).find((x) => x && !x.into && x.kind === 'place');
      if (full) merge(g, full);
      else {
        const other = Object.keys(PLACE_EXPANSIONS)
          .map((a) => groups.get(k(a)))
          .find((x) => x && x !== g && !x.into && x.kind === 'place' && PLACE_EXPANSIONS[x.form][0] === PLACE_EXPANSIONS[g.form][0]);
        if (other) merge(g, other);
      }
    }
  },
};

/** "Suvarnabhumi airport" → "Suvarnabhumi Airport". */
const placeWithItsNoun: MergeStep = {
  name: 'place-with-its-noun',
  run({ all }) {
    const twoWordsByFirst = new Map<string, Group[]>();
    for (const o of all) if (o.tokens.length === 2) (twoWordsByFirst.get(o.tokens[0]) ?? twoWordsByFirst.set(o.tokens[0], []).get(o.tokens[0])!).push(o);
    for (const g of all) {
      if (g.into || g.tokens.length !== 1 || g.kind !== 'place') continue;
      const full = (twoWordsByFirst.get(g.form) ?? []).find(
        (o) =>
          !o.into &&
          o.kind === 'place' &&
          PLACE_SUFFIXES.has(o.tokens[1].toLowerCase()) &&
          g.mentions.some((m) => m.after.toLowerCase().startsWith(' ' + o.tokens[1].toLowerCase())),
      );
      if (full) merge(g, full);
    }
  },
};

/** Company forms: "Apple Inc." → "Apple", "Ford Motor Company" → "Ford". */
const companyForms: MergeStep = {
  name: 'company-forms',
  run({ all, groups }) {
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
  },
};

/** "China Eastern" of "China Eastern Airlines": a name of places that the article writes out as a company's. */
const placeNamedCompanies: MergeStep = {
  name: 'place-named-companies',
  run({ all, groups }) {
    for (const g of all) {
      if (g.into || g.kind !== 'organization' || g.tokens.length < 3 || !ORG_SUFFIXES.has(lastLower(g))) continue;
      const short = groups.get(k(g.tokens.slice(0, -1).join(' ')));
      if (short && !short.into && short.kind === 'place' && !isLexPlace(short.form) && !short.mentions.some((m) => m.placeWithRegion)) {
        short.kind = 'organization';
        merge(short, g);
      }
    }
  },
};

/** "Liberal Party of Canada" → "Liberal Party"; "Liberals", "Trudeau Liberals" → "Liberal Party". */
const partyForms: MergeStep = {
  name: 'party-forms',
  run({ all, groups }) {
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
        const party = all.find(
          (o) => !o.into && o.kind === 'organization' && o.tokens[0] === lastTok.slice(0, -1) && /^(?:Party|Parties)$/.test(o.tokens[1] ?? ''),
        );
        if (party) {
          g.kind = 'organization';
          merge(g, party);
        }
      }
    }
  },
};

/** The people of the article named with two words or more. */
const fullNames = (all: Group[]): Group[] => all.filter((g) => g.kind === 'person' && g.tokens.length > 1);

/** People: a surname alone (or a first name alone, untitled) joins the one full name it belongs to. */
const surnames: MergeStep = {
  name: 'surnames',
  run({ all }) {
    const fulls = fullNames(all);
    for (const g of all) {
      if (g.into || g.tokens.length !== 1 || (g.kind === 'place' && isLexPlace(g.form) && !g.titled)) continue;
      // "Austin, Texas": a name written with its region is a place's, not a word of a person's name.
      if (!g.titled && g.mentions.some((m) => m.placeWithRegion)) continue;
      if (g.kind === 'organization' && g.mentions.some((m) => m.org > 0 || m.after.startsWith(' ('))) continue;
      const w = g.form;
      // ("Tabennese" of "Theodorus of Tabennese" is the place he came from, no surname.)
      const bySurname = fulls.filter((f) => !f.into && f.tokens[f.tokens.length - 1] === w && !bynameOfPlace(f.tokens));
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
      // "Bonosus" of "Bonosus of Sardica": a given name alone, named elsewhere with the place one comes from.
      const byByname = byFirst.filter((f) => bynameOfPlace(f.tokens));
      if (!g.titled && (isFirstName(w) || byByname.length === 1) && byFirst.length >= 1) {
        g.kind = 'person';
        merge(g, mostNamed(byFirst));
      }
    }
  },
};

/** Longer and shorter forms of one person ("George W. Bush" / "George Bush"/"W. Bush"). */
const longerForms: MergeStep = {
  name: 'longer-forms',
  run({ all }) {
    const fulls = fullNames(all);
    for (const g of fulls) {
      if (g.into) continue;
      const longer = fulls.filter(
        (f) =>
          f !== g &&
          !f.into &&
          f.tokens.length > g.tokens.length &&
          f.tokens[f.tokens.length - 1] === g.tokens[g.tokens.length - 1] &&
          g.tokens.every((x) => f.tokens.includes(x)),
      );
      if (longer.length === 1) merge(g, longer[0]);
    }
  },
};

/**
 * Single words left: a word of one multi-word organisation ("Apple" of "Apple Computer"), else by
 * cues. Two passes: towns with a place cue of their own first, so that the names listed beside
 * them follow them.
 */
const singleWords: MergeStep = {
  name: 'single-words',
  run({ all, groups, lower }) {
    const orgsByWord = new Map<string, Group[]>();
    for (const o of all) {
      if (o.into || o.kind !== 'organization' || o.tokens.length < 2) continue;
      const ends = new Set([o.tokens[0], ORG_SUFFIXES.has(o.tokens[o.tokens.length - 1].toLowerCase()) ? '' : o.tokens[o.tokens.length - 1]]);
      for (const w of ends) if (w) (orgsByWord.get(w) ?? orgsByWord.set(w, []).get(w)!).push(o);
    }
    for (const pass of [1, 2]) for (const g of all) singleWord(g, pass, orgsByWord, groups, lower);
  },
};

function singleWord(g: Group, pass: number, orgsByWord: Map<string, Group[]>, groups: Map<string, Group>, lower: Set<string>): void {
  if (g.into || g.tokens.length !== 1) return;
  if (g.kind === null || g.kind === 'organization' || weakPerson(g)) {
    const orgs = (orgsByWord.get(g.form) ?? []).filter((o) => !o.into && o !== g && !o.tokens.includes('of'));
    // "Douglas" beside "McDonnell Douglas" and "Douglas Aircraft": a word of the companies named.
    if (orgs.length >= 1) {
      g.kind = 'organization';
      merge(g, mostNamed(orgs));
      return;
    }
  }
  if (g.kind !== null) return;
  const w = g.form;
  // "Inc." alone, after a comma ("Atlantic Lottery Corporation, Inc."): a legal form, no name.
  if (CORPORATE.test(w)) return;
  // "at JA 261", "Tom Molomby, SC, said": a reference or a rank, wherever the acronym stands.
  if (ACRONYM.test(w) && g.mentions.every(citesOrRanks)) return;
  if (lower.has(w.toLowerCase())) return;
  // Only ever first in its sentence: its capital says nothing, unless it is no English word and
  // acts as a body does ("Wikinews spoke with ...", "Wikinews interviewed ...") or is listed with
  // one ("Ubisoft, Microsoft, and PlayStation VR all had large areas").
  const coinedBody = isUnknownWord(w) && g.mentions.some((m) => OUTLET_VERB_AFTER.test(m.after) || listedWithOrg(m, groups));
  if (g.mentions.every((m) => m.initial || m.headline) && !isLexOrg(w) && !coinedBody) return;
  if (g.orgCue < 0) return;
  if (isFirstName(w) || isLastName(w)) {
    if (!ACRONYM.test(w)) g.kind = 'person';
    return;
  }
  // An unknown single word needs some evidence of an organisation, and none of a product.
  if (w.length === 1 || FUNCTION_WORDS.has(w.toLowerCase()) || isDemonym(w)) return;
  const acts =
    g.mentions.some(
      (m) =>
        COMPANY_VERB_AFTER.test(m.after) ||
        (isUnknownWord(w) && OUTLET_VERB_AFTER.test(m.after)) ||
        POSSESSIVE_AFTER.test(m.after) ||
        ORG_APPOSITION_AFTER.test(m.after) ||
        listedWithOrg(m, groups),
    ) || coinedNameActs(g.mentions, isUnknownWord(w));
  const product = g.mentions.some((m) => PRODUCT_AFTER.test(m.after) || PRODUCT_NOUN_BEFORE.test(m.before));
  // "in Weehawken", "near Svendborg": a town the lexicon does not know.
  // "the capital of Persia", "cities of Scottsdale, Tempe, Glendale": a place noun before it, or places beside it.
  const placed = g.mentions.some(
    (m) =>
      m.place >= 0 &&
      ((IN_PLACE_BEFORE.test(m.before) && !IN_BUSINESS_BEFORE.test(m.before)) ||
        PLACE_NOUN_OF_BEFORE.test(m.before) ||
        (pass === 2 && listedWith(m, groups, 'place'))),
  );
  if (!acts && !product && !FIELD_OF_STUDY.test(w) && placed) g.kind = 'place';
  else if (pass === 2 && acts) g.kind = 'organization';
}

/**
 * "flies to Georgia, Virginia and Carolina", "La Désirade, Petite Terre, Marie Galante": a name
 * with nothing of a person about it, listed among places, is one of them.
 */
const listedAmongPlaces: MergeStep = {
  name: 'listed-among-places',
  run({ all, groups }) {
    for (let changed = true; changed;) {
      changed = false;
      for (const g of all) {
        if (g.into || g.kind !== 'person' || g.titled || g.mentions.some((m) => m.person > 0 || m.kindHint || exampleOfPeople(m))) continue;
        if (g.mentions.some((m) => inList(m) && listedWith(m, groups, 'place')) && !g.mentions.some((m) => listedWith(m, groups, 'person'))) {
          g.kind = 'place';
          changed = true;
        }
      }
    }
  },
};

/**
 * A text about places (a travel guide, a gazetteer) names few people: there the shape of a name
 * alone does not make a person ("Chehel Sotoun", "Basse Terre").
 */
const textsAboutPlaces: MergeStep = {
  name: 'texts-about-places',
  run({ all }) {
    if (!aboutPlaces(all)) return;
    for (const g of all) if (g.guessed && g.kind === 'person' && !g.into) g.kind = null;
  },
};

/** The merge steps, in the order they run (after each form is classified on its own). */
export const MERGE_STEPS: readonly MergeStep[] = [
  listedCompanies,
  nationalTeams,
  airlines,
  actingBodies,
  bracketedAcronyms,
  initialsAcronyms,
  placeAcronyms,
  placeWithItsNoun,
  companyForms,
  placeNamedCompanies,
  partyForms,
  surnames,
  longerForms,
  examplesOfPeople,
  listedAmongPeople,
  travelledPlaces,
  placesWithRegions,
  singleWords,
  gazetteerTowns,
  listedAmongPlaces,
  guideEntries,
  workTitles,
  textsAboutPlaces,
  demonymBodies,
];
