/**
 * Entity resolution across the archive (src/archive/resolve). Names and sentences come from the
 * MEANTIME dev set (Wikinews, CC BY 4.0; the article is named beside each) and from the seeds.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/write/schema.js';
import { resolveEntities, parseEntitiesFile, EntitiesFileError, type Resolution } from '../../src/archive/resolve/index.js';
import { compatiblePersons, isInitialsOf, looseKey, orgCore, personParts, sameGiven } from '../../src/archive/resolve/names.js';
import { countryCode } from '../../src/archive/resolve/steps/countries.js';
import { countryAcronymOf } from '../../src/archive/resolve/steps/article-qualified-names.js';
import { shortForms } from '../../src/archive/resolve/steps/place-forms.js';
import { divisionParent } from '../../src/archive/resolve/steps/org-division.js';
import { venueOf } from '../../src/archive/resolve/steps/venue-wings.js';
import { transpositions } from '../../src/archive/resolve/steps/misspelling.js';
import { buildArchive } from '../../src/archive/index.js';

type E = { name: string; aliases?: string[]; role?: string; sentences?: string[] };
function rec(id: string, e: { people?: E[]; organizations?: E[]; places?: E[] }): ArticleRecord {
  const list = (l: E[] = []) =>
    l.map((x) => ({
      name: x.name,
      aliases: x.aliases ?? [],
      mentions: 1,
      sentences: x.sentences ?? [`${x.name} is named here.`],
      ...(x.role ? { role: x.role } : {}),
    }));
  return {
    id,
    title: id,
    dek: null,
    published: '2008-01-01',
    author: null,
    outlet: null,
    dateline: null,
    url: null,
    source: { file: `${id}.txt`, sha256: '0'.repeat(64), extractor: 't' },
    people: list(e.people),
    organizations: list(e.organizations),
    places: list(e.places),
    dates: [],
    quotes: [],
    claims: [],
    warnings: [],
    body: '',
  };
}
/** The resolved entity (name and type) each name of each article went to. */
function entityOf(res: Resolution, records: ArticleRecord[], id: string, name: string) {
  const i = records.findIndex((r) => r.id === id);
  const m = res.articles[i].find((x) => x.name === name || x.aliases.includes(name));
  return m ? res.entities[m.entity] : undefined;
}

describe('names', () => {
  it('takes legal forms and descriptors off an organisation, never more', () => {
    expect(orgCore('Apple Inc.').core).toBe('apple');
    expect(orgCore('Apple Computer').core).toBe('apple');
    expect(orgCore('Ford Motor Company').core).toBe('ford');
    expect(orgCore('Apple Corps').core).toBe('apple corps');
  });
  it('knows initials, with function words optional', () => {
    expect(isInitialsOf('UAW', 'United Auto Workers')).toBe(true);
    expect(isInitialsOf('USAF', 'United States Air Force')).toBe(true);
    expect(isInitialsOf('BoA', 'Bank of America')).toBe(true);
    expect(isInitialsOf('UAW', 'United States Air Force')).toBe(false);
  });
  it('tells compatible full names from different people', () => {
    const p = (n: string) => personParts(n)!;
    expect(compatiblePersons(p('Tim Cook'), p('Timothy D. Cook'))).toBe(true);
    expect(compatiblePersons(p('George W. Bush'), p('George H. W. Bush'))).toBe(false);
    expect(compatiblePersons(p('George Bush'), p('George W. Bush'))).toBe(true);
    expect(compatiblePersons(p('Han Dong'), p('Han Tao'))).toBe(false);
  });
});

