/**
 * From capitalised spans to name mentions: drop sentence-initial common words, split titles
 * off, clean the form (possessive, hyphenated suffix, ALL CAPS), and note the cues around each
 * mention (role before or after, company words, "in"/"at" before a place).
 */
import type { Mention } from './mention.js';
import { invertedNames } from './inverted.js';
import { splitPairs } from './pairs.js';
import { joinEpithets } from './epithets.js';
import type { IngestedDoc } from '../../types.js';
import { findSpans } from './spans.js';
import { isNationalityNoun } from './nationalities.js';
import { GENERATIONAL, isHonorific, isPortfolio, isPosition, isPostNominal } from './positions.js';
import { ACRONYM, isTitleWord, plausiblePersonName, splitTitle, trailingNameAfterLongTitle } from './titles.js';
import { roleAfter, roleBefore } from './roles.js';
import { affiliationParts } from './affiliations.js';
import { isAirlineHead } from './airlines.js';
import { citedPairAt, citesScholarly, isCitedAuthor, nextCitationInList } from './citations.js';
import { findRoads } from './roads.js';
import { joinNicknames } from './nicknames.js';
import { creditedNames } from './credits.js';
import { namesGod } from './deities.js';
import { addressOfName, emailAfter } from './contacts.js';
import { personApposition } from './person-appositions.js';
import { placeApposition } from './place-appositions.js';
import { withoutCampusTowns } from './campuses.js';
import { regionAfterPlacePhrase } from './regions.js';
import { regnalI, withoutNumeral } from './regnal.js';
import { ORG_KIND_AFTER, ORG_KIND_BEFORE, ORG_KINDS_LISTED_BEFORE, OUTLET_PRODUCT_AFTER } from './org-cues.js';
import { CAPTION_HEAD } from './entries.js';
import { personShaped } from './shape.js';
import { isListLine, isRosterName } from './rosters.js';
import { isScorecardName } from './scorecards.js';
import { isTeamAfterCountry } from './results-teams.js';
import { isCompetitorWithSide, namesSides } from './competitors.js';
import { isPriceMove } from './price-moves.js';
import { agencyName } from '../../ingest/agencies.js';
import { sectionLabelEnd } from './sections.js';
import { isCaseCitation, isCaseParty, isLegalText } from './cases.js';
import {
  FUNCTION_WORDS,
  NEVER_NAMES,
  ORG_SUFFIXES,
  ORG_CONTEXT_AFTER,
  ORG_CONTEXT_BEFORE,
  ORG_APPOSITION_AFTER,
  PERSON_CONTEXT_AFTER,
  ROLE_NOUNS,
  isCommonWord,
  isDemonym,
  isGroupWord,
  isFirstName,
  isLastName,
  isLexPlace,
  isLexOrg,
  lexTags,
} from './lexicon.js';

export type { Mention } from './mention.js';

export interface Segment {
  text: string;
  /** The sentence given as evidence. */
  evidence: string;
  /** A Title Case or ALL CAPS line: capitals say little, names need support from the body. */
  headline: boolean;
  /** The document cites authors with years ("et al.", "(Moretti, 2013)"). */
  scholarly: boolean;
  /** The document cites court cases ("Green versus United States", "case law"). */
  legal: boolean;
}

/** "Canadian Security Intelligence Service (CSIS)". */
export const PAREN_ACRONYM = /^\s*\(\s*((?:\p{Lu}[\p{Lu}&]{1,7}s?)|(?:\p{Lu}\.){2,5})\s*\)/u;
const PLACE_BEFORE = /\b(?:in|at|near|to|from|across|outside|inside|throughout|towards?|visit(?:ed|ing)?)\s+(?:the\s+)?$/i;
const ROLE_WORD_BEFORE = /\b([a-z-]+)\s+$/;
/** A lower-case word right after ("coach" of "Panama coach"). */
const ROLE_WORD_AFTER = /^\s+([a-z-]+)\b/;
const COMMA_PLACE_AFTER = /^,\s+((?:\p{Lu}[\p{L}.]*)(?:\s+\p{Lu}[\p{L}.]*){0,2})/u;
/** A lower-case place noun after a name ("Heathrow airport", "Craiova city"). */
const PLACE_NOUN_AFTER =
  /^\s+(?:airport|city|province|state|county|region|river|island|valley|district|village|town|harbou?r|port|center|centre|stadium|arena|hall|hotel|museum|square|bridge|station|theat(?:er|re)|mall)\b/;
/** A name right after another capitalised name or a model number ("Boeing 787 Dreamliner"): a product. */
const PRODUCT_OWNER_BEFORE = /(?:\p{Lu}[\p{L}]+\s+(?:\d[\w-]*\s+)?|(?:^|\s)\d[\d-]*\s+)$/u;
/** "US$", "US $129", "US dollars", "AU$40": a currency, not a place. */
const CURRENCY_AFTER = /^(?:\s?\$|\s+dollars?\b)/;
/** A code of three capitals ("MXN", "DKK"). */
const CODE_AFTER_AMOUNT = /^\p{Lu}{3}$/u;
/** An amount right before a word ("250 ", "1,200.50 "; not a year, "In 2009 BBC reporters"). */
const AMOUNT_BEFORE = /(?<![\d,.])(?:\d{1,3}(?:[,.]\d+)*|\d{5,})\s$/;
/** Words inside a role title that are no titles alone ("Chief Operating Officer"). */
const ROLE_MODIFIER =
  /^(?:Operating|Financial|Technology|Technical|Information|Marketing|Operations|Executive|Managing|General|Senior|Vice|High|Fellow|Member)$/;
