/**
 * Organisations told by the shape of their name alone, when the text gives no cue: a sports team
 * (a town and a plural nickname, "St. Louis Cardinals") and a name ending in a plural common noun
 * ("Barstool Sports", "DC Comics", "Wycliffe Bible Translators", "Vagabond Tours"): bands, teams,
 * companies and movements name themselves so, people and most places never do.
 */
import { isEnglishWord } from './english.js';
import { personShaped } from './shape.js';
import { NEWSPAPER_WORD } from './mentions.js';
import { PLACE_SUFFIXES, isDemonym, isFirstName, isLastName, isLexPlace, lexTags } from './lexicon.js';

/** A capitalised plural word ("Cardinals", "Sports", "Translators"); not the endings -ss, -us, -is, -ings of surnames ("Davis", "Hastings"). */
const CAPITAL_PLURAL = /^\p{Lu}\p{Ll}{2,}(?<![sui]|ing)s$/u;
/** Words that look plural but end the names of events, newspapers, works and places ("Games", "Times", "Wars", "Lakes"). */
const NOT_AN_ORG_PLURAL =
  /^(?:Games|Olympics|Paralympics|Times|News|Wars|Awards|Prizes|Championships|Series|Lectures|Studies|Collections|Tales|Files|Memoirs|Chronicles|Diaries|Adventures|Sessions|Mysteries|Lakes|Keys|Isles|Banks|Woods|Oaks|Pines|Rocks|Sands|Lands|Meadows|Downs|Fields|Cities|Towns|Villages|Rapids|Narrows|Ruins|Baths|Gates|Walls|Rooms|Steps|Years|Days|Nights|Weeks|Months|Cliffs|Reserves|Galleries|Churches|Temples|Dinghies|Tricks|Matters|Lovers|Notes|Letters|Papers|Words|Questions|Answers|Rules|Laws|Acts|Articles|Proceedings|Transactions|Reports)$/;

/** The singular of a plural English word ("Translators" → "translator", "Churches" → "church"), or null when it is none. */
function singularOf(w: string): string | null {
  const lower = w.toLowerCase();
  const forms = [lower.slice(0, -1), lower.replace(/ies$/, 'y'), lower.replace(/(ch|sh|x|ss|z)es$/, '$1')];
  for (const s of forms) if (s !== lower && isEnglishWord(s)) return s;
  // Agent nouns a dictionary leaves out ("Ghostbusters", "Marauders"), when no surname ("Wenders", "Sanders").
  return AGENT_PLURAL.test(lower) && !isLastName(w) ? lower.slice(0, -1) : null;
}

/** "-ers": a plural agent noun. */
const AGENT_PLURAL = /ers$/;
/** An adjective or a number word first makes the phrase a description or a topic ("Mathematical Exercises", "Second Languages"). */
const DESCRIPTIVE_FIRST = (w: string): boolean =>
  lexTags(w).some((x) => x === 'Adjective' || x === 'Value' || x === 'Ordinal' || x === 'Comparable') || (isEnglishWord(w) && ADJECTIVE_ENDING.test(w));
/** Endings of English adjectives ("Mathematical", "Interplanetary", "Grammatical", "Historic"). */
const ADJECTIVE_ENDING = /(?:al|ary|ic|ive|ous|ful|less|able|ible)$/;

/** Is `w` a plural noun that can end an organisation's name (and no place noun, event or demonym)? */
function orgPlural(w: string): boolean {
  if (!CAPITAL_PLURAL.test(w) || NOT_AN_ORG_PLURAL.test(w) || isDemonym(w.slice(0, -1))) return false;
  const singular = singularOf(w);
  return singular !== null && !PLACE_SUFFIXES.has(singular) && !PLACE_SUFFIXES.has(w.toLowerCase());
}

/**
 * "St. Louis Cardinals", "Indianapolis Indians", "Triple-A Indianapolis Indians": a known town
 * followed by one plural nickname is a team. The whole must not be a known place ("Virgin Islands").
 */
export function isTeamName(t: string[]): boolean {
  if (t.length < 2 || t.includes('of')) return false;
  const nickname = t[t.length - 1];
  if (!CAPITAL_PLURAL.test(nickname) || NOT_AN_ORG_PLURAL.test(nickname) || PLACE_SUFFIXES.has(nickname.toLowerCase())) return false;
  if (singularOf(nickname) === null && !isDemonym(nickname.slice(0, -1))) return false;
  if (isLexPlace(t.join(' '))) return false;
  // The town is the words before the nickname, or the last one or two of them after a league's level.
  for (let from = 0; from < t.length - 1 && from <= 2; from++) if (isLexPlace(t.slice(from, -1).join(' ')) || isSaintTown(t.slice(from, -1))) return true;
  return false;
}

