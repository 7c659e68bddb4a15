/**
 * Datelines: the place (and often date and agency) that opens a news report.
 *
 *   leading the first paragraph   `OTTAWA (LifeSiteNews) –– Canadian MP…`, `BRUSSELS, Aug 22 (Reuters) - The…`,
 *                                 `CUPERTINO, Calif. (AP) — Apple…`, `NEW DELHI: The…`, `LONDON — The…`
 *   alone on its line             `BRUSSELS 1996-08-22`, `AL-AIN , United Arab Emirates 1996-12-06`
 *
 * A dateline is cut from the article text, so it must be one: the place is in capitals (or in
 * title case only with a region or date and an agency in parentheses), the separator is a dash
 * with space on both sides, a dash after the agency's parentheses, or a colon, and what follows
 * starts a sentence. A hyphen inside a word ("NASA-funded", "U.S.-made") is never a separator;
 * when in doubt the text is kept. Tokenised text ("AL-AIN , United Arab Emirates") is read too.
 */
import nlp from 'compromise';
import { agencyName, outletName } from './agencies.js';
import { isoDate, parseDateLine } from './date-line.js';

/** A word of a place in capitals: "BRUSSELS", "AL-AIN", "ST.", "N'DJAMENA", "SÃO". */
const CAPS_WORD = String.raw`\p{Lu}(?:[\p{Lu}'’.-]*[\p{Lu}.])?`;
/** A word of a place in title case: "Cupertino", "Al-Ain", "St.". */
const TITLE_WORD = String.raw`\p{Lu}[\p{Ll}'’.-]*\p{Ll}(?:[ ]?\.)?|\p{Lu}\.(?:\p{Lu}\.)*|St\.`;
const CONNECTOR = String.raw`(?:of|and|de|del|da|do|du|la|le|el|al|the|upon|on)`;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)`;
/** A region after the place: "Calif.", "N.Y.", "United Arab Emirates", "Bosnia and Herzegovina" (never a month). */
const REGION = String.raw`(?!${MONTH}\.?[ \t]+\d)(?:${TITLE_WORD}|${CAPS_WORD})(?:[ \t](?:${CONNECTOR}[ \t])?(?:${TITLE_WORD}|${CAPS_WORD})){0,3}`;
/** The date of a dateline: "Aug 22", "Aug. 22, 1996", "22 August", "1996-08-22". */
const DATE = String.raw`\d{4}-\d{2}-\d{2}|${MONTH}\.?[ \t]\d{1,2}(?:[ \t]?,[ \t]?\d{4})?|\d{1,2}[ \t]${MONTH}\.?(?:[ \t]\d{4})?`;
/** A date in figures, on a dateline's own line: "22/08/1996" (read only when day and month cannot be confused). */
const NUMERIC_DATE = String.raw`\d{1,2}[/.]\d{1,2}[/.]\d{4}`;
/** The agency: "(Reuters)", "( AP )", "/PRNewswire/". */
const OUTLET = String.raw`\([ \t]?([^()\n]{2,40}?)[ \t]?\)|/([^/\n]{2,40})/`;
/** Separators: a spaced dash, a dash after the agency, a doubled dash, or a colon. */
const SEPARATOR = String.raw`[ \t]+[-–—]{1,3}[ \t]+|(?<=[)/])[ \t]*[-–—]{1,3}[ \t]*|[ \t]*(?:--|––|——)[ \t]+|:[ \t]+`;
/** After an ISO date, a line break or space is separator enough: "TOKYO 1996-12-06 Japanese shares fell". */
const AFTER_ISO = String.raw`\s+(?:[-–—]{1,3}[ \t]+)?`;

function placeOf(placeWord: string): string {
  return `${placeWord}(?:[ ](?:${CONNECTOR}[ ])?${placeWord}){0,4}`;
}

function datelinePattern(placeWord: string): RegExp {
  return new RegExp(`^(${placeOf(placeWord)})(?:[ \\t]?,[ \\t]?(${REGION}))??(?:[ \\t]?,?[ \\t](${DATE}))?[ \\t]?(?:${OUTLET})?(${SEPARATOR})`, 'u');
}

/** A place in capitals and an ISO date opening a paragraph, with or without a dash. */
const ISO_DATELINE = new RegExp(`^(${placeOf(CAPS_WORD)})(?:[ \\t]?,[ \\t]?(${REGION}))??[ \\t]?,?[ \\t](\\d{4}-\\d{2}-\\d{2})()()(${AFTER_ISO})`, 'u');

/** A dateline leading a paragraph, place in capitals. */
const CAPS_DATELINE = datelinePattern(CAPS_WORD);
/** A dateline leading a paragraph, place in title case ("Cupertino, Calif. (AP) —"). */
const TITLE_DATELINE = datelinePattern(`(?:${TITLE_WORD})`);
/** A whole line that is a place and a date: "BRUSSELS 1996-08-22", "AL-AIN , United Arab Emirates 1996-12-06". */
const DATELINE_LINE = new RegExp(
  `^((?:${CAPS_WORD}|${TITLE_WORD})(?:[ ](?:${CONNECTOR}[ ])?(?:${CAPS_WORD}|${TITLE_WORD})){0,4}?)(?:[ \\t]?,[ \\t]?(${REGION}))??[ \\t]?,?[ \\t](${DATE}|${NUMERIC_DATE})[ \\t]*$`,
  'u',
);
/** What follows a dateline starts a sentence (a capital, a digit or an opening quote). */
const SENTENCE_START = /^["“‘'([]?[\p{Lu}\d]/u;
/** A headline in capitals ("TENNIS - SELES BEATS HUBER"): no lower-case letter in its first words. */
const CAPS_RUN = /^[^\p{Ll}\n]{12,}?(?:\s|$)/u;
/** Words in capitals that label a text and are not places: "BREAKING:", "UPDATE -". */
const LABELS =
  /^(?:BREAKING(?: NEWS)?|UPDATE[DS]?|EXCLUSIVE|WARNING|NOTE|EDITOR'?S NOTE|EDITORS|CORRECTION|CLARIFICATION|ANALYSIS|OPINION|COMMENT|EDITORIAL|WATCH|LIVE|VIDEO|PHOTOS?|FILE|ADVISORY|ALERT|URGENT|FLASH|BULLETIN|REVIEW|INTERVIEW|FACTBOX|FACT ?CHECK|Q&A|RECAP|PREVIEW|TEXT|FULL TEXT|TRANSCRIPT|SOURCE|SOURCES|PHOTO|CAPTION|TOPIC|SUBJECT|RE|FW|FWD|PS|ATTENTION|SUMMARY|HIGHLIGHTS|REPEAT|CORRECTED|REFILE|RPT|UPDATE \d+)$/;
const WEEKDAY = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?$/i;
const MIN_PLACE_LETTERS = 3;

/** compromise's lexicon (a plain object look-up, no parsing): tells a well-known organisation ("NASA") from a place. */
const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[] | undefined> } } }).model().one.lexicon;

/** Whether the general lexicon knows `name` as an organisation and not as a place. */
function isKnownOrganisation(name: string): boolean {
  const tags = LEXICON[name.toLowerCase()];
  const list = tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
  return list.includes('Organization') && !list.some((t) => t === 'City' || t === 'Country' || t === 'Region' || t === 'Place');
}

export interface Dateline {
  /** The dateline as written, with its separator: what is cut from the paragraph. */
  text: string;
  /** The place, in title case: "Brussels", "Al-Ain". */
  place: string;
  region: string | null;
  /** The agency, under its archive name ("AP" → "Associated Press"). */
  outlet: string | null;
  /** ISO date when the dateline gives one (a day without a year takes it from `reference`). */
  date: string | null;
}

/** "OTTAWA" → "Ottawa", "NEW YORK" → "New York", "ST. JOHN'S" → "St. John's", "AL-AIN" → "Al-Ain". */
export function titleCasePlace(place: string): string {
  if (/\p{Ll}/u.test(place)) return place;
  return place
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/\b(Of|The|And|De|La|Upon|On)\b/g, (w, _x, i: number) => (i === 0 ? w : w.toLowerCase()));
}

function letters(text: string): number {
  return text.replace(/[^\p{L}]/gu, '').length;
}

function isPlace(place: string): boolean {
  return letters(place) >= MIN_PLACE_LETTERS && !LABELS.test(place) && !WEEKDAY.test(place);
}

function dateOf(when: string | undefined, reference: string | null): string | null {
  if (!when) return null;
  return isoDate(when) ?? parseDateLine(when.replace(/\s+,/g, ','), reference);
}

/**
 * The dateline that opens `paragraph`, or null. `reference` (a publication date known from
 * elsewhere) gives the year of a dateline's "Aug 22".
 */
export function parseDateline(paragraph: string, reference: string | null, options: DatelineOptions = {}): Dateline | null {
  return (
    datelineWith(ISO_DATELINE, paragraph, reference, false, options) ??
    datelineWith(CAPS_DATELINE, paragraph, reference, false, options) ??
    datelineWith(TITLE_DATELINE, paragraph, reference, true, options)
  );
}

export interface DatelineOptions {
  /**
   * Whether "PLACE: text" may be a dateline. Off when the text is a transcript, whose
   * paragraphs open with speakers in capitals ("SMITH: I think…").
   */
  colon?: boolean;
}

function datelineWith(pattern: RegExp, paragraph: string, reference: string | null, titleCase: boolean, options: DatelineOptions): Dateline | null {
  const m = pattern.exec(paragraph);
  if (!m) return null;
  const [text, place, region, when, parenOutlet, slashOutlet, separator] = m;
  const written = parenOutlet || slashOutlet || null;
  const rest = paragraph.slice(text.length);
  if (!isPlace(place) || !SENTENCE_START.test(rest) || CAPS_RUN.test(rest)) return null;
  if (written !== null && !/^[\p{Lu}\d]/u.test(written) && !agencyName(written)) return null; // "(the agency)" is not an outlet
  if (written !== null && /[:;,]/.test(written)) return null; // "(NYSE: IBM)" is a ticker, not an outlet
  const colon = separator.trim() === ':';
  if (colon && (options.colon === false || written !== null || titleCase)) return null;
  if (titleCase) {
    // A place in title case could be any name: it needs a region or date, and an agency.
    if (written === null || (!region && !when) || (!agencyName(written) && !when)) return null;
  } else if (written === null && !region && !when && (letters(place) <= 3 || isKnownOrganisation(place))) {
    return null; // "AP —", "NASA —" alone are not places: a dateline without agency, date or region must name one
  }
  return {
    text: text.trimEnd(),
    place: titleCasePlace(place.trim()),
    region: region?.trim() ?? null,
    outlet: written !== null ? outletName(written) : null,
    date: dateOf(when, reference),
  };
}

/** A line that is only a dateline with a full date: "BRUSSELS 1996-08-22", "Al-Ain, United Arab Emirates, Dec. 6, 1996". */
export function parseDatelineLine(line: string, reference: string | null): Dateline | null {
  const text = line.trim();
  const m = DATELINE_LINE.exec(text);
  if (!m) return null;
  const [, place, region, when] = m;
  if (!isPlace(place)) return null;
  const date = dateOf(when, reference);
  if (!date) return null;
  return { text, place: titleCasePlace(place.trim()), region: region?.trim() ?? null, outlet: null, date };
}
