/**
 * Word forms and names the corpus does not have: built deterministically from syllables and
 * English morphemes, so that the archive's vocabulary and its cast of people, organisations
 * and places keep growing like real news instead of repeating the dev set's few thousand words.
 */
import { Rng } from './rng.js';

const ONSETS = [
  'b',
  'br',
  'c',
  'ch',
  'cl',
  'd',
  'dr',
  'f',
  'fl',
  'g',
  'gr',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'pl',
  'pr',
  'qu',
  'r',
  's',
  'sc',
  'sh',
  'sl',
  'st',
  't',
  'th',
  'tr',
  'v',
  'w',
  'z',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'oo', 'ie'];
const CODAS = ['', 'n', 'r', 'l', 'm', 's', 't', 'x', 'ck', 'nd'];
const SYLLABLES = ONSETS.length * VOWELS.length * CODAS.length; // 2970

/** Derivational endings of English: a lemma keeps one, chosen by its rank. */
const DERIVATIONS = ['', '', '', '', '', '', 'al', 'er', 'ism', 'ity', 'ment', 'ous', 'ive', 'ion'];

function syllable(k: number): string {
  const c = k % CODAS.length;
  const v = Math.floor(k / CODAS.length) % VOWELS.length;
  const o = Math.floor(k / (CODAS.length * VOWELS.length)) % ONSETS.length;
  return ONSETS[o] + VOWELS[v] + CODAS[c];
}

/** A multiplicative scramble so that neighbouring ranks do not look alike (a bijection mod 2970²). */
const SPACE = SYLLABLES * SYLLABLES;
const MULT = 5_555_557; // coprime with 2970² (= 2² · 3⁶ · 5² · 11²)

/** The lemma of rank r of the synthetic lexicon: two or three syllables and an English ending. */
export function syntheticLemma(rank: number): string {
  const x = ((((rank % SPACE) * MULT) % SPACE) + SPACE) % SPACE;
  const a = x % SYLLABLES;
  const b = Math.floor(x / SYLLABLES);
  const third = rank >= SPACE ? syllable(Math.floor(rank / SPACE) % SYLLABLES) : '';
  const stem = syllable(a) + syllable(b) + third;
  return stem + DERIVATIONS[(rank * 7 + 3) % DERIVATIONS.length];
}

/** The lemma inflected like the word it replaces (plural, past, -ing, -ly). */
export function inflect(lemma: string, like: string): string {
  const w = like.toLowerCase();
  const vowelEnd = /[aeiou]$/.test(lemma);
  if (w.endsWith('ing') && w.length > 5) return (vowelEnd ? lemma.slice(0, -1) : lemma) + 'ing';
  if (w.endsWith('ed') && w.length > 4) return lemma + (vowelEnd ? 'd' : 'ed');
  if (w.endsWith('ly') && w.length > 4) return lemma + 'ly';
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return lemma + (/(s|x|ch|sh)$/.test(lemma) ? 'es' : 's');
  return lemma;
}

export function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