describe('resolveEntities', () => {
  it('joins legal-form and descriptor variants, and keeps Apple Corps apart (019, 031, 113)', () => {
    // 019 "Beatles' Apple Corps sues Apple Computer"; 031 "Apple Inc., Apple Corps resolve trademark dispute"
    // (the extractor gave Apple Inc. the alias "Apple Corps").
    const records = [
      rec('019', { organizations: [{ name: 'Apple Corps' }, { name: 'Apple Computer' }] }),
      rec('031', {
        organizations: [{ name: 'Apple Inc.', aliases: ['Apple Corps', 'Apple'], sentences: ['Apple Inc., Apple Corps resolve trademark dispute'] }],
      }),
      rec('113', { organizations: [{ name: 'Apple' }] }),
    ];
    const res = resolveEntities(records);
    const inc = entityOf(res, records, '031', 'Apple Inc.')!;
    expect(entityOf(res, records, '019', 'Apple Computer')).toBe(inc);
    expect(entityOf(res, records, '113', 'Apple')).toBe(inc);
    const corps = entityOf(res, records, '019', 'Apple Corps')!;
    expect(corps).not.toBe(inc);
    expect(inc.aliases).not.toContain('Apple Corps');
    // The alias taken off is Apple Corps' mention in 031.
    expect(corps.articles).toEqual([0, 1]);
    expect(inc.notes.map((n) => n.rule)).toContain('legal-form');
  });

  it('joins spelling variants and country names (U.S. / US / United States / America)', () => {
    const records = [
      rec('a', { places: [{ name: 'U.S.' }] }),
      rec('b', { places: [{ name: 'US' }] }),
      rec('c', { places: [{ name: 'United States' }, { name: 'United Kingdom' }] }),
      rec('d', { places: [{ name: 'America' }] }),
    ];
    const res = resolveEntities(records);
    const us = entityOf(res, records, 'c', 'United States')!;
    for (const [id, n] of [
      ['a', 'U.S.'],
      ['b', 'US'],
      ['d', 'America'],
    ])
      expect(entityOf(res, records, id, n)).toBe(us);
    expect(entityOf(res, records, 'c', 'United Kingdom')).not.toBe(us);
  });

  it('joins an acronym to its expansion when an article pairs them; a two-letter acronym never by its letters alone', () => {
    const records = [
      rec('a', { organizations: [{ name: 'United Auto Workers', aliases: ['UAW'] }] }),
      rec('b', { organizations: [{ name: 'UAW' }] }),
      rec('c', { organizations: [{ name: 'GM' }] }),
      rec('d', { organizations: [{ name: 'General Motors' }] }),
    ];
    const res = resolveEntities(records);
    expect(entityOf(res, records, 'b', 'UAW')).toBe(entityOf(res, records, 'a', 'United Auto Workers'));
    expect(entityOf(res, records, 'c', 'GM')).not.toBe(entityOf(res, records, 'd', 'General Motors'));
  });

  it('joins an acronym of three letters or more to the one organisation of the archive with its initials, and to none of two', () => {
    const records = [
      rec('052', { organizations: [{ name: 'EADS' }, { name: 'Northrop Grumman' }] }),
      rec('035', { organizations: [{ name: 'European Aeronautic Defense & Space Company' }] }),
      rec('x', { organizations: [{ name: 'NTSB' }] }),
      rec('y', { organizations: [{ name: 'National Transportation Safety Board' }, { name: 'National Taxpayers Savings Bank' }] }),
    ];
    const res = resolveEntities(records);
    const eads = entityOf(res, records, '052', 'EADS')!;
    expect(eads).toBe(entityOf(res, records, '035', 'European Aeronautic Defense & Space Company'));
    expect(eads.notes.map((n) => n.rule)).toEqual(['acronym-initials']);
    expect(entityOf(res, records, 'x', 'NTSB')!.name).toBe('NTSB');
    expect(entityOf(res, records, 'x', 'NTSB')!.maybe).toHaveLength(2);
  });

  it('joins "Air Force" to its article\'s "US Air Force" also written "U.S. Air Force" (MEANTIME 2008-07-02), and not to one of two countries', () => {
    const records = [
      rec('gao', { organizations: [{ name: 'US Air Force' }, { name: 'U.S. Air Force' }, { name: 'Air Force' }], places: [{ name: 'U.S.' }] }),
      rec('raf', { organizations: [{ name: 'United States Air Force' }, { name: 'UAE Air Force' }, { name: 'Air Force' }] }),
    ];
    const res = resolveEntities(records);
    expect(entityOf(res, records, 'gao', 'Air Force')).toBe(entityOf(res, records, 'gao', 'US Air Force'));
    expect(entityOf(res, records, 'raf', 'Air Force')).not.toBe(entityOf(res, records, 'raf', 'United States Air Force'));
    expect(entityOf(res, records, 'raf', 'Air Force')).not.toBe(entityOf(res, records, 'raf', 'UAE Air Force'));
  });

  it('joins Tim Cook and Timothy D. Cook (113), and Obama to Barack Obama when he is the one Obama', () => {
    // 113: "He left current chief operating officer Timothy D. Cook in charge of day-to-day operations"
    const records = [
      rec('113', { people: [{ name: 'Timothy D. Cook' }, { name: 'Tim Cook', aliases: ['Tim'] }] }),
      rec('084', { people: [{ name: 'Barack Obama' }] }),
      rec('119', { people: [{ name: 'Obama' }] }),
    ];
    const res = resolveEntities(records);
    expect(entityOf(res, records, '113', 'Tim Cook')).toBe(entityOf(res, records, '113', 'Timothy D. Cook'));
    const obama = entityOf(res, records, '119', 'Obama')!;
    expect(obama.name).toBe('Barack Obama');
    expect(obama.notes.find((n) => n.rule === 'short-name')?.names).toEqual(['Barack Obama', 'Obama']);
  });

  it('keeps George W. Bush and George H. W. Bush apart; "Bush" alone with both is a may-be (051, 064)', () => {
    // 051: "Last week, President Bush proposed a $145 billion stimulus plan"
    const records = [
      rec('064', { people: [{ name: 'George W. Bush' }] }),
      rec('x', { people: [{ name: 'George H. W. Bush' }] }),
      rec('051', { people: [{ name: 'Bush', role: 'President' }] }),
    ];
    const res = resolveEntities(records);
    const w = entityOf(res, records, '064', 'George W. Bush')!;
    const hw = entityOf(res, records, 'x', 'George H. W. Bush')!;
    const bush = entityOf(res, records, '051', 'Bush')!;
    expect(new Set([w, hw, bush]).size).toBe(3);
    expect(bush.maybe.map((i) => res.entities[i].name).sort()).toEqual(['George H. W. Bush', 'George W. Bush']);
    // With one Bush only, "Bush" is him.
    const one = [records[0], records[2]];
    const res1 = resolveEntities(one);
    expect(entityOf(res1, one, '051', 'Bush')!.name).toBe('George W. Bush');
  });

  it('keeps Han Dong and Han Tao apart, and "Consul General Han" joins neither (seeds)', () => {
    // Seed 000: "Dong admitted that he had a discussion with Consul General Han"
    const records = [
      rec('000', {
        people: [
          { name: 'Han Dong', aliases: ['Dong'], role: 'MP' },
          { name: 'Han', role: 'Consul General' },
        ],
      }),
      rec('001', { people: [{ name: 'Han Tao', role: "China's consul-general in Toronto" }, { name: 'Han Dong' }] }),
    ];
    const res = resolveEntities(records);
    const dong = entityOf(res, records, '000', 'Han Dong')!;
    const tao = entityOf(res, records, '001', 'Han Tao')!;
    const han = entityOf(res, records, '000', 'Han')!;
    expect(new Set([dong, tao, han]).size).toBe(3);
    expect(entityOf(res, records, '001', 'Han Dong')).toBe(dong);
  });

  it('joins a given name to the one full name of its article, and not with two (119)', () => {
    // 119: "Those of us who have been fortunate enough to know and work with Steve have lost a dear friend"
    const one = [rec('a', { people: [{ name: 'Steve Jobs' }, { name: 'Steve' }] })];
    expect(entityOf(resolveEntities(one), one, 'a', 'Steve')!.name).toBe('Steve Jobs');
    const two = [rec('119', { people: [{ name: 'Steve Jobs' }, { name: 'Steve' }, { name: 'Steve Ballmer' }] })];
    expect(entityOf(resolveEntities(two), two, '119', 'Steve')!.name).toBe('Steve');
  });

  it('decides the type across the archive (Europe, 093; AirTanker, 054; Douglas, 024)', () => {
    const records = [
      rec('093', { people: [{ name: 'Europe' }] }),
      rec('010', { places: [{ name: 'Europe' }] }),
      rec('035', { places: [{ name: 'Europe' }] }),
      // 054: "They will be owned by AirTanker, who retains commercial leasing rights to five"
      rec('054', { people: [{ name: 'AirTanker' }], organizations: [{ name: 'AirTanker Ltd.' }] }),
      // 024: "Boeing delivers final 717 to AirTran, ending Douglas era"
      rec('024', { people: [{ name: 'Douglas' }], organizations: [{ name: 'McDonnell Douglas' }, { name: 'Douglas Aircraft' }] }),
    ];
    const res = resolveEntities(records);
    expect(entityOf(res, records, '093', 'Europe')!.kind).toBe('place');
    expect(entityOf(res, records, '054', 'AirTanker')).toMatchObject({ name: 'AirTanker Ltd.', kind: 'organization' });
    const douglas = entityOf(res, records, '024', 'Douglas')!;
    expect(douglas.kind).toBe('organization');
    expect(douglas).not.toBe(entityOf(res, records, '024', 'McDonnell Douglas'));
  });

  it('applies entities.yml: merge, split, rename, retype', () => {
    const records = [
      rec('a', { people: [{ name: 'Bush' }], places: [{ name: 'Europe' }] }),
      rec('b', { people: [{ name: 'George W. Bush' }] }),
      rec('c', { people: [{ name: 'Bush' }] }),
      rec('d', { organizations: [{ name: 'Apple Inc.' }, { name: 'Apple Corps' }] }),
    ];
    const ops = parseEntitiesFile(
      [
        '- split: { name: Bush, articles: [c], to: George H. W. Bush }',
        '- merge: [Bush, George W. Bush]',
        '- split: { name: Apple, from: Apple Inc. }',
        '- rename: { from: Apple Inc., to: Apple }',
        '- retype: { name: Europe, to: organisation }',
      ].join('\n'),
      'content/entities.yml',
    );
    const res = resolveEntities(records, ops);
    expect(entityOf(res, records, 'a', 'Bush')).toBe(entityOf(res, records, 'b', 'George W. Bush'));
    expect(entityOf(res, records, 'c', 'George H. W. Bush')!.name).toBe('George H. W. Bush');
    expect(entityOf(res, records, 'd', 'Apple Inc.')!.name).toBe('Apple');
    expect(entityOf(res, records, 'a', 'Europe')!.kind).toBe('organization');
    expect(res.issues).toEqual(['split "Apple" from "Apple Inc.": a name is not in the archive']);
  });

  it('rejects a broken entities.yml, naming the file and the reason', () => {
    expect(() => parseEntitiesFile('- merge: [Apple]\n', 'content/entities.yml')).toThrow(EntitiesFileError);
    expect(() => parseEntitiesFile('- merge: [Apple]\n', 'content/entities.yml')).toThrow(
      /^content\/entities\.yml: entry 1 is not a merge, split, rename or retype operation/,
    );
    expect(() => parseEntitiesFile('- retype: { name: Europe, to: planet }\n', 'content/entities.yml')).toThrow(/entry 1/);
    expect(() => parseEntitiesFile('merge: [a, b]\n', 'content/entities.yml')).toThrow('content/entities.yml: must be a YAML list of operations');
    expect(() => parseEntitiesFile('- merge: [a, b\n', 'content/entities.yml')).toThrow(/content\/entities\.yml: not YAML/);
  });

  it("joins a country's other names: Britain / UK / United Kingdom, Holland / the Netherlands (051, 050, 102)", () => {
    expect(countryCode('Britain')).toBe('GB');
    expect(countryCode('Great Britain')).toBe('GB');
    expect(countryCode('the UK')).toBe('GB');
    expect(countryCode('Holland')).toBe('NL');
    expect(countryCode('the Netherlands')).toBe('NL');
    expect(countryCode('Burma')).toBe('MM');
    // Two countries' names: neither.
    expect(countryCode('Congo')).toBeNull();
    expect(countryCode('England')).toBeNull();
    const records = [
      // 051: "Losses of between three and seven percent were recorded in India, China, Britain, France, Germany and Canada."
      rec('051', { places: [{ name: 'Britain' }, { name: 'France' }] }),
      // 050: "...Apple charging customers in the UK up to 10% more than in other EU countries."
      rec('050', { places: [{ name: 'United Kingdom', aliases: ['UK'] }] }),
      rec('x', { places: [{ name: 'Holland' }, { name: 'England' }] }),
      rec('y', { places: [{ name: 'Netherlands' }] }),
    ];
    const res = resolveEntities(records);
    expect(entityOf(res, records, '051', 'Britain')).toBe(entityOf(res, records, '050', 'United Kingdom'));
    expect(entityOf(res, records, 'x', 'Holland')).toBe(entityOf(res, records, 'y', 'Netherlands'));
    expect(entityOf(res, records, 'x', 'England')).not.toBe(entityOf(res, records, '050', 'United Kingdom'));
    expect(entityOf(res, records, '051', 'France')).not.toBe(entityOf(res, records, '051', 'Britain'));
  });

  it('folds British and American spellings inside names, only regular pairs (001, 054)', () => {
    expect(looseKey('European Aeronautic Defence & Space NV')).toBe('european aeronautic defense and space nv');
    expect(looseKey('World Health Organisation')).toBe(looseKey('World Health Organization'));
    expect(looseKey('Kennedy Centre')).toBe(looseKey('Kennedy Center'));
    expect(looseKey('Labour Party')).toBe('labor party');
    // Different words, not spellings of one: Tyre (a city), Grey (a surname), Mould.
    expect(looseKey('Tyre')).toBe('tyre');
    expect(looseKey('Earl Grey')).toBe('earl grey');
    expect(looseKey('Bob Mould')).toBe('bob mould');
    const records = [
      // 001: "Airbus is owned by European Aeronautic Defense & Space Company (EADS)."
      rec('001', {
        organizations: [
          { name: 'European Aeronautic Defense & Space Company', sentences: ['Airbus is owned by European Aeronautic Defense & Space Company (EADS).'] },
          { name: 'EADS' },
        ],
      }),
      // 054: "European Aeronautic Defence & Space NV (EADS), the parent company of European airframer Airbus, has won ..."
      rec('054', { organizations: [{ name: 'European Aeronautic Defence & Space NV' }] }),
      rec('z', { organizations: [{ name: 'Ministry of Defence' }, { name: 'Ministry of Finance' }] }),
    ];
    const res = resolveEntities(records);
    const eads = entityOf(res, records, '001', 'European Aeronautic Defense & Space Company')!;
    expect(entityOf(res, records, '054', 'European Aeronautic Defence & Space NV')).toBe(eads);
    expect(entityOf(res, records, '001', 'EADS')).toBe(eads);
    expect(entityOf(res, records, 'z', 'Ministry of Defence')).not.toBe(entityOf(res, records, 'z', 'Ministry of Finance'));
  });

  it('joins a nickname to the formal given name when one candidate fits (046, 097)', () => {
    expect(sameGiven('bill', 'william')).toBe(true);
    expect(sameGiven('bob', 'robert')).toBe(true);
    expect(sameGiven('jim', 'james')).toBe(true);
    expect(sameGiven('tom', 'thomas')).toBe(true);
    expect(sameGiven('bill', 'robert')).toBe(false);
    expect(sameGiven('jim', 'john')).toBe(false);
    const records = [
      // 046: "...said Airbus President and Chief Executive Officer, Tom Enders."
      rec('046', { people: [{ name: 'Tom Enders' }] }),
      // 097: "Chief executive Thomas Enders said in a statement, ..."
      rec('097', { people: [{ name: 'Thomas Enders' }] }),
      rec('a', { people: [{ name: 'Bill Smith' }] }),
      rec('b', { people: [{ name: 'William Smith' }] }),
      rec('c', { people: [{ name: 'Robert Smith' }] }),
      // "Ted Smith" fits Edward and Theodore: with both in the archive, neither.
      rec('d', { people: [{ name: 'Ted Jones' }] }),
      rec('e', { people: [{ name: 'Edward Jones' }] }),
      rec('f', { people: [{ name: 'Theodore Jones' }] }),
    ];
    const res = resolveEntities(records);
    expect(entityOf(res, records, '046', 'Tom Enders')).toBe(entityOf(res, records, '097', 'Thomas Enders'));
    expect(entityOf(res, records, 'a', 'Bill Smith')).toBe(entityOf(res, records, 'b', 'William Smith'));
    expect(entityOf(res, records, 'c', 'Robert Smith')).not.toBe(entityOf(res, records, 'b', 'William Smith'));
    const ted = entityOf(res, records, 'd', 'Ted Jones')!;
    expect(ted.name).toBe('Ted Jones');
    expect(ted.maybe.map((i) => res.entities[i].name).sort()).toEqual(['Edward Jones', 'Theodore Jones']);
  });

  it('joins an organisation named without its country to the one named with it, in the article (001, 005, 063)', () => {
    expect(countryAcronymOf('USAF', 'Air Force')).toBe(true);
    expect(countryAcronymOf('RAF', 'Air Force')).toBe(false);
    // 104 names "Der Spiegel" and "EADS": EADS only ends with D S.
    expect(countryAcronymOf('EADS', 'Der Spiegel')).toBe(false);
    const records = [
      // 001: both in one article.
      rec('001', { organizations: [{ name: 'United States Air Force' }, { name: 'Air Force' }] }),
      // 005: "The USAF and Boeing have signed an interim agreement to protect the Air Force's interests."
      rec('005', { organizations: [{ name: 'USAF' }, { name: 'Air Force' }] }),
      // 063: the Fed named both ways.
      rec('063', { organizations: [{ name: 'United States Federal Reserve' }, { name: 'Federal Reserve' }] }),
      // Two air forces in one article: the bare one is neither.
      rec('054', { organizations: [{ name: 'United States Air Force' }, { name: 'UAE Air Force' }, { name: 'Air Force' }] }),
    ];
    const res = resolveEntities(records);
    const usaf = entityOf(res, records, '001', 'United States Air Force')!;
    expect(entityOf(res, records, '001', 'Air Force')).toBe(usaf);
    expect(entityOf(res, records, '005', 'Air Force')).toBe(entityOf(res, records, '005', 'USAF'));
    expect(entityOf(res, records, '063', 'Federal Reserve')!.name).toBe('United States Federal Reserve');
    const bare = entityOf(res, records, '054', 'Air Force')!;
    expect(bare).not.toBe(usaf);
    expect(bare).not.toBe(entityOf(res, records, '054', 'UAE Air Force'));
  });

  it('joins a bare organisation across the archive only when the countries agree, else a may-be (042, 063)', () => {
    // 042: "The Federal Reserve met this week, but decided to maintain its target rate" (it names the United States and the UK).
    const agree = [
      rec('063', { organizations: [{ name: 'United States Federal Reserve' }] }),
      rec('042', { organizations: [{ name: 'Federal Reserve' }], places: [{ name: 'United States' }, { name: 'UK' }] }),
    ];
    const res = resolveEntities(agree);
    expect(entityOf(res, agree, '042', 'Federal Reserve')!.name).toBe('United States Federal Reserve');
    expect(entityOf(res, agree, '042', 'Federal Reserve')!.notes.map((n) => n.rule)).toContain('country-name');
    // An article naming only Japan: no join, a may-be.
    const disagree = [agree[0], rec('j', { organizations: [{ name: 'Federal Reserve' }], places: [{ name: 'Japan' }] })];
    const res2 = resolveEntities(disagree);
    const fed = entityOf(res2, disagree, 'j', 'Federal Reserve')!;
    expect(fed.name).toBe('Federal Reserve');
    expect(fed.maybe.map((i) => res2.entities[i].name)).toEqual(['United States Federal Reserve']);
    // Two candidates whose countries the article both names: neither.
    const two = [
      rec('u', { organizations: [{ name: 'US Air Force' }] }),
      rec('e', { organizations: [{ name: 'UAE Air Force' }] }),
      rec('b', { organizations: [{ name: 'Air Force' }], places: [{ name: 'U.S.' }, { name: 'United Arab Emirates' }] }),
    ];
    const res3 = resolveEntities(two);
    expect(entityOf(res3, two, 'b', 'Air Force')!.name).toBe('Air Force');
    expect(entityOf(res3, two, 'b', 'Air Force')!.maybe).toHaveLength(2);
  });

  it('joins a place with and without its city in front or its type word, with guards (007, 011)', () => {
    const isPlace = (k: string) => ['london', 'asia', 'pacific', 'guinea', 'bissau', 'heathrow'].includes(k);
    expect(shortForms('London Heathrow', isPlace)).toEqual([{ key: 'heathrow', type: null }]);
    expect(shortForms('Heathrow Airport', isPlace)).toEqual([{ key: 'heathrow', type: 'airport' }]);
    expect(shortForms('Guinea-Bissau', isPlace)).toEqual([]);
    expect(shortForms('Asia Pacific', isPlace)).toEqual([]);
    const records = [
      // 007: "An American Airlines 777 landing at Heathrow airport Boeing has secured two large orders"
      rec('007', {
        places: [
          { name: 'Heathrow', sentences: ['An American Airlines 777 landing at Heathrow airport Boeing has secured two large orders for new aircraft.'] },
        ],
      }),
      // 011: "...which it will begin to fly in 2009 out of London Heathrow."
      rec('011', { places: [{ name: 'London Heathrow' }, { name: 'London' }] }),
      // A city is not its airport: no sentence reads "Frankfurt airport".
      rec('f1', { places: [{ name: 'Frankfurt', sentences: ['The plane landed in Frankfurt.'] }] }),
      rec('f2', { places: [{ name: 'Frankfurt Airport' }] }),
      // A state or a country is not the city named after it.
      rec('k1', { places: [{ name: 'Kansas' }, { name: 'Mexico' }] }),
      rec('k2', { places: [{ name: 'Kansas City' }, { name: 'Mexico City' }] }),
      rec('s1', { places: [{ name: 'Davao' }] }),
      rec('s2', { places: [{ name: 'Springfield City' }] }),
      rec('s3', { places: [{ name: 'Springfield' }] }),
    ];
    const res = resolveEntities(records);
    const lhr = entityOf(res, records, '011', 'London Heathrow')!;
    expect(entityOf(res, records, '007', 'Heathrow')).toBe(lhr);
    // With "Heathrow Airport" too, "Heathrow" has two candidates: it joins neither.
    const two = [...records.slice(0, 2), rec('h', { places: [{ name: 'Heathrow Airport' }] })];
    const res2 = resolveEntities(two);
    expect(
      entityOf(res2, two, '007', 'Heathrow')!
        .maybe.map((i) => res2.entities[i].name)
        .sort(),
    ).toEqual(['Heathrow Airport', 'London Heathrow']);
    const one = [records[0], two[2]];
    expect(entityOf(resolveEntities(one), one, '007', 'Heathrow')!.name).toBe('Heathrow Airport');
    expect(entityOf(res, records, '011', 'London')).not.toBe(lhr);
    const frankfurt = entityOf(res, records, 'f1', 'Frankfurt')!;
    expect(frankfurt).not.toBe(entityOf(res, records, 'f2', 'Frankfurt Airport'));
    expect(frankfurt.maybe.map((i) => res.entities[i].name)).toEqual(['Frankfurt Airport']);
    expect(entityOf(res, records, 'k1', 'Kansas')).not.toBe(entityOf(res, records, 'k2', 'Kansas City'));
    expect(entityOf(res, records, 'k1', 'Mexico')).not.toBe(entityOf(res, records, 'k2', 'Mexico City'));
    expect(entityOf(res, records, 's3', 'Springfield')).toBe(entityOf(res, records, 's2', 'Springfield City'));
  });

  it("keeps an entity's page id when another spelling becomes the commoner one (019, 030)", () => {
    const dated = (r: ArticleRecord, published: string) => ({ ...r, published });
    // 019 "Beatles' Apple Corps sues Apple Computer" (2003) names "Apple Computer"; later articles "Apple Inc." (030, 2007).
    const first = [
      dated(rec('019', { organizations: [{ name: 'Apple Computer' }] }), '2003-09-12'),
      dated(rec('030', { organizations: [{ name: 'Apple Inc.' }] }), '2007-10-23'),
    ];
    const before = buildArchive(first).organizations.find((o) => o.aliases.includes('Apple Inc.') || o.name === 'Apple Inc.')!;
    expect(before.id).toBe('apple-computer');
    const later = [
      ...first,
      ...['a', 'b', 'c'].map((id) => dated(rec(id, { organizations: [{ name: 'Apple Inc.' }] }), '2008-01-0' + (id.charCodeAt(0) - 96))),
    ];
    const after = buildArchive(later).organizations.find((o) => o.aliases.includes('Apple Computer') || o.name === 'Apple Computer')!;
    expect(after.name).toBe('Apple Inc.');
    expect(after.id).toBe('apple-computer');
    // A person's id is a full name, even when first seen by surname only.
    const people = [dated(rec('x', { people: [{ name: 'Obama' }] }), '2008-01-01'), dated(rec('y', { people: [{ name: 'Barack Obama' }] }), '2009-01-01')];
    expect(buildArchive(people).people.map((p) => p.id)).toEqual(['barack-obama']);
  });
});

