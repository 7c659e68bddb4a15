/**
 * Word lists of general English used by the names extractor (titles, role words, org suffixes,
 * place words, demonyms, function words) plus cheap look-ups in compromise's lexicon
 * (first names, surnames, countries, cities, regions, well-known organisations).
 * Nothing here is specific to any article.
 */
import nlp from 'compromise';
import { isCreedWord, isGroupPlural, isNationalityWord } from './nationalities.js';
import { isEnglishWord } from './english.js';

type Tag = string | string[] | undefined;
// compromise exposes its lexicon through model(); a plain object lookup, no parsing.
const LEXICON: Record<string, Tag> = (nlp as unknown as { model(): { one: { lexicon: Record<string, Tag> } } }).model().one.lexicon;

const NO_TAGS: string[] = [];
function tagsOf(lower: string): string[] {
  const t = LEXICON[lower];
  return t === undefined ? NO_TAGS : Array.isArray(t) ? t : [t];
}

const TAG_CACHE = new Map<string, string[]>();
/** compromise's lexicon tags of a word or phrase, memoised. */
export function lexTags(word: string): string[] {
  let tags = TAG_CACHE.get(word);
  if (!tags) {
    tags = tagsOf(word.toLowerCase().replace(/[’]/g, "'"));
    if (TAG_CACHE.size > 50000) TAG_CACHE.clear();
    TAG_CACHE.set(word, tags);
  }
  return tags;
}

const FIRST_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);

export const isFirstName = (w: string): boolean => lexTags(w).some((t) => FIRST_NAME_TAGS.has(t));
export const isLastName = (w: string): boolean => lexTags(w).some((t) => t === 'LastName' || t === 'Person');
export const isLexPlace = (phrase: string): boolean =>
  (lexTags(phrase).some((t) => PLACE_TAGS.has(t)) || PLACES.has(phrase.toLowerCase())) && !NOT_PLACES.has(phrase.toLowerCase());
export const isLexOrg = (phrase: string): boolean => lexTags(phrase).includes('Organization') || lexTags(phrase).includes('SportsTeam');
export const isLexPerson = (phrase: string): boolean => lexTags(phrase).includes('Person');
export const isDemonym = (w: string): boolean =>
  (lexTags(w).includes('Demonym') && !PLACES.has(w.toLowerCase())) || DEMONYM_EXTRA.has(w.toLowerCase()) || isNationalityWord(w);
/** A word naming a people, a language, a creed or their members ("Spanish", "Latin", "Muslims", "Swedes"): never an entity alone. */
export const isGroupWord = (w: string): boolean => isDemonym(w) || isCreedWord(w) || isGroupPlural(w);

/** A word and an adverb's or gerund's ending ("Reported|ly", "Follow|ing"). */
const AFFIXED = /^(\p{Lu}\p{Ll}{2,})(?:ly|ing)$/u;

/** Tags that mark a common (non-name) word of English. */
const COMMON_TAGS = new Set([
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Adverb',
  'Adjective',
  'Comparative',
  'Superlative',
  'Gerund',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Modal',
  'Copula',
  'Negative',
  'QuestionWord',
  'Expression',
  'Date',
  'Duration',
  'WeekDay',
  'Month',
  'Cardinal',
  'Ordinal',
  'TextValue',
  'Plural',
  'Singular',
  'Uncountable',
  'Participle',
  'Condition',
  'Possessive',
  'Reflexive',
  'Actor',
  'Noun',
  'Unit',
  'Imperative',
  'Verb',
]);

/** A word that English writes in lower case unless it starts a sentence ("However", "Yesterday", "Opposition"). */
export function isCommonWord(w: string): boolean {
  const lower = w.toLowerCase();
  if (FUNCTION_WORDS.has(lower)) return true;
  const tags = lexTags(w);
  if (tags.some((t) => FIRST_NAME_TAGS.has(t) || PLACE_TAGS.has(t) || t === 'Organization' || t === 'LastName' || t === 'Person' || t === 'ProperNoun'))
    return false;
  if (tags.some((t) => COMMON_TAGS.has(t))) return true;
  // Regular English adverbs and gerunds unknown to the lexicon ("Interestingly", "Reportedly",
  // "Following") — made of an English word, unlike "Xiaoping" or "Jinping".
  const affixed = AFFIXED.exec(w);
  return affixed !== null && [affixed[1], `${affixed[1]}e`].some(isEnglishWord);
}

