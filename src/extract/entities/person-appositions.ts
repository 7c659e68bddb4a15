/**
 * An apposition that says the name is a person's without giving a role: "Valeska Paris, an
 * Australian woman and former Scientologist,", "Tom, his younger brother". A noun of people (woman, man, mother, son...) within the first words of an
 * apposition after the name; not a role (roles.ts keeps those), only evidence of a person.
 */

/** ", an Australian woman", ", his younger brother", ", the couple's daughter": up to three words, then a noun of people. */
const PERSON_APPOSITION_AFTER =
  /^,\s+(?:a|an|the|his|her|their|its|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:woman|man|women|men|girl|boy|lady|gentleman|mother|father|son|daughter|brother|sister|wife|husband|widow|widower|grandmother|grandfather|grandson|granddaughter|niece|nephew|cousin|aunt|uncle|child|teenager|pensioner)\b/u;

/** Is the name followed by an apposition naming a kind of person? */
export const personApposition = (after: string): boolean => PERSON_APPOSITION_AFTER.test(after);
