/**
 * What an organisation does right after its name: the verbs of companies and bodies ("Airbus
 * announced", "NASA said") and the possessive ("NASA's"). Used where a bare name needs evidence
 * of being an organisation (an unknown single word, an acronym).
 */

/** Verbs of what companies and bodies do, right after the name ("Xinhua translated", "Airbus announced"). */
export const COMPANY_VERB_AFTER =
  /^,?\s+(?:\p{Ll}+ly\s+)?(?:said|says|announced|announces|reported|reports|released|releases|unveiled|unveils|launched|launches|introduced|introduces|decided|plans|planned|agreed|filed|sued|sold|sells|bought|buys|posted|posts|translated|obtained|confirmed|denied|stated|offered|offers|won|wins|lost|paid|hired|fired|ordered|delivered|acquired|owns|owned|employs|issued|published|cited|quoted|analyst|analysts|economist|spokes(?:man|woman|person))\b/u;
/** "NASA's", "the Beatles'". */
export const POSSESSIVE_AFTER = /^['’]s?\s/;
/** What a news outlet does with its sources ("Wikinews spoke with", "The agency interviewed"). */
export const OUTLET_VERB_AFTER = /^\s+(?:spoke\s+(?:with|to)|interviewed|interviews|contacted|learned|has\s+learned|reached|obtained|asked)\b/u;