// General English given names and surnames (no list of the dev set's people).
const GIVEN = [
  'James',
  'Mary',
  'John',
  'Patricia',
  'Robert',
  'Jennifer',
  'Michael',
  'Linda',
  'William',
  'Elizabeth',
  'David',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Charles',
  'Karen',
  'Daniel',
  'Nancy',
  'Matthew',
  'Lisa',
  'Anthony',
  'Margaret',
  'Mark',
  'Sandra',
  'Donald',
  'Ashley',
  'Steven',
  'Emily',
  'Paul',
  'Donna',
  'Andrew',
  'Michelle',
  'Joshua',
  'Carol',
  'Kenneth',
  'Amanda',
  'Kevin',
  'Melissa',
  'Brian',
  'Deborah',
  'George',
  'Stephanie',
  'Timothy',
  'Rebecca',
  'Ronald',
  'Laura',
  'Jason',
  'Helen',
  'Edward',
  'Sharon',
  'Jeffrey',
  'Cynthia',
  'Ryan',
  'Kathleen',
  'Jacob',
  'Amy',
  'Gary',
  'Angela',
  'Nicholas',
  'Anna',
  'Eric',
  'Ruth',
  'Jonathan',
  'Brenda',
  'Stephen',
  'Pamela',
  'Larry',
  'Nicole',
  'Justin',
  'Katherine',
  'Scott',
  'Samantha',
  'Frank',
  'Christine',
  'Benjamin',
  'Emma',
  'Gregory',
  'Catherine',
  'Samuel',
  'Debra',
  'Raymond',
  'Rachel',
  'Patrick',
  'Carolyn',
  'Alexander',
  'Janet',
  'Jack',
  'Maria',
  'Dennis',
  'Olivia',
  'Jerry',
  'Heather',
  'Tyler',
  'Diane',
  'Ahmed',
  'Fatima',
  'Wei',
  'Mei',
  'Hiroshi',
  'Yuki',
  'Raj',
  'Priya',
  'Carlos',
  'Lucia',
  'Pierre',
  'Claire',
  'Hans',
  'Ingrid',
  'Olga',
  'Ivan',
  'Kwame',
  'Amara',
  'Mohammed',
  'Leila',
  'Sven',
  'Astrid',
  'Giovanni',
  'Giulia',
  'Pedro',
  'Ana',
  'Dmitri',
  'Nadia',
  'Kenji',
  'Sakura',
  'Arjun',
  'Ananya',
];
const SURNAMES = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Perez',
  'Thompson',
  'White',
  'Harris',
  'Sanchez',
  'Clark',
  'Ramirez',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Torres',
  'Nguyen',
  'Hill',
  'Flores',
  'Green',
  'Adams',
  'Nelson',
  'Baker',
  'Hall',
  'Rivera',
  'Campbell',
  'Mitchell',
  'Carter',
  'Roberts',
  'Gomez',
  'Phillips',
  'Evans',
  'Turner',
  'Diaz',
  'Parker',
  'Cruz',
  'Edwards',
  'Collins',
  'Reyes',
  'Stewart',
  'Morris',
  'Morales',
  'Murphy',
  'Cook',
  'Rogers',
  'Gutierrez',
  'Ortiz',
  'Morgan',
  'Cooper',
  'Peterson',
  'Bailey',
  'Reed',
  'Kelly',
  'Howard',
  'Ramos',
  'Kim',
  'Cox',
  'Ward',
  'Richardson',
  'Watson',
  'Brooks',
  'Chavez',
  'Wood',
  'James',
  'Bennett',
  'Gray',
  'Mendoza',
  'Ruiz',
  'Hughes',
  'Price',
  'Alvarez',
  'Castillo',
  'Sanders',
  'Patel',
  'Myers',
  'Long',
  'Ross',
  'Foster',
  'Jimenez',
  'Chen',
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Tanaka',
  'Suzuki',
  'Sato',
  'Singh',
  'Kumar',
  'Sharma',
  'Muller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Dubois',
  'Lefebvre',
  'Moreau',
  'Rossi',
  'Russo',
  'Ferrari',
  'Silva',
  'Santos',
  'Oliveira',
  'Ivanov',
  'Petrov',
  'Kowalski',
  'Nowak',
  'Okafor',
  'Mensah',
  'Haddad',
  'Khan',
  'Hussein',
  'Larsen',
  'Johansson',
  'Novak',
  'Horvat',
  'Papadopoulos',
  "O'Brien",
  'MacDonald',
  'Fitzgerald',
];
const TOWN_ENDINGS = ['ton', 'ville', 'burg', 'field', 'port', 'ford', 'dale', 'mouth', 'bridge', 'wick', 'haven', 'stead'];
const ORG_SUFFIXES = [
  'Corporation',
  'Inc.',
  'Group',
  'Holdings',
  'Bank',
  'Airlines',
  'Motors',
  'Energy',
  'Pharmaceuticals',
  'Systems',
  'Partners',
  'Capital',
  'Foundation',
  'Institute',
  'Council',
  'Agency',
  'Union',
  'Party',
  'University',
  'Technologies',
  'Media',
  'Insurance',
  'Logistics',
  'Mining',
];
const ORG_OF = [
  'Ministry of Finance of',
  'University of',
  'Bank of',
  'Police Department of',
  'Chamber of Commerce of',
  'Court of Appeal of',
  'Port Authority of',
];
const OUTLET_NAMES = ['Herald', 'Times', 'Post', 'Tribune', 'Gazette', 'Courier', 'Chronicle', 'Observer', 'Star', 'Journal', 'Daily News', 'Record'];
const WIRE_OUTLETS = ['Reuters', 'AP', 'AFP', 'Bloomberg', 'Wikinews', 'CNN', 'BBC', 'Xinhua', 'LifeSiteNews', 'Global News'];
/** Capitals and large cities (general English place names). */
const CITIES = [
  'London',
  'Paris',
  'Berlin',
  'Madrid',
  'Rome',
  'Lisbon',
  'Dublin',
  'Brussels',
  'Amsterdam',
  'Vienna',
  'Prague',
  'Warsaw',
  'Budapest',
  'Athens',
  'Stockholm',
  'Oslo',
  'Helsinki',
  'Copenhagen',
  'Moscow',
  'Kiev',
  'Ankara',
  'Cairo',
  'Nairobi',
  'Lagos',
  'Accra',
  'Johannesburg',
  'Tokyo',
  'Beijing',
  'Shanghai',
  'Seoul',
  'Singapore',
  'Bangkok',
  'Jakarta',
  'Manila',
  'Delhi',
  'Mumbai',
  'Karachi',
  'Tehran',
  'Baghdad',
  'Riyadh',
  'Sydney',
  'Melbourne',
  'Auckland',
  'Ottawa',
  'Toronto',
  'Montreal',
  'Vancouver',
  'Washington',
  'New York',
  'Chicago',
  'Los Angeles',
  'Houston',
  'Detroit',
  'Seattle',
  'Boston',
  'Atlanta',
  'Miami',
  'Mexico City',
  'Bogota',
  'Lima',
  'Santiago',
  'Buenos Aires',
  'Sao Paulo',
];
const COUNTRIES = [
  'France',
  'Germany',
  'Spain',
  'Italy',
  'Canada',
  'Japan',
  'China',
  'India',
  'Brazil',
  'Mexico',
  'Russia',
  'Australia',
  'Nigeria',
  'Kenya',
  'Egypt',
  'Turkey',
  'Iran',
  'Iraq',
  'Poland',
  'Sweden',
  'Norway',
  'Ireland',
  'Portugal',
  'Greece',
  'Argentina',
  'Chile',
  'Peru',
  'Indonesia',
];