export const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those there here it its they them their he she his her him we our us you your i me my ' +
    'and or but nor so yet if then than when while where whereas whether because since though although unless until after before ' +
    'as at by for from in into of off on onto out over per to under up upon via with within without about above across against along among around ' +
    'be is are was were been being has have had do does did will would shall should can could may might must ' +
    'not no yes all any both each every few many more most much other some such only own same also just even still ' +
    'however meanwhile moreover furthermore instead therefore thus hence otherwise nevertheless nonetheless indeed ' +
    'according despite during including following regarding amid amidst besides beyond between ' +
    'what which who whom whose why how ' +
    'today yesterday tomorrow tonight now later earlier recently currently ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december ' +
    'mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mr mrs ms dr sir ' +
    'new old first last next one two three four five six seven eight nine ten ' +
    'oh well yes okay ok please thanks hello sources source related photo video update editor note read watch visit click sign subscribe'
  ).split(/\s+/),
);

/** Honorifics and role words that can stand before a name ("Prime Minister Justin Trudeau"). */
export const TITLE_WORDS = new Set(
  (
    'mr mrs ms miss mx dr prof professor sir dame lord lady madam monsieur mme herr ' +
    'president vice prime minister premier chancellor secretary senator sen rep representative congressman congresswoman ' +
    'governor gov lieutenant lt mayor councillor councilor alderman deputy speaker ' +
    'mp mpp mla mep ' +
    'judge justice magistrate attorney prosecutor sheriff commissioner inspector detective constable officer superintendent ' +
    'general gen colonel col major maj captain capt commander cmdr admiral sergeant sgt corporal private marshal brigadier ' +
    'king queen prince princess emperor empress sultan emir sheikh shah crown duke duchess count countess baron baroness earl marquess marquis viscount ' +
    'tsar tsarina tsaritsa tsarevich tsarevna czar czarina kaiser pharaoh caliph maharaja rajah ' +
    'pope cardinal archbishop bishop reverend rev father pastor rabbi imam ayatollah ' +
    'ceo cfo coo cto cio chairman chairwoman chair chairperson director executive founder co-founder cofounder ' +
    'ambassador consul envoy diplomat consul-general ' +
    'leader chief head spokesman spokeswoman spokesperson coach manager ' +
    'former late ex acting interim incoming outgoing retired ' +
    'dr. mr. mrs. ms. prof. sen. rep. gov. gen. lt. col. capt. sgt. rev.'
  ).split(/\s+/),
);

/** Role nouns that describe a person (used for appositions: "Meng Wanzhou, the CFO for ..."). */
export const ROLE_NOUNS = new Set(
  (
    'mp mpp mla mep minister president premier chancellor secretary senator representative congressman congresswoman governor mayor ' +
    'councillor councilor deputy speaker judge justice attorney lawyer prosecutor commissioner inspector detective officer ' +
    'general colonel captain commander admiral sergeant king queen prince princess pope bishop archbishop cardinal rabbi imam ' +
    'ceo cfo coo cto chairman chairwoman chair director executive founder co-founder cofounder ambassador consul consul-general envoy diplomat ' +
    'leader chief head spokesman spokeswoman spokesperson coach manager analyst economist journalist reporter editor correspondent ' +
    'columnist writer author professor researcher scientist doctor physician nurse student teacher engineer rapporteur ' +
    'candidate activist member chairperson vice-president partner owner boss actor actress singer player striker goalkeeper ' +
    'pitcher quarterback midfielder defender athlete champion winner anchor host commentator strategist adviser advisor ' +
    'consultant investor entrepreneur billionaire businessman businesswoman founder president-elect governor-general'
  ).split(/\s+/),
);

/** Org suffixes that a surname never is ("Jim Press" is a person, "Oxford University Press" is not). */
export const STRONG_ORG_SUFFIXES = new Set(
  (
    'inc inc. corp corp. corporation company co co. ltd ltd. llc plc group party association ministry council university ' +
    'airlines airways bank foundation institute committee commission agency department'
  ).split(/\s+/),
);

/** Last words that make a phrase an organisation ("... Party", "... Inc"). */
export const ORG_SUFFIXES = new Set(
  (
    'inc inc. incorporated corp corp. corporation co co. company companies ltd ltd. limited llc plc ag sa spa s.p.a. nv n.v. gmbh bv ' +
    'group holdings partners associates ventures capital management industries enterprises technologies systems solutions ' +
    'party caucus association associations council committee commission ministry department agency administration bureau office ' +
    'service services authority board union workers federation league foundation institute institution trust fund society club ' +
    'university college school academy hospital clinic church library ' +
    'airlines airline airways air motors motor bank banks bancorp insurance securities exchange reserve treasury ' +
    'news times post journal herald tribune gazette telegraph guardian mail press review magazine network broadcasting radio television tv channel media ' +
    'paper weekly daily ' +
    'court courts senate parliament congress assembly legislature government cabinet police army navy force forces guard ' +
    'commons lords organization organisation organizations nations coalition alliance movement front brigade ' +
    'records studios pictures entertainment publishing labs laboratories pharmaceuticals electronics communications telecom mobile ' +
    'computer computers software airplanes aircraft works foods brands stores restaurants hotels resorts energy oil petroleum gas steel mining chemicals'
  ).split(/\s+/),
);