/** "St. Louis", "Saint Paul": a town named after a saint. */
const isSaintTown = (t: string[]): boolean => t.length === 2 && /^(?:St\.|Saint)$/.test(t[0]) && /^\p{Lu}\p{Ll}+$/u.test(t[1]);

/**
 * "Barstool Sports", "DC Comics", "Wycliffe Bible Translators": two to four words, no "of", ending
 * in a plural common noun, and not a person's name ("Mary Peters": a first name leads).
 */
export function endsInOrgPlural(t: string[]): boolean {
  if (t.length < 2 || t.length > 4 || t.includes('of') || isFirstName(t[0]) || isDemonym(t[0]) || DESCRIPTIVE_FIRST(t[0]) || personShaped(t)) return false;
  return orgPlural(t[t.length - 1]);
}

/**
 * First words of bodies' names in other languages ("Universidade da Coruña", "Laboratorio de
 * Bases de Datos", "Conservatoire de Paris", "Instituto Gonzaga", "Comédie-Française").
 */
const FOREIGN_BODY_HEAD =
  /^(?:Universidad|Universidade|Università|Universität|Université|Universiteit|Uniwersytet|Laboratorio|Laboratoire|Laboratório|Centro|Centre|Instituto|Istituto|Institut|Ministerio|Ministère|Ministero|Ministério|Banque|Banca|Compagnie|Compañía|Companhia|Société|Sociedad|Sociedade|Società|Gesellschaft|Conservatoire|Conservatorio|Théâtre|Teatro|Comédie|Escola|Escuela|École|Scuola|Hochschule|Akademie|Academia|Fundación|Fundação|Fondazione|Fondation|Stiftung|Partido|Parti|Partito|Movimento|Movimiento|Mouvement|Unión|Union|Unione|Federación|Fédération|Federazione|Asociación|Associazione|Association|Cámara|Camera|Chambre|Consejo|Conseil|Consiglio|Tribunal|Tribunale|Corte|Cour)$/u;

/** "Universidade da Coruña", "Instituto Gonzaga": a body's first word of another language, then its name. */
export function foreignBodyName(t: string[]): boolean {
  // "Comédie-Française": the head and the name joined by a hyphen.
  if (t.length === 1) return HYPHENED_BODY.test(t[0]) && FOREIGN_BODY_HEAD.test(t[0].replace(/-.*$/, ''));
  return FOREIGN_BODY_HEAD.test(t[0]) && !t.slice(1).every((w) => /^(?:de|del|da|do|des|di|du|la|le)$/.test(w));
}

/** Two capitalised words joined by a hyphen. */
const HYPHENED_BODY = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;

/** Last words of bodies that the lexicon's list of organisation words leaves out ("Cosmic Dust Lab", "International Brotherhood of Magicians", "Ninth Legion"). */
const BODY_WORD =
  /^(?:Lab|Labs|Brotherhood|Sisterhood|Fraternity|Sorority|Communion|Legion|Regiment|Battalion|Squadron|Brigade|Circuit|Collaboration|Consortium|Syndicate|Cartel|Guild|Conference|Synod|Diocese|Archdiocese|Orchestra|Choir|Ensemble|Philharmonic)$/;

/** Does a name of two words or more end in (or head its "of" phrase with) one of those body words? */
export function bodyWordName(t: string[]): boolean {
  if (t.length < 2) return false;
  const of = t.indexOf('of');
  return BODY_WORD.test(t[t.length - 1]) || (of > 0 && BODY_WORD.test(t[of - 1]));
}

/** "Houston Chronicle", "San Francisco Bulletin", "Denver Post": a known town, then a newspaper's title word. */
export function isTownNewspaper(t: string[]): boolean {
  if (t.length < 2 || !NEWSPAPER_WORD.test(t[t.length - 1])) return false;
  const town = t.slice(t[0] === 'The' ? 1 : 0, -1);
  return town.length > 0 && (isLexPlace(town.join(' ')) || isSaintTown(town));
}

/** Legislatures named by one word, capitalised inside a sentence ("the Senate", "Parliament's", "the Knesset"). */
const LEGISLATURE =
  /^(?:Senate|Parliament|Congress|Bundestag|Bundesrat|Knesset|Duma|Storting|Riksdag|Folketing|Eduskunta|Sejm|Seanad|Dáil|Oireachtas|Majlis|Althing|Sabor|Verkhovna)$/;

/** Is this one word a legislature's name? */
export const isLegislature = (t: string[]): boolean => t.length === 1 && LEGISLATURE.test(t[0]);
