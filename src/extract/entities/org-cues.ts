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

/**
 * A plural noun of a kind of body and "such as", "like" or "including" before the name ("such
 * bands as The Velvet Underground", "airlines including Volaris"). Journals, magazines and
 * publications are left out: their titles name works as often as bodies.
 */
export const ORG_KINDS_LISTED_BEFORE =
  /\b(?:(?:such\s+)?(?:bands|companies|firms|groups|organi[sz]ations|charities|airlines|carriers|newspapers|outlets|broadcasters|networks|parties|teams|clubs|universities|institutions|agencies|banks|retailers|publishers|labels|studios|orchestras|choirs)(?:\s*,)?\s+(?:such\s+as|like|including|as))\s+(?:The\s*)?$/i;
/**
 * The noun of a kind of body right before the name, beyond those of the lexicon ("the orchestra
 * The Hallé", "the charity Oxfam"). Journals, magazines and websites are left out: their titles
 * name works as often as bodies ("the society's journal Language").
 */
export const ORG_KIND_BEFORE = /\b(?:orchestra|choir|charity|ngo|think[\s-]tank|label|troupe|ensemble|quartet)(?:\s*,)?\s+(?:The\s*)?$/i;
/** A lower-case noun of a kind of body right after the name ("Yonhap news agency", "Ryanair airline"). */
export const ORG_KIND_AFTER = /^\s+(?:news\s+agency|agency|newspaper|band|orchestra|charity|airline|carrier)\b/i;
/**
 * A broadcaster's product right after the name, maybe after one adjective ("the CBS legal
 * drama", "the WB series", "Sky One's fantasy-romance series"), or one of its staff right after it ("a Wikinews reporter", "a BBC
 * correspondent"; not "Djamal told reporters").
 */
export const OUTLET_PRODUCT_AFTER =
  /^(?:['’]s)?\s+(?:(?:(?!(?:told|tells|said|says|asked|asks|briefed|informed|urged|met|thanked|showed|gave|warned|called)\b)\p{Ll}[\p{Ll}-]*\s+)?(?:series|drama|sitcom|network|channel|newscast)|reporters?|correspondents?|journalists?|columnists?)\b/u;