/** First words that make an "X of Y" phrase an organisation ("Bank of America", "House of Commons"). */
export const ORG_HEADS = new Set(
  (
    'bank house ministry department university college school board bureau office council court courts church ' +
    'institute academy federation league union association party society order chamber commission committee agency ' +
    'federal national royal supreme high'
  ).split(/\s+/),
);

/** First words that make an "X of Y" phrase a place ("Museum of Flight", "Gulf of Mexico", "Plains of Arafat"). */
export const PLACE_HEADS = new Set(
  'museum palace bridge gulf bay sea isle island islands strait straits cape lake mount port fort plains valley city town county state province republic kingdom municipality prefecture commune'.split(
    /\s+/,
  ),
);

/** Last words that make a phrase a place ("... Airport", "... Ocean"). */
export const PLACE_SUFFIXES = new Set(
  (
    'airport airfield port harbour harbor station terminal center centre square street st. avenue ave road rd boulevard blvd lane drive highway ' +
    'bridge tower building plaza mall park garden gardens stadium arena factory plant hall palace castle cathedral ' +
    'ocean sea lake river bay gulf strait channel coast island islands peninsula mountain mountains mount mt valley desert forest canyon ' +
    'county province state territory district region city town village borough township parish area quarter empire ' +
    'municipality prefecture governorate voivodeship voivodship oblast canton commune ' +
    // Buildings and sites most annotators call places: museums, hotels, places of worship but churches, graves, markets.
    'museum hotel mosque synagogue basilica shrine pagoda abbey cemetery graveyard memorial monument zoo aquarium ' +
    'market bazaar lodge towers grounds theatre theater amphitheatre pier wharf marina quay tunnel dam canal ' +
    // Roads and natural features.
    'turnpike expressway freeway motorway parkway trail falls beach hills heights springs cape archipelago reef ' +
    'glacier shelf volcano lagoon plain plains plateau basin peak ridge gorge cave caves grotto creek brook'
  ).split(/\s+/),
);

/** Place names the lexicon lacks: continents, regions, a few countries spelt other ways. */
export const PLACES = new Set(
  (
    'africa|antarctica|asia|europe|oceania|australasia|americas|north america|south america|central america|latin america|middle east|' +
    'far east|scandinavia|balkans|caribbean|arctic|antarctic|pacific|atlantic|mediterranean|earth|' +
    'philippines|alps|andes|himalayas|pyrenees|rockies|urals|falklands|falkland islands|canary islands|grenadines|' +
    'britain|great britain|england|scotland|wales|northern ireland|ireland|holland|' +
    'u.s.|u.s.a.|usa|us|uk|u.k.|uae|eu|e.u.|ussr|prc|drc|' +
    'united states|united states of america|united kingdom|european union|soviet union|' +
    'washington d.c.|new york city|silicon valley|' +
    'alberta|british columbia|manitoba|new brunswick|newfoundland|nova scotia|ontario|quebec|saskatchewan|yukon|nunavut|' +
    'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|' +
    'kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|' +
    'new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|' +
    'sydney|melbourne|heathrow|gatwick|jakarta|manila|dhaka|karachi|lahore|mumbai|delhi|new delhi|kolkata|chennai|bangalore|seoul|pyongyang|taipei|kuala lumpur|hanoi|ho chi minh city|' +
    'cairo|lagos|nairobi|johannesburg|cape town|tehran|baghdad|kabul|riyadh|doha|dubai|abu dhabi|tel aviv|jerusalem|istanbul|ankara|athens|' +
    'moscow|kyiv|kiev|warsaw|prague|vienna|budapest|berlin|munich|frankfurt|hamburg|brussels|amsterdam|geneva|zurich|madrid|barcelona|lisbon|rome|milan|' +
    'mexico city|sao paulo|são paulo|rio de janeiro|buenos aires|bogota|bogotá|lima|santiago|caracas|havana|' +
    'south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming'
  ).split('|'),
);

/** Words the lexicon tags as places that are names of other things in news text. */
const NOT_PLACES = new Set(['eu', 'senate', 'parliament', 'white house', 'mobile']);

/** Nationality words the lexicon lacks, and words used like them. */
const DEMONYM_EXTRA = new Set([
  'communist',
  'western',
  'eastern',
  'northern',
  'southern',
  'federal',
  'national',
  'provincial',
  'liberal',
  'conservative',
  'democratic',
  'republican',
  'socialist',
]);