export interface Pools {
  people: { full: string; surname: string }[];
  organizations: string[];
  places: string[];
  /** Places fit for a dateline (cities). */
  cities: string[];
  outlets: string[];
  authors: string[];
}

function syllableName(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += syllable(rng.int(SYLLABLES));
  return capitalise(s);
}

/** Real names first (the heads of the Zipf curves), then synthesised ones, all distinct. */
export function buildPools(
  seed: string,
  corpus: { people: string[]; organizations: string[]; places: string[] },
  sizes = { people: 20000, organizations: 12000, places: 8000 },
): Pools {
  const rng = new Rng(`${seed}:pools`);
  const seen = new Set<string>();
  const people: Pools['people'] = [];
  const addPerson = (full: string) => {
    if (seen.has(full)) return;
    seen.add(full);
    const parts = full.split(/\s+/);
    people.push({ full, surname: parts[parts.length - 1] });
  };
  // Interleave the corpus' people with common-name pairs so the head is a mix of both.
  const corpusPeople = corpus.people.filter((n) => /\s/.test(n));
  for (let i = 0; people.length < sizes.people; i++) {
    if (i % 5 === 0 && corpusPeople.length) addPerson(corpusPeople.shift()!);
    const given = rng.pick(GIVEN);
    const surname = rng.chance(0.55) ? rng.pick(SURNAMES) : syllableName(rng, rng.range(2, 3));
    addPerson(rng.chance(0.08) ? `${given} ${rng.pick(GIVEN).charAt(0)}. ${surname}` : `${given} ${surname}`);
  }

  const orgs: string[] = [];
  const addOrg = (o: string) => {
    if (seen.has(o)) return;
    seen.add(o);
    orgs.push(o);
  };
  const corpusOrgs = [...corpus.organizations];
  const places: string[] = [];
  const addPlace = (p: string) => {
    if (seen.has(p)) return;
    seen.add(p);
    places.push(p);
  };
  const corpusPlaces = [...corpus.places];
  const cities: string[] = [...CITIES];
  for (let i = 0; places.length < sizes.places; i++) {
    if (i < CITIES.length) addPlace(CITIES[i]);
    if (i < COUNTRIES.length) addPlace(COUNTRIES[i]);
    if (i % 3 === 0 && corpusPlaces.length) addPlace(corpusPlaces.shift()!);
    const town = syllableName(rng, rng.range(1, 2)) + rng.pick(TOWN_ENDINGS);
    addPlace(rng.chance(0.15) ? `Port ${town}` : town);
    cities.push(town);
  }
  for (let i = 0; orgs.length < sizes.organizations; i++) {
    if (i % 4 === 0 && corpusOrgs.length) addOrg(corpusOrgs.shift()!);
    const r = rng.next();
    if (r < 0.15) addOrg(`${rng.pick(ORG_OF)} ${rng.pick(places)}`);
    else if (r < 0.45) addOrg(`${rng.pick(SURNAMES)} ${rng.pick(ORG_SUFFIXES)}`);
    else addOrg(`${syllableName(rng, rng.range(1, 3))} ${rng.pick(ORG_SUFFIXES)}`);
  }

  const outlets = [...WIRE_OUTLETS];
  while (outlets.length < 80) {
    const o = `The ${rng.pick(cities)} ${rng.pick(OUTLET_NAMES)}`;
    if (!outlets.includes(o)) outlets.push(o);
  }
  const authors: string[] = [];
  while (authors.length < 400) {
    const given = rng.pick(GIVEN);
    const surname = rng.chance(0.6) ? rng.pick(SURNAMES) : syllableName(rng, 2);
    // Some sites sign with a handle ("bellecarter"), most with a name.
    authors.push(rng.chance(0.25) ? (given + surname).toLowerCase().replace(/[^a-z]/g, '') : `${given} ${surname}`);
  }
  return { people, organizations: orgs, places, cities, outlets, authors };
}