/** A capitalised "The" right before the name, part of a title ("The Guardian", "to The Independent"). */
const CAPITAL_THE_BEFORE = /(?:^|[^\p{L}])The\s*$/u;
/** One-word titles of newspapers and magazines ("Guardian", "Independent", "Times", "Globe"). */
export const NEWSPAPER_WORD =
  /^(?:Guardian|Independent|Times|Post|Telegraph|Observer|Economist|Sun|Mirror|Express|Mail|Herald|Tribune|Chronicle|Globe|Star|Examiner|Inquirer|Courier|Register|Bulletin|Dispatch|Monitor|Gazette|Journal|Spectator|Atlantic|Nation|Hindu|Australian|Scotsman|Age|Oregonian|Tennessean)$/;
/** A lower-case word after the title that makes it a modifier ("The Post office", "The Star player") or a longer name ("The Standard and Poor's"): not a verb or a function word. */
const NOUN_NEXT =
  /^\s+(?:and\s|&\s|(?!(?:said|says|wrote|told|in|on|of|at|for|as|to|from|with|by|that|which|who|has|had|have|is|was|will|would|and|or)\b)\p{Ll}+(?<!ed|s)\b)/u;
/** Words that modify the title after them ("Assistant Secretary", "Associate Justice"). */
/** Words that take a part or a number of something ("Shares of", "Residents of", "Thousands of"): no head of a name. */
const PART_OF_HEAD =
  /^(?:Standings|Rankings|Scores|Shares|Stocks|Stock|Bonds|Residents|Citizens|Thousands|Hundreds|Millions|Billions|Dozens|Scores|Tens|Parts?|Most|Much|Many|Some|Several|Members|Fans|Supporters|Employees|Workers|Staff|Officials|Leaders|Critics|Opponents|Users|Customers|Owners|Investors|Analysts|Representatives|Pictures|Photos|Images|Copies|Details|Results|Sales|Prices)$/;
/** A word of a camp or a stance, hyphenated ("Pan-democrat", "Pro-Beijing", "Anti-war", "Ex-Labour"). */
const STANCE_PREFIX = /^(?:Pan|Pro|Anti|Ex|Non|Neo|Far|Hard|Centre|Center)-\p{L}+$/u;
/** A line of results and nothing else: "Arsenal 2 West Ham 0", "Switzerland 2 Croatia 1". */
const RESULT_LINE = /^\s*\p{Lu}[\p{L}.'’ -]*?\s\d{1,3}\s+\p{Lu}[\p{L}.'’ -]*?\s\d{1,3}\s*(?:\(.*\))?\s*$/u;
/** A capitalised plural ("Generals", "Senators"): a title shared by the names after it. */
const PLURAL_TITLE = /^\p{Lu}\p{Ll}+s$/u;
const TITLE_MODIFIER_WORD = /^(?:Assistant|Associate|Under|Principal)$/;
const SPEECH_AFTER = /^,?\s+(?:said|says|told|added|explained|stated|asked|argued|noted|wrote|recalled|remembered|commented)\b/;
const SPEECH_BEFORE = /\b(?:said|says|told|added|explained|stated|asked|argued|noted|wrote|commented|interview(?:s|ed)?)\s+$/;
const QUOTED_AS_AFTER = /^\s+as\s+saying\b/;
const COUNTRY_IN_PARENS_AFTER = /^\s*\(\s*([\p{Lu}][\p{L} .]{0,30}?)\s*\)/u;
/** What follows "Name (Country)" in a results line: a time, a score, a result verb. */
const RESULT_AFTER = /^\s*(?:\d|beat\b|bt\b|def\.?|defeated\b|lost\b|drew\b|won\b|vs?\.?\s)/;
/** A scorer's minute after the name, in a list ("Omar Said 23 , Lars Holm 67", "Regi Blinker 45 )"). */
const MINUTE_AFTER = /^\s+(?:1[0-2]\d|\d{1,2})(?:\+\d{1,2})?(?:\s*(?:pen|penalty|og|o\.g\.))?\s*(?:[,;)]|$)/;
/** A number, score or time token. */
const NUMBER_TOKEN = /(?<![\p{L}\d])\d[\d:.,-]*(?![\p{L}\d])/gu;
const THE_BEFORE = /\bthe\s+$/i;
/** "Eastern Europe", "Western Australia": a compass word capitalised before a place is part of a region's name. */
const COMPASS_ADJECTIVE = /^(?:Northern|Southern|Eastern|Western|Central|North|South|East|West|Upper|Lower)$/;
/** Titles of peers, held "of" a place ("Earl of Clare", "Duke of Wellington", "Marquess of Bath"). */
const PEERAGE = /^(?:Earl|Duke|Duchess|Marquess|Marquis|Marchioness|Viscount|Viscountess|Baron|Baroness|Countess)$/;
/** A capitalised preposition, which ends no name ("Australia On Saturday"). */
const TRAILING_PREPOSITION = /^(?:On|Upon|In|At|From|With|Into)$/;
/** Words that follow a name without being part of it ("Air France Flight 447"). */
const TRAILING_NOT_NAME = /^(?:Flight|Flights)$/;
const HYPHEN_TAIL = /-(?:\p{Ll}[\p{L}]*)$/u;
/** A given name of two syllables joined by a hyphen ("Chung-tai", "Cheuk-yan"). */
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** Lower-case words glued to a name by a hyphen that make it an adjective ("Toronto-area", "Intel-based", "EADS-led"). */
const HYPHEN_MODIFIER =
  /^(?:area|based|born|bred|led|owned|run|backed|made|built|funded|linked|allied|aligned|controlled|held|occupied|dominated|bound|wide|style|era|type|class|sized|size|like|related|friendly|free|centric|themed|inspired|speaking|language|registered|listed|flagged|level|only|specific|focused|sponsored|affiliated|trained|educated)$/;
