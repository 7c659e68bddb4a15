/**
 * Storms are named like people: "Typhoon Dale", "Hurricane Fran", "Tropical Storm Josephine",
 * "Cyclone Tracy". The word of the storm before the name makes it an event, no person.
 */

/** The kind of storm written before its name. */
const STORM_WORD = /^(?:Hurricane|Typhoon|Cyclone|Storm|Tropical Storm|Tropical Depression|Super Typhoon|Windstorm|Blizzard)$/;

/** Are these the words of a storm's name ("Typhoon Dale", "Tropical Storm Josephine")? */
export function isStormName(tokens: string[]): boolean {
  if (tokens.length < 2 || tokens.length > 4) return false;
  return STORM_WORD.test(tokens[0]) || STORM_WORD.test(tokens.slice(0, 2).join(' '));
}
