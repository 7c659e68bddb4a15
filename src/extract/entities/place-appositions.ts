/**
 * An apposition that says the name is a place's: "Stridon, a village near Emona", "Mazirat, a town
 * of 30 houses", "Hadibo, the capital of Socotra,". A noun of places ends the apposition's head:
 * "of", "in", "near" or punctuation follows it ("Smith, a city councillor" is no place).
 */

/** ", a village near", ", the capital of", ", a small fishing town,": up to three words, a noun of places, then the end of the head. */
const PLACE_APPOSITION_AFTER =
  /^,\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:village|town|city|hamlet|suburb|borough|district|region|province|county|island|islet|peninsula|river|lake|port|capital|kingdom|principality|municipality|commune|neighbou?rhood|settlement|oasis)(?:\s+(?:of|in|near|on|at|north|south|east|west|between|along)\b|\s*[,.;:)]|$)/u;

/** Is the name followed by an apposition naming a kind of place? */
export const placeApposition = (after: string): boolean => PLACE_APPOSITION_AFTER.test(after);
