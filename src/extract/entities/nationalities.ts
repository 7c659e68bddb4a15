/**
 * Nationality, language and creed words ("Spanish", "Dane", "Swedes", "Latin", "Muslims"): general
 * English word lists, not names of entities. Alone they name no person, organisation or place
 * ("English captain Harry Kane", "many Texans", "the Huguenots"); before a name they are no part of
 * it ("Dane Lars Holm"). compromise's lexicon knows only some of them ("French" but not "Spanish").
 */

/** Adjectives of nationality and region that compromise lacks or tags otherwise. */
const ADJECTIVES =
  'afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian azerbaijani ' +
  'bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese burundian cambodian ' +
  'cameroonian canadian chilean chinese colombian congolese croatian cuban cypriot czech danish dominican dutch ' +
  'ecuadorian egyptian emirati english eritrean estonian ethiopian european fijian filipino finnish french gabonese ' +
  'georgian german ghanaian greek guatemalan guinean haitian honduran hungarian icelandic indian indonesian iranian ' +
  'iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kuwaiti kyrgyz laotian ' +
  'latvian lebanese liberian libyan lithuanian luxembourgish macedonian malagasy malawian malaysian maldivian malian ' +
  'maltese mauritanian mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese nepali nigerian ' +
  'nigerien nicaraguan norwegian omani pakistani palestinian panamanian paraguayan persian peruvian polish portuguese ' +
  'qatari romanian russian rwandan salvadoran saudi scottish senegalese serbian sierra-leonean singaporean slovak ' +
  'slovakian slovenian somali spanish sri-lankan sudanese swedish swiss syrian taiwanese tajik tanzanian thai ' +
  'tibetan togolese tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni ' +
  'zambian zimbabwean african asian arab latin scandinavian nordic soviet yugoslav ' +
  'kurdish basque catalan flemish walloon bavarian prussian anglo-saxon roman byzantine ottoman hispanic latino ' +
  'aboriginal maori inuit texan californian';

/** People of a nation, in the singular, that may stand before a name ("Dane Lars Holm", "Briton Tim Henman"). */
const NOUNS =
  'dane swede finn norwegian pole briton brit scot scotsman welshman englishman englishwoman irishman frenchman ' +
  'frenchwoman dutchman spaniard portuguese turk kurd greek czech slovak serb croat bosnian slovene swiss austrian ' +
  'german russian ukrainian belarusian latvian lithuanian estonian hungarian romanian bulgarian albanian italian ' +
  'american canadian mexican brazilian argentine argentinian chilean colombian peruvian venezuelan cuban jamaican ' +
  'australian zealander kiwi japanese chinese korean thai vietnamese filipino indonesian malaysian indian pakistani ' +
  'bangladeshi afghan iranian iraqi israeli palestinian saudi egyptian moroccan algerian tunisian libyan kenyan ' +
  'ethiopian nigerian ghanaian zimbabwean zambian ugandan cameroonian senegalese ivorian';

/** Languages (also adjectives of nationality above). */
const LANGUAGES =
  'english latin greek hebrew arabic aramaic sanskrit mandarin cantonese hindi urdu bengali punjabi tamil telugu ' +
  'swahili yoruba zulu esperanto gaelic yiddish farsi pashto tagalog malay creole kreyol';

/** Creeds and their adjectives ("Muslim", "Jewish"): no entity alone. "Christian" is also a first name. */
const CREEDS = 'muslim jewish islamic hindu buddhist sikh catholic protestant orthodox anglican methodist baptist lutheran evangelical mormon christian';
/** Religions and movements of belief by name: abstract, no organisation ('Islam', 'Christianity', 'Freemasonry'). */
const BELIEFS =
  'islam christianity judaism hinduism buddhism sikhism jainism taoism shinto catholicism protestantism anglicanism orthodoxy freemasonry atheism paganism zoroastrianism confucianism';

const SET = new Set([...ADJECTIVES.split(/\s+/), ...NOUNS.split(/\s+/), ...LANGUAGES.split(/\s+/)]);
const CREED_SET = new Set([...CREEDS.split(/\s+/), ...BELIEFS.split(/\s+/)]);

/** Plural endings of nationality and group nouns ("Swedes", "Danes", "Arabs", "Muslims", "Texans", "Frenchmen"). */
const PLURAL = /^(.+?)(?:es|s)$/;

const NOUN_ONLY = new Set(NOUNS.split(/\s+/).filter((w) => !ADJECTIVES.split(/\s+/).includes(w)));

/** A noun for one person of a nation that is not also its adjective ("Dane", "Briton", "Spaniard"; not "Canadian"). */
export function isNationalityNoun(w: string): boolean {
  return NOUN_ONLY.has(w.toLowerCase());
}

/** A nationality, language or regional adjective/noun ("Spanish", "Dane", "Latin"). */
export function isNationalityWord(w: string): boolean {
  const lower = w.toLowerCase();
  return SET.has(lower);
}

/** A creed word ("Muslim", "Jewish", "Catholic"). */
export function isCreedWord(w: string): boolean {
  return CREED_SET.has(w.toLowerCase());
}

/** A plural naming a people or a creed's followers ("Swedes", "Arabs", "Muslims", "Frenchmen", "Texans"): a group, never one entity. */
export function isGroupPlural(w: string): boolean {
  const lower = w.toLowerCase();
  if (!/s$|men$/.test(lower)) return false;
  if (lower.endsWith('men')) return SET.has(lower.slice(0, -3) + 'man');
  const m = PLURAL.exec(lower);
  if (!m) return false;
  const stem = lower.slice(0, -1);
  return (
    SET.has(stem) ||
    CREED_SET.has(stem) ||
    SET.has(m[1]) ||
    CREED_SET.has(m[1]) ||
    /^(?:arab|jew|christian|hindu|sikh|buddhist|catholic|protestant)$/.test(stem)
  );
}