describe('divisions, venues and cities named like their region', () => {
  const maybeNames = (res: Resolution, e: { maybe: number[] }) => e.maybe.map((i) => res.entities[i].name).sort();

  it('reads a division as its organisation and a region, never a word before a country', () => {
    expect(divisionParent('EADS North America')).toBe('eads');
    expect(divisionParent('Sony Europe')).toBe('sony');
    expect(divisionParent('Vodafone UK')).toBe('vodafone');
    expect(divisionParent('Toyota Motor North America Inc.')).toBe('toyota');
    expect(divisionParent('Cancer Research UK')).toBe('cancer research');
    expect(divisionParent('Air France')).toBeNull();
    expect(divisionParent('Air Canada')).toBeNull();
    expect(divisionParent('Virgin America')).toBeNull();
    expect(divisionParent('Team USA')).toBeNull();
    expect(divisionParent('Bank of America')).toBeNull();
    expect(divisionParent('Cathay Pacific')).toBeNull();
    expect(divisionParent('EADS')).toBeNull();
  });

  it('joins a division to the one organisation named without its region (MEANTIME 001, 035, 058), and "Air France" to no "Air"', () => {
    const records = [
      // 001: "Airbus is owned by European Aeronautic Defense & Space Company (EADS)."
      rec('001', {
        organizations: [
          { name: 'European Aeronautic Defense & Space Company', sentences: ['Airbus is owned by European Aeronautic Defense & Space Company (EADS).'] },
        ],
      }),
      // 035: "The news comes as its parent company, EADS starts a major restructuring programme ..."
      rec('035', { organizations: [{ name: 'EADS' }] }),
      // 058: "This imperils the Northrop Grumman and EADS North America plan to assemble the planes in Mobile, Alabama."
      rec('058', {
        organizations: [
          {
            name: 'EADS North America',
            sentences: ['This imperils the Northrop Grumman and EADS North America plan to assemble the planes in Mobile, Alabama.'],
          },
        ],
      }),
      rec('air', { organizations: [{ name: 'Air' }] }),
      rec('af', { organizations: [{ name: 'Air France' }] }),
      rec('ac', { organizations: [{ name: 'Air Canada' }] }),
    ];
    const res = resolveEntities(records);
    const eads = entityOf(res, records, '001', 'European Aeronautic Defense & Space Company')!;
    expect(entityOf(res, records, '035', 'EADS')).toBe(eads);
    expect(entityOf(res, records, '058', 'EADS North America')).toBe(eads);
    const note = eads.notes.find((n) => n.rule === 'org-division')!;
    expect(note.names).toEqual(['EADS', 'EADS North America']);
    expect(note.evidence.map((e) => e.article)).toEqual(['058', '035']);
    const air = entityOf(res, records, 'air', 'Air')!;
    expect(entityOf(res, records, 'af', 'Air France')).not.toBe(air);
    expect(entityOf(res, records, 'ac', 'Air Canada')).not.toBe(air);
    // Only the short-name rule's may-be links: "Air" could begin either.
    expect(maybeNames(res, air)).toEqual(['Air Canada', 'Air France']);
    expect(air.notes).toEqual([]);
  });

  it('keeps a division apart from its organisation when an article names both as two', () => {
    // Written for the test: a wire story naming the parent and its division apart.
    const records = [
      rec('a', { organizations: [{ name: 'General Motors' }, { name: 'General Motors Europe' }] }),
      rec('b', { organizations: [{ name: 'General Motors Europe' }] }),
      rec('c', { organizations: [{ name: 'Nissan' }] }),
      rec('d', { organizations: [{ name: 'Nissan North America' }] }),
    ];
    const res = resolveEntities(records);
    const division = entityOf(res, records, 'b', 'General Motors Europe')!;
    expect(division).not.toBe(entityOf(res, records, 'a', 'General Motors'));
    expect(maybeNames(res, division)).toEqual(['General Motors']);
    // Apart, the division joins.
    expect(entityOf(res, records, 'd', 'Nissan North America')).toBe(entityOf(res, records, 'c', 'Nissan'));
  });

  it("reads a venue's base name and compass wing", () => {
    expect(venueOf('Moscone West Convention Center')).toEqual({ base: 'moscone center', wing: 'west' });
    expect(venueOf('Moscone Center')).toEqual({ base: 'moscone center', wing: null });
    expect(venueOf('Moscone North Hall')).toEqual({ base: 'moscone hall', wing: 'north' });
    expect(venueOf('Java West')).toBeNull();
    expect(venueOf('West Virginia')).toBeNull();
  });

  it('joins a venue named without its word when a sentence writes it, and a wing to its venue (MEANTIME 009, 012, 116)', () => {
    const records = [
      // 009: "... the World Wide Developers Conference (WWDC) at Moscone Center in San Francisco, California on Monday."
      rec('009', { places: [{ name: 'Moscone Center' }] }),
      // 012: "... held in the Moscone West Convention Center in San Francisco."
      rec('012', { places: [{ name: 'Moscone West Convention Center' }] }),
      // 116: the extractor took "Moscone West" from "... keynote at the Moscone West center in San Francisco, ..."
      rec('116', {
        places: [
          {
            name: 'Moscone West',
            sentences: [
              "At the company's own Worldwide Developers Conference (WWDC) keynote at the Moscone West center in San Francisco, Apple CEO Steve Jobs introduced the next generation of software products from Apple.",
            ],
          },
        ],
      }),
      // A town is not the centre named after it when no sentence writes "Lincoln center".
      rec('l1', { places: [{ name: 'Lincoln', sentences: ['The plant in Lincoln, Nebraska, will close in May.'] }] }),
      rec('l2', { places: [{ name: 'Lincoln Center' }] }),
    ];
    const res = resolveEntities(records);
    const moscone = entityOf(res, records, '009', 'Moscone Center')!;
    expect(entityOf(res, records, '012', 'Moscone West Convention Center')).toBe(moscone);
    expect(entityOf(res, records, '116', 'Moscone West')).toBe(moscone);
    expect(moscone.notes.map((n) => n.rule).sort()).toEqual(['place-forms', 'venue-wing']);
    const lincoln = entityOf(res, records, 'l1', 'Lincoln')!;
    expect(lincoln).not.toBe(entityOf(res, records, 'l2', 'Lincoln Center'));
    expect(maybeNames(res, lincoln)).toEqual(['Lincoln Center']);
    // Without the sentence that writes "center", "Moscone West" is only a may-be.
    const bare = [records[1], rec('116', { places: [{ name: 'Moscone West', sentences: ['Apple opened the show at Moscone West.'] }] })];
    const res2 = resolveEntities(bare);
    const west = entityOf(res2, bare, '116', 'Moscone West')!;
    expect(west.name).toBe('Moscone West');
    expect(maybeNames(res2, west)).toEqual(['Moscone West Convention Center']);
  });

  it('joins "New York City" to a "New York" the archive uses as a city and never as the state (MEANTIME 038, 039, 040)', () => {
    // 038: "One of the A380s is flying from Frankfurt to Chicago via New York; ..."
    const ny = rec('038', {
      places: [
        { name: 'New York', sentences: ['One of the A380s is flying from Frankfurt to Chicago via New York; the airplane will be carrying about 500 people.'] },
      ],
    });
    // 039: "... selling it to New York City-based private equity firm Cerberus Capital Management ..."
    const nyc = rec('039', { places: [{ name: 'New York City' }] });
    // 040: "The airline already offers flights to New York, Boston, Chicago, Los Angeles, Dubai, ..."
    const listed = rec('040', {
      places: [
        {
          name: 'New York',
          sentences: [
            'The airline already offers flights to New York, Boston, Chicago, Los Angeles, Dubai, and recently launched 3 new U.S. routes to San Francisco, Orlando, and Washington.',
          ],
        },
      ],
    });
    const records = [ny, nyc, listed];
    const res = resolveEntities(records);
    const city = entityOf(res, records, '038', 'New York')!;
    expect(entityOf(res, records, '039', 'New York City')).toBe(city);
    const note = city.notes.find((n) => n.rule === 'place-forms')!;
    expect(note.evidence[0]).toEqual({ article: '040', sentence: listed.places[0].sentences[0] });
    // Without the list, nothing says "New York" is the city: a may-be only.
    const res2 = resolveEntities([ny, nyc]);
    expect(entityOf(res2, [ny, nyc], '038', 'New York')).not.toBe(entityOf(res2, [ny, nyc], '039', 'New York City'));
    expect(maybeNames(res2, entityOf(res2, [ny, nyc], '038', 'New York')!)).toEqual(['New York City']);
    // A dateline is a town: "NEW YORK (AP) —" is evidence enough.
    const dated = { ...rec('d', { places: [{ name: 'New York' }] }), dateline: 'New York' };
    const res3 = resolveEntities([ny, nyc, dated]);
    expect(entityOf(res3, [ny, nyc, dated], '038', 'New York')).toBe(entityOf(res3, [ny, nyc, dated], '039', 'New York City'));
    // One article using it as the state keeps them apart, whatever the list says.
    const state = rec('s', { places: [{ name: 'New York', sentences: ['The plant in upstate New York will close.'] }] });
    const res4 = resolveEntities([...records, state]);
    expect(entityOf(res4, [...records, state], '038', 'New York')).not.toBe(entityOf(res4, [...records, state], '039', 'New York City'));
  });

  it('keeps a state or province apart from the city named after it (Oklahoma City, Quebec City, Kansas City)', () => {
    // Written for the test: wire-style sentences.
    const records = [
      rec('o1', { places: [{ name: 'Oklahoma City' }] }),
      rec('o2', { places: [{ name: 'Oklahoma', sentences: ['The storm moved from Tulsa, Oklahoma into Kansas on Tuesday.'] }] }),
      rec('q1', { places: [{ name: 'Quebec City' }] }),
      rec('q2', { places: [{ name: 'Quebec', sentences: ['The company has offices in Quebec, Montreal and Toronto, the province of Quebec said.'] }] }),
      rec('k1', { places: [{ name: 'Kansas City' }] }),
      rec('k2', { places: [{ name: 'Kansas', sentences: ['Wheat prices rose in Kansas, Nebraska and Iowa.'] }] }),
    ];
    const res = resolveEntities(records);
    expect(entityOf(res, records, 'o2', 'Oklahoma')).not.toBe(entityOf(res, records, 'o1', 'Oklahoma City'));
    expect(entityOf(res, records, 'q2', 'Quebec')).not.toBe(entityOf(res, records, 'q1', 'Quebec City'));
    expect(entityOf(res, records, 'k2', 'Kansas')).not.toBe(entityOf(res, records, 'k1', 'Kansas City'));
  });
});