/** Acronyms of places (never organisations or people). */
export const PLACE_ACRONYMS = new Set(['US', 'U.S.', 'USA', 'U.S.A.', 'UK', 'U.K.', 'UAE', 'EU', 'E.U.', 'USSR', 'DC', 'D.C.', 'PRC', 'DRC', 'NYC', 'LA']);

/** Capitalised words that are never names on their own. */
export const NEVER_NAMES = new Set(
  (
    'gb mb kb tb ghz mhz led lcd os pc gdp ipo ai api usb dvd cd hd gps sms faq pdf hiv aids dna ' +
    "i i'm i'll i've i'd god internet web christmas easter ramadan covid covid-19 ok tv ad bc am pm gmt est pst utc " +
    'mp mps ceo cfo ' +
    'usd eur gbp jpy aud cad cny rmb chf inr ' +
    'chapter section article page figure table photo video image update appendix ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(/\s+/),
);

/** Words that start the name of a stock index, not of an organisation ("Dow Jones", "FTSE 100"). */
export const STOCK_INDEX =
  /^(?:dow|nasdaq|ftse|ftse-100|dax|cac|nikkei|s&p|sensex|kospi|hang|topix|stoxx|euro\s?stoxx|tsx|asx|ibex|mib|bovespa|merval|djia|indu|spx|ndx)$/i;
/** "Standard & Poor's 500", "Standard and Poor's": the index, named after the agency. */
export const STANDARD_AND_POORS = /^Standard\s+(?:&|and)\s+Poor['’]?s?$|^Poor['’]?s?$/;
/** A name followed by an index level or the word "index" ("Nikkei 225", "the Merval index"). */
export const INDEX_AFTER = /^(?:['’]s)?\s+(?:\d{2,4}\s+)?(?:stock\s+|share\s+|market\s+)?(?:index|indices|indexes|average|composite)\b/i;
/** Single words that are directions, never a name alone. */
export const DIRECTIONS = /^(?:north|south|east|west|northern|southern|eastern|western|central|midwest)$/i;
/** Short forms of countries and unions, linked to their full names. */
export const PLACE_EXPANSIONS: Record<string, string[]> = {
  US: ['United States', 'United States of America', 'America'],
  'U.S.': ['United States', 'United States of America', 'America'],
  USA: ['United States', 'United States of America'],
  'U.S.A.': ['United States', 'United States of America'],
  UK: ['United Kingdom', 'Britain', 'Great Britain'],
  'U.K.': ['United Kingdom', 'Britain', 'Great Britain'],
  EU: ['European Union'],
  UAE: ['United Arab Emirates'],
};

/** Words after a single name that mark a company ("Ryanair CEO", "Apple shares"). */
export const ORG_CONTEXT_AFTER =
  /^(?:['’]s\s+)?(?:ceo|cfo|coo|cto|chief|chairman|chairwoman|president|founders?|co-founders?|cofounders?|spokes(?:man|woman|person)|executives?|shares?|stock|board|employees|workers|staff|headquarters|plants?|factory|factories|stores?|dealers(?:hips)?|customers|products?|engineers|subsidiary|unit|division|brand|share price|annual|quarterly|profits?|revenues?|sales|earnings|losses|jets?|aircraft|planes?|models?|vehicles|cars|chief executive)\b/i;

/** Nouns before a single name that mark a company ("airline Ryanair", "automaker GM"). */
export const ORG_CONTEXT_BEFORE =
  /\b(?:company|companies|firm|corporation|airline|carrier|manufacturer|maker|automaker|carmaker|planemaker|chipmaker|giant|rival|competitor|retailer|bank|lender|insurer|group|conglomerate|newspaper|paper|broadcaster|outlet|network|agency|regulator|party|brand|startup|start-up|supplier|operator|exchange|index|team|club|band|publisher|studio|label|subsidiary|parent|unit|division|partner|investor|owner|fund|union|contractor|consortium|organi[sz]ation|association|alliance|coalition|federation|body|institute|watchdog)(?:\s*,)?\s*$/i;

/** Words after a name that mark a person: "who", an age ("Smith, 45,", "Smith aged 45"; not "HTML 5,"). */
export const PERSON_CONTEXT_AFTER = /^(?:,?\s+who\b|,\s+(?:\d{1,3},|aged\s+\d)|\s+aged\s+\d)/;

/** ", another U.S. car maker", ", the world's biggest airline": an apposition naming a kind of organisation. */
export const ORG_APPOSITION_AFTER =
  /^,\s+(?:the|a|an|another|its|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}.'’-]+\s+){0,4}(?:company|companies|maker|carmaker|automaker|planemaker|manufacturer|firm|airline|carrier|bank|lender|retailer|group|agency|newspaper|broadcaster|network|website|blog|news\s+agency|rival|competitor|subsidiary|parent|unit|division|partner)\b/u;
