/**
 * Roads and routes named by number are places: "I-44", "US-75", "Route 66", "Highway 1", and in
 * a sentence about roads "the A64", "the M1 northbound", "US 169"; numbered streets ("47th Street",
 * "S 75th Ave"), streets by their compass letter ("319 S. Denver", "along S Buckeye") and numbered parts of airports and campuses ("Terminal 2", "Building 31"). Capitalised-span finding drops tokens
 * with digits (model numbers, "Airbus A380"), so numbered roads are found here, by their shape.
 */

export interface Road {
  form: string;
  start: number;
  end: number;
}

/** "I-44", "US-412 West", "SR-51": a US highway system's letters, a hyphen, the number (and the direction written with it). */
const HYPHENATED_ROAD = /\b(?:I|US|SR|SH|CR|FM|RN|N|E)-\d{1,4}[A-Z]?\b(?:\s+(?:North|South|East|West)\b)?/gu;
/** "Route 66", "Highway 1", "Interstate 95", "State Route 51". */
const NAMED_ROAD = /\b(?:(?:State\s+)?Route|Highway|Interstate|Hwy\.?|Motorway|Autobahn|Autoroute)\s+\d{1,4}[A-Z]?\b/gu;
/** "US 169", "US 75": a US highway written with a space, in a sentence about roads. */
const SPACED_US_ROAD = /\bUS\s\d{1,4}\b/gu;
/** "47th Street", "S 75th Ave", "N 44th St": numbered streets, with the direction letter before them. */
const NUMBERED_STREET =
  /\b(?:[NSEW]\.?\s)?\d{1,3}(?:st|nd|rd|th)\s(?:Street|St|Avenue|Ave|Place|Pl|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Way|Terrace|Court)\b\.?/gu;
/** "319 S. Denver", "along S Buckeye", "317 S Detroit Ave.": a street by its compass letter, after a house number or a word of way. */
const COMPASS_LETTER_STREET =
  /(?<=(?:\b\d{1,5}|\b(?:along|on|onto|via|at))\s)[NSEW]\.?\s\p{Lu}\p{Ll}+(?:\s(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Place|Pl|Lane|Ln|Way)\b\.?)?(?![\p{L}\d])/gu;
/** "Terminal 2", "Gate 10", "Building 31", "Pier 39": a numbered part of an airport, a port or a campus. */
const NUMBERED_FACILITY = /\b(?:Terminal|Terminals|Gate|Gates|Building|Pier|Platform|Hangar|Dock|Berth|Concourse)\s\d{1,4}[A-Z]?\b/gu;
/** "A64", "M1", "A1M", "A1(M)": a British or European road by letter and number, only in a sentence about roads. */
const LETTER_ROAD = /\b[ABMN]\d{1,4}(?:\(M\)|M)?(?![\w-])/gu;
/** Words of a sentence about roads. */
const ROAD_CONTEXT =
  /\b(?:roads?|motorways?|junction|northbound|southbound|eastbound|westbound|exits?|ring\s+road|bypass|carriageway|turnpike|take\s+the|via\s+the|off\s+the|onto\s+the|along\s+the|link)\b/i;

/** Numbered roads in a segment of text, with their offsets. */
export function findRoads(text: string): Road[] {
  if (!/\d/.test(text)) return [];
  const out: Road[] = [];
  const add = (m: RegExpMatchArray) => out.push({ form: m[0].replace(/\s+/g, ' '), start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(HYPHENATED_ROAD)) add(m);
  for (const m of text.matchAll(NAMED_ROAD)) add(m);
  for (const m of text.matchAll(NUMBERED_STREET)) add(m);
  for (const m of text.matchAll(NUMBERED_FACILITY)) add(m);
  for (const m of text.matchAll(COMPASS_LETTER_STREET)) add(m);
  if (ROAD_CONTEXT.test(text)) for (const re of [LETTER_ROAD, SPACED_US_ROAD]) for (const m of text.matchAll(re)) add(m);
  return out;
}