describe('misspelling', () => {
  // MEANTIME 089: "Unlike Chrylser, GM will not publicly announce the dealerships that it intends to shut down."
  const slip = 'Unlike Chrylser, GM will not publicly announce the dealerships that it intends to shut down.';
  const chrysler = (id: string) => rec(id, { organizations: [{ name: 'Chrysler' }] });

  it('joins a name written once with two neighbouring letters swapped to the usual spelling of three articles (089)', () => {
    const records = [chrysler('074'), chrysler('075'), chrysler('088'), rec('089', { organizations: [{ name: 'Chrylser', sentences: [slip] }] })];
    const res = resolveEntities(records);
    const usual = entityOf(res, records, '074', 'Chrysler')!;
    expect(entityOf(res, records, '089', 'Chrylser')).toBe(usual);
    expect(usual.name).toBe('Chrysler');
    expect(usual.notes.find((n) => n.rule === 'misspelling')?.evidence.map((e) => e.sentence)).toContain(slip);
  });

  it('keeps the two apart when the usual spelling is in too few articles, the slip is an English word, or two names fit', () => {
    const few = [chrysler('074'), chrysler('075'), rec('089', { organizations: [{ name: 'Chrylser' }] })];
    let res = resolveEntities(few);
    expect(entityOf(res, few, '089', 'Chrylser')).not.toBe(entityOf(res, few, '074', 'Chrysler'));
    // "Sliver" is a word: not a slip of "Silver" (a company named Silver in three articles).
    const silver = (id: string) => rec(id, { organizations: [{ name: 'Silver Lake' }] });
    const word = [silver('1'), silver('2'), silver('3'), rec('4', { organizations: [{ name: 'Sliver Lake' }] })];
    res = resolveEntities(word);
    expect(entityOf(res, word, '4', 'Sliver Lake')).not.toBe(entityOf(res, word, '1', 'Silver Lake'));
    // "Marnier" could be a slip of "Mariner" or of "Manrier": two fit, none is chosen.
    const two = [
      ...['1', '2', '3'].map((id) => rec(id, { organizations: [{ name: 'Mariner' }] })),
      ...['4', '5', '6'].map((id) => rec(id, { organizations: [{ name: 'Manrier' }] })),
      rec('7', { organizations: [{ name: 'Marnier' }] }),
    ];
    res = resolveEntities(two);
    const m = entityOf(res, two, '7', 'Marnier');
    expect(m).not.toBe(entityOf(res, two, '1', 'Mariner'));
    expect(m).not.toBe(entityOf(res, two, '4', 'Manrier'));
  });

  it('never joins a person to a place, nor short words', () => {
    const records = [
      ...['1', '2', '3'].map((id) => rec(id, { places: [{ name: 'Pristina' }] })),
      rec('4', { people: [{ name: 'Pirstina' }] }),
      ...['5', '6', '7'].map((id) => rec(id, { organizations: [{ name: 'Sony' }] })),
      rec('8', { organizations: [{ name: 'Snoy' }] }),
    ];
    const res = resolveEntities(records);
    expect(entityOf(res, records, '4', 'Pirstina')).not.toBe(entityOf(res, records, '1', 'Pristina'));
    expect(entityOf(res, records, '8', 'Snoy')).not.toBe(entityOf(res, records, '5', 'Sony'));
  });
});

describe('transpositions', () => {
  it('swaps neighbouring inner letters of words of six letters or more (first and last letters stay)', () => {
    expect(transpositions('chrysler')).toEqual(['crhysler', 'chyrsler', 'chrsyler', 'chrylser', 'chryselr']);
    expect(transpositions('general motors')).toEqual([
      'gneeral motors',
      'geenral motors',
      'genreal motors',
      'genearl motors',
      'general mtoors',
      'general mootrs',
      'general motros',
    ]);
    expect(transpositions('boeing 787')).toEqual(['beoing 787', 'boieng 787', 'boenig 787']);
    expect(transpositions('sony')).toEqual([]);
  });
});