/** Hyphen tails that make the name the agent ("EADS-led", "state-owned", "NATO-backed"). */
const AGENT_HYPHEN = /-(?:led|owned|run|backed|funded|controlled|sponsored|operated|financed|brokered)$/;
/** Does the hyphen tail turn the name into an adjective? "Kim Jong-un" and "Cheng Chung-tai" keep their syllables. */
const hyphenModifier = (t: string): boolean => {
  const tail = /-(\p{Ll}[\p{L}]*)$/u.exec(t)?.[1];
  // Short tails that only the lexicon calls verbs are syllables of given names ("Leung Kwok-hung").
  return (
    tail !== undefined &&
    (HYPHEN_MODIFIER.test(tail) ||
      (tail.length > 4 && lexTags(tail).some((x) => x === 'PastTense' || x === 'Participle' || x === 'Gerund' || x === 'Adjective')))
  );
};
/** Two or three capitalised words with no organisation or place word: a name after a nationality ("Dane Lars Holm"). */
const PERSON_NAME_AFTER_NATIONALITY = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.?[\p{L}'’-]*){1,2}$/u;

function titleCase(w: string): string {
  return w.toLowerCase().replace(/(^|[-'’\s.])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** Is the line written in Title Case or ALL CAPS? */
export function isHeadlineCase(text: string): boolean {
  // Results, tables and line-ups ("1. Anna Berg ( Norway ) 2:01.45", "Scorers : Omar Said 23 , Lars Holm 67") are capitalised for their names.
  if ((text.match(NUMBER_TOKEN) ?? []).length >= 2 || isListLine(text) || namesSides(text)) return false;
  const words = text.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  if (words.length < 3) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.7;
}

export function segmentsOf(doc: IngestedDoc): Segment[] {
  const segs: Segment[] = [];
  const title = doc.header.title;
  const scholarly = citesScholarly(doc.text);
  const legal = isLegalText(doc.text);
  if (title) segs.push({ text: title, evidence: title, headline: isHeadlineCase(title), scholarly, legal });
  if (doc.header.dek) segs.push({ text: doc.header.dek, evidence: doc.header.dek, headline: isHeadlineCase(doc.header.dek), scholarly, legal });
  for (const s of doc.sentences)
    segs.push({ text: s.text, evidence: s.text, headline: isHeadlineCase(s.text) && !/[.!?]["”]?$/.test(s.text), scholarly, legal });
  return segs;
}

/** A whole word in lower case: not inside "e-mail", "U.S.", "don't" runs. */
const LOWER_WORD = /(?<![\p{L}'’.-])\p{Ll}\p{L}*(?![\p{L}'’.-])/gu;

/** Lower-case words of the body ("parliament"), to tell common words from names at sentence starts. */
export function lowerWords(doc: IngestedDoc): Set<string> {
  const set = new Set<string>();
  for (const m of doc.text.matchAll(LOWER_WORD)) set.add(m[0]);
  return set;
}

function normaliseToken(t: string, headline: boolean, allCaps = false): string {
  if (allCaps && /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u.test(t) && (t.length >= 4 || lexTags(titleCase(t)).length > 0)) return titleCase(t);
  if (/^\p{Lu}[\p{Lu}\p{M}'’-]{4,}$/u.test(t) || (headline && /^\p{Lu}[\p{Lu}\p{M}'’-]{2,}$/u.test(t) && !ACRONYM.test(t))) return titleCase(t);
  if (/^\p{Lu}[\p{Lu}]{2,}$/u.test(t) && isLexPlace(titleCase(t)) && t.length > 3) return titleCase(t);
  return t;
}

export function mentionsOf(doc: IngestedDoc, segments: Segment[], lower: Set<string>): Mention[] {
  const out: Mention[] = [];
  const found = segments.map((seg) => findSpans(seg.text));
  // Forms written inside a sentence: their capitals are meant ("General Motors" at a sentence start too).
  const inner = new Set<string>();
  found.forEach((spans, i) => {
    if (segments[i].headline) return;
    for (const s of spans) {
      if (!s.initial) inner.add(s.tokens.join(' '));
      else if (/^(?:The|A|An)$/.test(s.tokens[0]) && s.tokens.length > 1) inner.add(s.tokens.slice(1).join(' '));
    }
  });
  segments.forEach((seg, si) => {
    const allCaps = !/\p{Ll}/u.test(seg.text) && /\p{Lu}{3}/u.test(seg.text);
    const inverted = invertedNames(seg.text, found[si]);
    const roads = findRoads(seg.text);
    const affiliations = affiliationParts(seg.text);
    // "RUGBY UNION - CUTTITTA BACK FOR ITALY": the desk's label of a wire headline names nothing.
    const sectionEnd = seg.text === doc.header.title ? sectionLabelEnd(seg.text) : -1;
    for (const [spanIndex, span] of found[si].entries()) {
      if (inverted.givens.has(spanIndex) || span.end <= sectionEnd) continue;
      // "Durham University, United Kingdom": an affiliation's parts are named whole below.
      if (affiliations.some((a) => span.start < a.end && span.end > a.start)) continue;
      // "Ave" of "S 75th Ave", "Hwy" of "Hwy 51": a word of a numbered road is no name of its own.
      if (roads.some((r) => span.start >= r.start && span.end <= r.end)) continue;
      const firstMention = out.length;
      let tokens = span.tokens.map((t) => normaliseToken(t, seg.headline || allCaps, allCaps));
      let start = span.start;
      // "devote himself to God": the name of God inside a sentence (deities.ts).
      const god = namesGod(tokens, span.initial || seg.headline);
      // Sentence-initial (and headline) common words are not names: "However", "Opposition parties", "The".
      const dropCommon = (i: number) => {
        const t = tokens[i];
        if (/^(?:The|A|An)$/i.test(t)) return true;
        // "The Independent reported": a newspaper's title, capitalised after its "The".
        if (i === 0 && NEWSPAPER_WORD.test(t) && span.tokens.length === 2 && span.tokens[0] === 'The') return false;
        if (NEVER_NAMES.has(t.toLowerCase()) && !isTitleWord(t) && !god) return true;
        // "Finance Minister Ruth Kane": the portfolio is part of the title.
        if (isPortfolio(t) && tokens.slice(i + 1).some((x) => isTitleWord(x))) return false;
        // "Assistant Secretary of the Air Force": a modifier of the title after it.
        if (TITLE_MODIFIER_WORD.test(t) && isTitleWord(tokens[i + 1] ?? '')) return false;
        if (!(span.initial && i === 0) && !seg.headline && !allCaps) return false;
        // "Air Chathams fly 5 days per week": a carrier's "Air".
        if (isAirlineHead(t, tokens[i + 1])) return false;
        // "2017; Chambers, 2017)": a cited author after the semicolon of a list of citations.
        const citedBefore = seg.text.slice(Math.max(0, start - 60), start);
        if (
          tokens.length === 1 &&
          seg.scholarly &&
          nextCitationInList(citedBefore) &&
          isCitedAuthor(citedBefore, seg.text.slice(span.end, span.end + 80), true)
        )
          return false;
        // "Bowling : Dean Hollins 21-4-63-2", "Ajax : Frank de Boer , ...": a player's given name, not a common word.
        if (i === 0 && tokens.length > 1 && listedPlayer(seg.text, span, tokens)) return false;
        // "Shares of Procter & Gamble rose": a quantity or part of something before "of" is no name's head.
        // "Map of Guadeloupe", "View of the George Washington Bridge": a caption's first word.
        if (i === 0 && tokens[1] === 'of' && (PART_OF_HEAD.test(t) || CAPTION_HEAD.test(t))) return true;
        if (
          ACRONYM.test(t) ||
          inner.has(tokens.join(' ')) ||
          isLexPlace(tokens.join(' ')) ||
          isLexOrg(tokens.join(' ')) ||
          /^(?:of|&|and)$/.test(tokens[1] ?? '')
        )
          return false;
        // A noun before a place names a company or body ("Air Canada", "Radio Canada").
        if (tokens.length > 1 && lexTags(t).some((x) => x === 'Singular' || x === 'Uncountable') && isLexPlace(tokens.slice(1).join(' '))) return false;
        return (isCommonWord(t) && !isTitleWord(t)) || (lower.has(t.toLowerCase()) && !isFirstName(t) && !isLexPlace(t) && !isTitleWord(t));
      };
      while (tokens.length && dropCommon(0)) {
        start += seg.text.slice(start).indexOf(tokens[0]) + tokens[0].length;
        tokens = tokens.slice(1);
        while (tokens.length && /^(?:of|the|and|&|for|on|upon)$/.test(tokens[0])) tokens = tokens.slice(1);
      }
      // Headlines: split at common words ("Apple Unveils New iPhone").
      // Split at words that are never part of a name here: numbers ("Airbus A380"), months and days, and in headlines common words.
      const groups: string[][] = [];
      let cur: string[] = [];
      // "NEW YORK 74 55": a known place or body written in capitals stays whole.
      const whole = inner.has(tokens.join(' ')) || isLexPlace(tokens.join(' ')) || isLexOrg(tokens.join(' '));
      for (const [ti, t] of tokens.entries()) {
        const breaks =
          /\d/.test(t) ||
          (NEVER_NAMES.has(t.toLowerCase()) &&
            !isTitleWord(t) &&
            !god &&
            !regnalI(tokens, ti, seg.text.slice(Math.max(0, start - 30), start), seg.text.slice(span.end))) ||
          ((seg.headline || allCaps) &&
            (isCommonWord(t) || FUNCTION_WORDS.has(t.toLowerCase())) &&
            !isTitleWord(t) &&
            !ACRONYM.test(t) &&
            !/^(?:of|and|&|the)$/.test(t) &&
            !isAirlineHead(t, tokens[ti + 1]) &&
            !whole);
        if (breaks) {
          if (cur.length) groups.push(cur);
          cur = [];
        } else cur.push(t);
      }
      if (cur.length) groups.push(cur);
      if (tokens.length === 1 && CURRENCY_AFTER.test(seg.text.slice(span.end, span.end + 12))) continue;
      // "250 MXN", "70 DKK": a code of three capitals after an amount is its currency or unit.
      if (tokens.length === 1 && CODE_AFTER_AMOUNT.test(tokens[0]) && AMOUNT_BEFORE.test(seg.text.slice(Math.max(0, start - 16), start))) continue;
      for (let g of groups) {
        // "Australia On Saturday": a capitalised preposition ends no name (a sentence whose full stop was lost).
        while (g.length && (/^(?:of|the|and|&|for|on|upon)$/.test(g[g.length - 1]) || TRAILING_PREPOSITION.test(g[g.length - 1]))) g = g.slice(0, -1);
        while (g.length && /^(?:of|the|and|&|for|on|upon)$/.test(g[0])) g = g.slice(1);
        if (!g.length) continue;
        const before = seg.text.slice(Math.max(0, start - 60), start);
        const after = seg.text.slice(span.end, span.end + 80);
        while (g.length > 1 && TRAILING_NOT_NAME.test(g[g.length - 1]) && g[g.length - 2] !== 'of') g = g.slice(0, -1);
        pushMention(out, g, before, after, seg, span.initial, span.possessive);
      }
      if (inverted.surnames.has(spanIndex) || god) for (const m of out.slice(firstMention)) m.kindHint = 'person';
      // "Arsenal 2 West Ham 0": the sides of a result line are teams, not people.
      if (RESULT_LINE.test(seg.text)) for (const m of out.slice(firstMention)) m.kindHint = 'organization';
    }
    for (const a of affiliations) {
      const m = mk(
        a.text.split(/\s+/),
        seg.text.slice(Math.max(0, a.start - 60), a.start),
        seg.text.slice(a.end, a.end + 80),
        seg,
        a.start === 0,
        null,
        a.text,
        {},
      );
      m.kindHint = 'organization';
      out.push(m);
    }
    for (const road of roads) {
      const m = mk(
        [road.form],
        seg.text.slice(Math.max(0, road.start - 60), road.start),
        seg.text.slice(road.end, road.end + 80),
        seg,
        false,
        null,
        road.form,
        { place: 2 },
      );
      m.kindHint = 'place';
      out.push(m);
    }
  });
  return withoutCampusTowns(
    creditedNames(joinNicknames(joinEpithets(splitPairs(out, new Set(out.filter((m) => !m.tokens.includes('&')).map((m) => m.form)))))),
  );
}

function pushMention(out: Mention[], tokens: string[], before: string, after: string, seg: Segment, initial: boolean, possessive: boolean): void {
  const written = tokens.join(' ');
  // "Dye & Bavelier, 2010": two cited authors, not a firm.
  const pair = citedPairAt(tokens, before, after, seg.scholarly);
  if (pair > 0) {
    pushMention(out, tokens.slice(0, pair), before, ' ' + tokens.slice(pair).join(' ') + after, seg, initial, false);
    pushMention(out, tokens.slice(pair + 1), before + tokens.slice(0, pair + 1).join(' ') + ' ', after, seg, false, possessive);
    return;
  }
  // "CEO of Boeing Commercial Airplanes", "Prime Minister of Singapore": a role, then the body it belongs to.
  const of = tokens.indexOf('of');
  if (of > 0 && of < tokens.length - 1 && tokens.slice(0, of).every((t) => isTitleWord(t) || ROLE_MODIFIER.test(t)) && !trailingNameAfterLongTitle(tokens)) {
    let rest = tokens.slice(of + 1);
    if (/^the$/i.test(rest[0]) && rest.length > 1) rest = rest.slice(1);
    // "Minister of Education Stefania Giannini": the portfolio ends the title, a person's name follows.
    let portfolio = 0;
    while (portfolio < rest.length - 2 && isPortfolio(rest[portfolio])) portfolio++;
    const named = rest.slice(portfolio);
    if (portfolio > 0 && named.length <= 3 && plausiblePersonName(named) && (isFirstName(named[0]) || personShaped(named))) {
      const role = [...tokens.slice(0, of + 1), ...rest.slice(0, portfolio)].join(' ');
      out.push(mk(named, before + role + ' ', after, seg, false, role, tokens.join(' '), { person: 5 }));
      return;
    }
    const first = out.length;
    pushMention(out, rest, before + tokens.slice(0, of + 1).join(' ') + ' ', after, seg, false, possessive);
    // "2nd Earl of Clare", "Duke of Wellington": a peer's title names the place it is held of.
    if (PEERAGE.test(tokens[of - 1])) for (const m of out.slice(first)) m.kindHint = 'place';
    return;
  }
  // Honours and degrees after a name ("Daniel Bernoulli FRS", "Zaha Hadid DBE RA").
  while (tokens.length > 2 && isPostNominal(tokens[tokens.length - 1]) && plausiblePersonName(tokens.slice(0, -1))) tokens = tokens.slice(0, -1);
  // "Anna Berg of Norway", "Frederick Fung of ADPL", "University of Sheffield of the UK": a name, then whom it belongs to.
  const at = ofSplit(tokens);
  if (at > 0) {
    let rest = tokens.slice(at + 1);
    if (/^the$/i.test(rest[0]) && rest.length > 1) rest = rest.slice(1);
    pushMention(out, tokens.slice(0, at), before, ' ' + tokens.slice(at).join(' ') + after, seg, initial, false);
    const first = out.length;
    pushMention(out, rest, before + tokens.slice(0, at + 1).join(' ') + ' ', after, seg, false, possessive);
    // "Analyst Thomas Lasser of Deutsche Morgan Grenfell": after a person's "of", a name of several words or an acronym that is
    // no place is whom the person works for ("Alexander Gordon of Auchintoul": one unknown word is more often an estate or a town).
    for (const m of out.slice(first)) if (m.person <= 0 && !m.kindHint && (m.tokens.length > 1 || ACRONYM.test(m.form)) && !isLexPlace(m.form)) m.org += 2;
    return;
  }
  // "U.S. Air Force", "UK Treasury": the country written before its body is named too.
  if (tokens.length > 1 && /^(?:US|U\.S\.|UK|U\.K\.)$/.test(tokens[0]) && tokens.slice(1).some((t) => ORG_SUFFIXES.has(t.toLowerCase()))) {
    out.push(mk([tokens[0]], before, ' ' + tokens.slice(1).join(' ') + after, seg, initial, null, tokens[0], { place: 1 }));
  }
  // "Refugee Council Enver Solomon", "Washington State University Simon Ličen": a body, then a person of it, untitled.
  const person = personAfterBody(tokens, emailAfter(after));
  if (person > 0) {
    const body = tokens.slice(0, -person);
    pushMention(out, body, before, ' ' + tokens.slice(-person).join(' ') + after, seg, initial, false);
    pushMention(out, tokens.slice(-person), before + body.join(' ') + ' ', after, seg, false, possessive);
    return;
  }
  // "Generals Patrick Gordon and Aleksei Shein": a plural title before a list of names.
  if (tokens.length > 2 && PLURAL_TITLE.test(tokens[0]) && isTitleWord(tokens[0].slice(0, -1)) && plausiblePersonName(tokens.slice(1)))
    tokens = tokens.slice(1);
  const split = splitTitle(tokens, before);
  if (split.orgBefore.length) {
    out.push(mk(split.orgBefore, before, ' ' + tokens.slice(split.orgBefore.length).join(' ') + after, seg, initial, null, written, { org: 2 }));
  }
  let name = split.name;
  if (!name.length) return;
  // Trailing titles belong to the organisation before them ("Apple CEO", "US Treasury Secretary").
  let trailingTitle = false;
  while (
    name.length > 1 &&
    isTitleWord(name[name.length - 1]) &&
    !/^(?:General|Major|King|Queen|Prince|Princess|Pope|Duke|Count|Lord|Lady)$/.test(name[name.length - 1])
  ) {
    name = name.slice(0, -1);
    trailingTitle = true;
  }
  // "United Nations High Commissioner": the title's modifier goes with it.
  while (trailingTitle && name.length > 1 && /^(?:High|Deputy|Vice|Assistant|Associate|Chief)$/.test(name[name.length - 1])) name = name.slice(0, -1);
  if (name.length === 1 && /^(?:C\.E\.O\.|C\.F\.O\.)$/.test(name[0])) return;
  // "Assistant Professor": the modifier of a title is no name.
  if (name.every((t) => TITLE_MODIFIER_WORD.test(t))) return;
  // "Intel-based Mac": an adjective made of a name ends a name; what follows is another span.
  const inner = name.findIndex((t, i) => i < name.length - 1 && hyphenModifier(t));
  if (inner >= 0) {
    pushMention(out, name.slice(0, inner + 1), before, ' ' + name.slice(inner + 1).join(' ') + after, seg, initial, false);
    pushMention(out, name.slice(inner + 1), before + name.slice(0, inner + 1).join(' ') + ' ', after, seg, false, possessive);
    return;
  }
  // "Toronto-area" → "Toronto"; "Intel-based" → "Intel".
  const last = name[name.length - 1];
  // "an EADS-led consortium": an acronym that leads, owns or funds is a body.
  const agentAcronym = name.length === 1 && AGENT_HYPHEN.test(last) && ACRONYM.test(last.replace(HYPHEN_TAIL, ''));
  if (hyphenModifier(last)) name = [...name.slice(0, -1), last.replace(HYPHEN_TAIL, '')];
  // Leading demonyms before a person ("Canadians Michael Kovrig") or a place ("Communist China").
  // "Dane Lars Holm", "Briton Tim Henman": a nationality before a person's name is no part of it.
  while (
    name.length > 1 &&
    (isDemonym(name[0]) || isDemonym(name[0].replace(/s$/, ''))) &&
    !isLexPlace(name.join(' ')) &&
    !(COMPASS_ADJECTIVE.test(name[0]) && isLexPlace(name.slice(1).join(' '))) &&
    (isFirstName(name[1]) ||
      isLexPlace(name.slice(1).join(' ')) ||
      (name.length > 2 && isNationalityNoun(name[0]) && plausiblePersonName(name.slice(1)) && PERSON_NAME_AFTER_NATIONALITY.test(name.slice(1).join(' '))))
  )
    name = name.slice(1);
  // "Pan-democrat Lam Cheuk-ting", "Pro-Beijing Starry Lee": a camp or stance before a name is no part of it.
  while (name.length > 2 && STANCE_PREFIX.test(name[0]) && plausiblePersonName(name.slice(1))) name = name.slice(1);
  if (name.length === 1 && !isLexPlace(name[0]) && (isGroupWord(name[0]) || isDemonym(name[0].replace(/s$/, '')))) return;
  if (name.every((t) => isTitleWord(t) || ROLE_MODIFIER.test(t))) return;
  const cues = { person: 0, org: 0, place: 0 };
  let role = split.role;
  if (role) cues.person += 5;
  // A known place takes no role from an apposition ("businesses in Latin America, Europe and ...").
  const placeName = isLexPlace(name.join(' '));
  const ra = possessive || placeName ? null : roleAfter(after);
  const rb = placeName || regionAfterPlacePhrase(name, before, after) ? null : roleBefore(before);
  if (!role && (ra || rb)) role = ra ?? rb;
  if (ra || rb) cues.person += 4;
  const lw = ROLE_WORD_BEFORE.exec(before);
  if (lw && ROLE_NOUNS.has(lw[1].toLowerCase()) && !/^(?:party|group)$/.test(lw[1])) cues.person += 2;
  if (
    ORG_CONTEXT_BEFORE.test(before) ||
    ORG_KINDS_LISTED_BEFORE.test(before) ||
    ORG_KIND_BEFORE.test(before) ||
    ORG_KIND_AFTER.test(after) ||
    // ("the North American sci-fi series": a nationality is no broadcaster.)
    (OUTLET_PRODUCT_AFTER.test(after) && !isDemonym(name[name.length - 1]))
  )
    cues.org += 2;
  if (ORG_CONTEXT_AFTER.test(possessive ? "'s " + after.trimStart() : after.trimStart())) cues.org += 2;
  if (PERSON_CONTEXT_AFTER.test(after)) cues.person += 2;
  // "Valeska Paris, an Australian woman and former Scientologist,": an apposition of a person (person-appositions.ts).
  if (!placeName && personApposition(after)) cues.person += 3;
  // "Stridon, a village near Emona": an apposition of a place (place-appositions.ts).
  if (placeApposition(after)) cues.place += 3;
  // "X Y said", "said X Y", "quoted X as saying": speech is a person's (or a body's: single words stay out).
  if (name.length > 1 && plausiblePersonName(name) && (SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before) || QUOTED_AS_AFTER.test(after))) cues.person += 2;
  if (ORG_APPOSITION_AFTER.test(after)) cues.org += 3;
  // "Bruna Anastacio brunaanastacio@hotmail.com": an author or contact with an e-mail address.
  if (name.length > 1 && name.length < 5 && plausiblePersonName(name) && addressOfName(name, after)) cues.person += 3;
  // "(Klingberg et al., 2002)", "Levinson (1983)": an author cited with a year.
  if (plausibleCitedName(name) && isCitedAuthor(before, after, seg.scholarly)) cues.person += 5;
  // Results lists: "Kenenisa Bekele (Ethiopia) 27:31.10" — a person and the country they represent.
  const country = COUNTRY_IN_PARENS_AFTER.exec(after);
  if (country && name.length > 1 && isLexPlace(country[1]) && plausiblePersonName(name)) cues.person += 2;
  if (name.length > 1 && plausiblePersonName(name) && MINUTE_AFTER.test(after) && (seg.text.match(NUMBER_TOKEN) ?? []).length >= 2) cues.person += 2;
  // "Seles ( U.S. ) beat Majoli ( Croatia ) 6-2 6-3": a surname alone, in a results line.
  else if (
    country &&
    name.length === 1 &&
    isLexPlace(country[1]) &&
    !isLexPlace(name[0]) &&
    !isLexOrg(name[0]) &&
    !ACRONYM.test(name[0]) &&
    RESULT_AFTER.test(after.slice(country[0].length))
  )
    cues.person += 2;
  // "Ajax : Edwin van der Sar ; Michael Reiziger , ...", "M. Atherton c Inzamam-ul-Haq b Wasim Akram 31": line-ups and scorecards list players.
  if (isRosterName(seg.text, name.join(' ')) || (isScorecardName(before, after, seg.text) && plausibleListedName(name))) cues.person += 3;
  // "3 - Gianluca Vialli ( Chelsea )": a competitor with the club or country in brackets, on a line of results.
  else if (name.length > 1 && isCompetitorWithSide(after, seg.text) && plausibleListedName(name)) cues.person += 3;
  // "1. Erik Zabel ( Germany ) Telekom 5:12:33": the team after the competitor's country.
  if (isTeamAfterCountry(before, after, seg.text)) cues.org += 4;
  // "the Xinhua news agency reported", "Interfax said": a well-known news agency is an organisation.
  if (agencyName(name.join(' '))) cues.org += 4;
  // "Glaxo Wellcome rose 21 pence": a company, by its share price.
  if (isPriceMove(after)) cues.org += 4;
  if (trailingTitle || agentAcronym) cues.org += 2;
  // "The Guardian", "The Independent reported": a newspaper's one-word title after a capitalised "The".
  if (name.length === 1 && CAPITAL_THE_BEFORE.test(before) && NEWSPAPER_WORD.test(name[0]) && !NOUN_NEXT.test(after)) cues.org += 3;
  const placeName2 = isLexPlace(name.join(' '));
  // "Green versus United States", "the decision in Ratych and Bloomer": the parties of a case.
  if (
    !placeName2 &&
    !isLexOrg(name.join(' ')) &&
    (name.length === 1 ? !ACRONYM.test(name[0]) : plausiblePersonName(name)) &&
    isCaseParty(before, after, seg.legal)
  )
    cues.person += 3;
  // "In Lavan, the Court stated": a case cited, not a place.
  if (!placeName2 && name.length === 1 && isCaseCitation(before, seg.legal)) cues.place -= 2;
  else if (PLACE_BEFORE.test(before)) cues.place += 1;
  if (PLACE_NOUN_AFTER.test(after)) cues.place += 3;
  if (name.length === 1 && THE_BEFORE.test(before) && !/s$/.test(name[0]) && !ACRONYM.test(name[0])) cues.org -= 2;
  if (name.length === 1 && PRODUCT_OWNER_BEFORE.test(before)) cues.org -= 2;
  if (THE_BEFORE.test(before) && name.length > 1) cues.org += 1;
  // An honorific alone is no role ("Mr." in "Mr. Ortiz"), though it marks a person.
  if (role && role.split(/\s+/).every((w) => isHonorific(w))) role = null;
  const m = mk(name, before, after, seg, initial, role, split.role ? written : name.join(' '), cues);
  if (name.length > 2 && GENERATIONAL.test(name[name.length - 1])) m.shortForm = name.slice(0, -1).join(' ');
  // "Shah Abbas II" is "Abbas" too.
  const unnumbered = withoutNumeral(name);
  if (unnumbered) m.shortForm = unnumbered;
  const cp = COMMA_PLACE_AFTER.exec(after);
  if (cp && !/\..*\.$/.test(cp[1])) cp[1] = cp[1].replace(/\.$/, '');
  // "Hernan Dario Gomez, Panama coach,": a country, then a role noun, is the person's role, no region of a place.
  const countryRole = cp && isLexPlace(cp[1]) ? ROLE_WORD_AFTER.exec(after.slice(cp[0].length)) : null;
  if (countryRole && ROLE_NOUNS.has(countryRole[1].toLowerCase()) && plausiblePersonName(name) && name.length > 1) {
    m.person += 4;
    m.role ??= `${cp![1]} ${countryRole[1]}`;
  } else if (cp && isLexPlace(cp[1]) && !/^['’]s\b/.test(after.slice(cp[0].length)) && !isLexPlace(name.join(' ') + ' ' + cp[1])) {
    m.placeWithRegion = `${name.join(' ')}, ${cp[1]}`;
    m.place += 2;
  }
  out.push(m);
}

/** Is the span a player's name of a line-up or a scorecard line? */
function listedPlayer(text: string, span: { start: number; end: number }, tokens: string[]): boolean {
  const after = text.slice(span.end);
  return isRosterName(text, tokens.join(' ')) || isScorecardName(text.slice(0, span.start), after, text) || isCompetitorWithSide(after, text);
}

/** A player's name in a list or scorecard: no known place or organisation, no acronym ("Inzamam-ul-Haq", "M. Atherton", "Wasim Akram"). */
function plausibleListedName(name: string[]): boolean {
  if (isLexPlace(name.join(' ')) || isLexOrg(name.join(' '))) return false;
  // ("Dean Hollins", "Frank de Witt": a given name that is also an English word.)
  return name.length === 1 ? !ACRONYM.test(name[0]) : plausiblePersonName(name) || (name.length <= 4 && plausiblePersonName(name.slice(1)));
}

/** A cited author's name: one to three capitalised words, not a known place or organisation ("Open Science Collaboration, 2015"). */
function plausibleCitedName(name: string[]): boolean {
  if (name.length > 3 || isLexPlace(name.join(' ')) || isLexOrg(name.join(' '))) return false;
  return name.length === 1 ? !ACRONYM.test(name[0]) : plausiblePersonName(name);
}

/**
 * "Refugee Council Enver Solomon", "the Netherlands Lotte Wilms lotte.wilms@kb.nl": the number of words of a person's name (a known first name and
 * a surname, or a name of no English words) after the name of a body (ending in an organisation word, or a known organisation or
 * place), written together without a title. 0: none.
 */
function personAfterBody(tokens: string[], emailed: boolean): number {
  // ("the Netherlands Lotte Wilms lotte.wilms@kb.nl": before an e-mail address, a body or place of one word will do.)
  const minBody = emailed ? 1 : 2;
  if (tokens.length < minBody + 2) return 0;
  for (const n of [2, 3]) {
    const tail = tokens.slice(-n);
    const body = tokens.slice(0, -n);
    if (body.length < minBody || !(isFirstName(tail[0]) || personShaped(tail)) || !plausiblePersonName(tail)) continue;
    const last = body[body.length - 1].toLowerCase();
    if (ORG_SUFFIXES.has(last) || isLexOrg(body.join(' ')) || isLexPlace(body.join(' '))) return n;
  }
  return 0;
}

/**
 * Where to split "X of Y" into two names: after a person's full name ("Anna Berg of Norway": a
 * known first name or surname, two words or more, not one of "Theodorus of Tabennese"), or before a
 * second "of" that names a place ("University of Sheffield of the UK"). -1: no split.
 */
function ofSplit(tokens: string[]): number {
  const of = tokens.indexOf('of');
  if (of < 0 || of === tokens.length - 1) return -1;
  let head = tokens.slice(0, of);
  // "King Louis XV of France": the title goes with the name, the place after "of" is the realm.
  const titled = head.length > 2 && isTitleWord(head[0]) && !isTitleWord(head[1]);
  if (titled) head = head.slice(1);
  // "Swiss Alex Zuelle of ONCE", "Defender Aron Winter of the Netherlands": a nationality or a position before the name.
  else if (head.length > 2 && (isDemonym(head[0]) || isPosition(head[0])) && !isLexPlace(head.join(' '))) head = head.slice(1);
  const personLike = isFirstName(head[0]) || head.some((t) => isLastName(t) || HYPHENATED_GIVEN_NAME.test(t)) || personShaped(head);
  if (head.length >= 2 && head.length <= 4 && personLike && plausiblePersonName(head) && !head.some((t) => isTitleWord(t))) return of;
  if (titled && isFirstName(head[0]) && head.length <= 3 && placeAfter(tokens, of)) return of;
  // "The Guardian of London", "The Times of India": a newspaper's title, then its city.
  if (head.length === 1 && NEWSPAPER_WORD.test(head[0]) && !tokens.slice(of + 1).some((t) => NEWSPAPER_WORD.test(t)) && placeAfter(tokens, of)) return of;
  const second = tokens.lastIndexOf('of');
  if (second > of && placeAfter(tokens, second)) return second;
  return -1;
}

/** Whether the words after position `at` (a leading "the" left out) name a known place ("of the UK"). */
function placeAfter(tokens: string[], at: number): boolean {
  return isLexPlace(
    tokens
      .slice(at + 1)
      .filter((t) => !/^the$/i.test(t))
      .join(' '),
  );
}

function mk(
  tokens: string[],
  before: string,
  after: string,
  seg: Segment,
  initial: boolean,
  role: string | null,
  written: string,
  cues: Partial<Record<'person' | 'org' | 'place', number>>,
): Mention {
  return {
    form: tokens.join(' '),
    tokens,
    written,
    role,
    evidence: seg.evidence,
    initial,
    headline: seg.headline,
    person: cues.person ?? 0,
    org: cues.org ?? 0,
    place: cues.place ?? 0,
    after,
    before,
  };
}
