/**
 * Words that make a name a place, in English and in the languages whose place names travel
 * untranslated: buildings and sites ending a name ("Guangzhou Opera House", "Henga Scenic
 * Reserve", "Desert Ridge Marriott Resort", "Little Red Light House"), and the words that start
 * names of streets, squares, churches, bays and villages elsewhere ("Plac Wolności", "Paseo de
 * Montejo", "Catedral de San Ildefonso", "Kibbutz Kinneret", "Anse Bertrand", "Hôpital Cochin").
 */
import { isLexPlace } from './lexicon.js';

/** Last words of names of sites and buildings (PLACE_SUFFIXES holds the one-word ones of English). */
const SITE_TAIL = /^(?:Resort|Lighthouse|Marae|Straße|Strasse|Platz|Gasse|Brücke|Bahnhof|Hauptbahnhof|Kirche|Schloss|Plein|Gracht|Torget|Kirke)$/;
/** Two last words of names of sites ("Opera House", "Light House", "Scenic Reserve"). */
const SITE_TAIL_PAIR =
  /^(?:(?:Opera|Light|Court|Custom|Customs|Meeting|Guest|Ware|Alms|Bath|Farm|Manor|Town|Country)\s+House|(?:Scenic|Nature|Game|Wildlife|Forest|Marine|Historic)\s+Reserve|Wildlife\s+Refuge|Information\s+(?:Center|Centre|Module|Office))$/;
/** First words of names of places in other languages: streets, squares, churches, islands, bays, villages. */
const FOREIGN_PLACE_HEAD =
  /^(?:Plac|Rynek|Ulica|Aleja|Rue|Avenue|Boulevard|Quai|Pont|Porte|Pointe|Anse|Baie|Morne|Terre|Île|Ile|Isla|Ilha|Isola|Avenida|Calle|Paseo|Plaza|Praça|Praia|Playa|Piazza|Piazzale|Via|Viale|Ponte|Lago|Laguna|Puerto|Porto|Bahía|Ciudad|Castillo|Castello|Palacio|Palazzo|Catedral|Cathédrale|Duomo|Iglesia|Igreja|Église|Chiesa|Basilica|Museo|Musée|Parque|Parc|Jardín|Jardin|Hôpital|Campus|Kibbutz|Moshav|Meydan|Maidan|Masjed|Masjid|Jalan|Kampung|Wat|Náměstí|Ulitsa|Prospekt)$/;

/** A compass word before a known place: a region's name ("East Prussia", "Western Australia", "Eastern Europe"). */
const COMPASS_FIRST = /^(?:Northern|Southern|Eastern|Western|Central|North|South|East|West|Upper|Lower)$/;

/** How strongly the words of a name say it is a place: 8 for a site's two last words (which outweigh an organisation's word among them, "Reserve", "House"), 5 for its last word or a foreign place word first or a compass word before a known place, else 0. */
export function placeWordScore(t: string[]): number {
  if (t.length < 2) return 0;
  if (SITE_TAIL_PAIR.test(t.slice(-2).join(' '))) return 8;
  if (SITE_TAIL.test(t[t.length - 1])) return 5;
  if (COMPASS_FIRST.test(t[0]) && isLexPlace(t.slice(1).join(' '))) return 5;
  return FOREIGN_PLACE_HEAD.test(t[0]) && !/^(?:of|and|&)$/.test(t[1]) ? 5 : 0;
}
