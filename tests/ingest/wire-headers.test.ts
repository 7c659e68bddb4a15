/**
 * Header layouts of wire services and the web, on lines written for these tests: exact title,
 * publication date, author, outlet, dateline and first body paragraph; and first lines that look
 * like a dateline but are article text, which must be kept whole.
 */
import { describe, expect, it } from 'vitest';
import { parseHeader, parseDateline } from '../../src/ingest/header.js';
import { parseDatelineLine } from '../../src/ingest/dateline.js';
import { readByline, readBareName, readAgencyLine } from '../../src/ingest/byline.js';
import { outletName } from '../../src/ingest/agencies.js';
import { ingest } from '../../src/ingest/index.js';

function read(text: string, options = {}) {
  const { header, body, taken } = parseHeader(text, options);
  const doc = ingest('t.txt', new TextEncoder().encode(text), options);
  return {
    title: header.title,
    published: header.published,
    author: header.author,
    outlet: header.outlet,
    dateline: header.dateline,
    first: doc.paragraphs[0]?.text ?? null,
    body,
    taken,
  };
}

describe('1990s wire-service layouts', () => {
  it('section headline, bare byline, tokenised dateline line with a region', () => {
    const r = read(
      "ATHLETICS - KIPLAGAT WINS IN ZURICH , RECORD FALLS .\n\nGrace Mwangi\n\nZURICH , Switzerland 1996-08-14\n\nKenya 's Daniel Kiplagat won the 5,000 metres on Wednesday .\n",
    );
    expect(r).toMatchObject({
      title: 'ATHLETICS - KIPLAGAT WINS IN ZURICH , RECORD FALLS .',
      published: '1996-08-14',
      author: 'Grace Mwangi',
      outlet: null,
      dateline: 'Zurich',
      first: "Kenya 's Daniel Kiplagat won the 5,000 metres on Wednesday .",
    });
  });

  it('hyphenated section prefix and a dateline line with a hyphenated place and a region of three words', () => {
    const r = read(
      'GOLF-LEADERS SHARE FIRST ROUND .\nAL-AIN , United Arab Emirates 1996-12-06\nThree players shared the lead after the first round on Friday .\n',
    );
    expect(r).toMatchObject({
      title: 'GOLF-LEADERS SHARE FIRST ROUND .',
      published: '1996-12-06',
      author: null,
      dateline: 'Al-Ain',
      first: 'Three players shared the lead after the first round on Friday .',
    });
  });

  it('a sentence-like title ending in " ." with a byline in capitals', () => {
    const r = read(
      'Belgian farmers protest milk quota cut .\nPIETER JANSSENS\nBRUSSELS 1996-08-22\nSeveral hundred farmers drove tractors into the city centre on Thursday .\n',
    );
    expect(r).toMatchObject({ title: 'Belgian farmers protest milk quota cut .', published: '1996-08-22', author: 'Pieter Janssens', dateline: 'Brussels' });
    expect(r.first).toBe('Several hundred farmers drove tractors into the city centre on Thursday .');
  });

  it('a dateline line, then the agency dateline opening the first paragraph (year taken from the line)', () => {
    const r = read(
      'Oil prices steady in quiet trade .\nSINGAPORE 1996-08-22\nSINGAPORE , Aug 22 ( Reuters ) - Oil prices held steady on Thursday in thin trade .\n',
    );
    expect(r).toMatchObject({ published: '1996-08-22', outlet: 'Reuters', dateline: 'Singapore', first: 'Oil prices held steady on Thursday in thin trade .' });
  });

  it('an agency dateline with a day and no year takes the year from a date the user gave', () => {
    const text = 'Rand firms against dollar\n\nJOHANNESBURG, Aug 22 (Reuters) - The rand firmed in early trade on Thursday.\n';
    expect(read(text).published).toBeNull();
    expect(read(text, { published: '1996-08-23' })).toMatchObject({ published: '1996-08-22', outlet: 'Reuters', dateline: 'Johannesburg' });
  });
});

describe('archive markers and other date forms', () => {
  it('a document marker before the headline is header, not text', () => {
    const r = read('-DOCSTART-\n\nBASEBALL - PIRATES SWEEP CUBS .\nPITTSBURGH 1996-08-25\nThe Pirates beat the Cubs 4-2 on Sunday to sweep the series .\n');
    expect(r).toMatchObject({
      title: 'BASEBALL - PIRATES SWEEP CUBS .',
      published: '1996-08-25',
      dateline: 'Pittsburgh',
      first: 'The Pirates beat the Cubs 4-2 on Sunday to sweep the series .',
    });
    expect(r.taken).toEqual(['-DOCSTART-', 'BASEBALL - PIRATES SWEEP CUBS .', 'PITTSBURGH 1996-08-25']);
  });

  it('a tokenised region abbreviation and a numeric date on the dateline line', () => {
    expect(parseDatelineLine('RENO , Nev . 1996-08-22', null)).toMatchObject({ place: 'Reno', date: '1996-08-22' });
    expect(parseDatelineLine('BRUSSELS 22/08/1996', null)).toMatchObject({ place: 'Brussels', date: '1996-08-22' });
    expect(parseDatelineLine('BRUSSELS 03/08/1996', null)).toBeNull(); // day and month cannot be told apart
  });
});

describe('agency datelines and bylines', () => {
  it('CUPERTINO, Calif. (AP) — gives place and outlet', () => {
    const r = read('Phone maker cuts prices\n\nCUPERTINO, Calif. (AP) — A phone maker cut the price of its cheapest model on Monday.\n');
    expect(r).toMatchObject({ dateline: 'Cupertino', outlet: 'Associated Press', first: 'A phone maker cut the price of its cheapest model on Monday.' });
  });

  it('a place in title case with a region and a known agency', () => {
    const r = read('Harbour reopens\n\nSan Juan, Puerto Rico (AP) — The harbour reopened to cargo ships on Friday.\n');
    expect(r).toMatchObject({ dateline: 'San Juan', outlet: 'Associated Press', first: 'The harbour reopened to cargo ships on Friday.' });
  });

  it('By JANE DOE Associated Press Writer, with a Published line', () => {
    const r = read(
      'Floods close highway\nBy ANA SILVA Associated Press Writer\nPublished: June 2, 2014 at 7:40 p.m. EDT\n\nDENVER (AP) — Floodwater closed a stretch of highway on Monday.\n',
    );
    expect(r).toMatchObject({
      title: 'Floods close highway',
      author: 'Ana Silva',
      outlet: 'Associated Press',
      published: '2014-06-02',
      dateline: 'Denver',
      first: 'Floodwater closed a stretch of highway on Monday.',
    });
  });

  it('By Jane Doe, Reuters and an Updated line only', () => {
    const r = read(
      'Central bank holds rates\n\nBy Jonas Lind, Reuters\n\nUpdated 09:15 GMT, 5 May 2021\n\nThe central bank kept its main rate at zero on Wednesday.\n',
    );
    expect(r).toMatchObject({
      author: 'Jonas Lind',
      outlet: 'Reuters',
      published: '2021-05-05',
      dateline: null,
      first: 'The central bank kept its main rate at zero on Wednesday.',
    });
  });

  it('Published wins over Updated on one line', () => {
    const r = read(
      'Museum reopens\nBy Ruth Kane | Published 3 March 2023 | Updated 4 March 2023\n\nThe museum reopened on Friday after two years of repairs.\n',
    );
    expect(r).toMatchObject({ author: 'Ruth Kane', published: '2023-03-03', outlet: null });
  });

  it('"Updated" then "Published" lines: the publication date is kept', () => {
    const r = read('Bridge closed for repairs\nUpdated: 2020-11-05 16:20\nPublished: 2020-11-04 08:00\n\nThe bridge will be closed for six weeks.\n');
    expect(r.published).toBe('2020-11-04');
  });

  it("front matter and the user's outlet win over the outlet the text names", () => {
    const text = 'Grain exports rise\n\nKYIV (Reuters) - Grain exports rose in May, the ministry said.\n';
    expect(read(text).outlet).toBe('Reuters');
    expect(parseHeader(text).header.outletFrom).toBe('dateline');
    const given = parseHeader(text, { outlet: 'Kyiv Post' }).header;
    expect([given.outlet, given.outletFrom, given.outletEvidence]).toEqual(['Kyiv Post', 'option', null]);
    const fm = parseHeader('---\noutlet: Wire Digest\n---\n' + text, { outlet: 'Kyiv Post' }).header;
    expect([fm.outlet, fm.outletFrom]).toEqual(['Wire Digest', 'front-matter']);
  });
});

describe('web layouts: dates with times, several parts, and bylines', () => {
  it.each([
    ['Tide gauges replaced\nMarch 3, 2023 | 10:32 AM EST\n\nThe gauges were replaced.\n', '2023-03-03'],
    ['Tide gauges replaced\n3 March 2023 • 10:32am\nThe gauges were replaced.\n', '2023-03-03'],
    ['Tide gauges replaced\nMar 3, 2023 / 10:32 AM / Updated 2 hours ago\nThe gauges were replaced.\n', '2023-03-03'],
    ['Tide gauges replaced\nFri 3 Mar 2023 10.32 GMT\nThe gauges were replaced.\n', '2023-03-03'],
    ['Tide gauges replaced\n2023-03-24T09:30:00+01:00\n\nThe gauges were replaced.\n', '2023-03-24'],
    ['Tide gauges replaced\nLast updated on 24 March 2023\n\nThe gauges were replaced.\n', '2023-03-24'],
    ['Tide gauges replaced\n\nPublished 10:32 AM EST Mar 3, 2023\n\nThe gauges were replaced.\n', '2023-03-03'],
  ])('%j', (text, date) => {
    const r = read(text);
    expect([r.title, r.published, r.first]).toEqual(['Tide gauges replaced', date, 'The gauges were replaced.']);
  });

  it('two authors in capitals, and a bare name with a date under it', () => {
    expect(read('Tide gauges replaced\nBy RITA OKON and PAUL DURAND Associated Press\nThe gauges were replaced.\n')).toMatchObject({
      author: 'Rita Okon and Paul Durand',
      outlet: 'Associated Press',
    });
    expect(read('Tide gauges replaced\nRita Okon\nMarch 3, 2023\n\nThe gauges were replaced.\n')).toMatchObject({
      author: 'Rita Okon',
      published: '2023-03-03',
      first: 'The gauges were replaced.',
    });
  });

  it('a time alone is not a date line', () => {
    expect(read('Tide gauges replaced\n10:32 AM EST\n\nThe gauges were replaced.\n').published).toBeNull();
  });
});

describe('the text is never cut where a dateline is not', () => {
  const title = 'A title for the test\n\n';
  it.each([
    'NASA-funded researchers said on Tuesday they had found ice on the asteroid.',
    'U.S.-made jets flew over the capital on Monday.',
    'NATO - the alliance of thirty countries - met on Friday.',
    'IMF AND WORLD BANK OFFICIALS said on Monday the plan was credible.',
    'Coca-Cola Hellenic said on Monday it would raise prices.',
    'Rolls-Royce Holdings - the engine maker - cut 9,000 jobs.',
    'WHO-backed clinics reopened on Friday.',
    'EU-wide rules take effect on Monday.',
    'BREAKING: The president dissolved parliament on Sunday.',
    'UPDATE - Markets closed lower on Friday.',
    'AP — The agency said nothing.',
    'IBM (NYSE: IBM) Tuesday announced a new chip.',
    'NASA (the space agency) - which runs the programme - said it would go on.',
    'Apple (AAPL) — The company said sales rose.',
    'TOKYO-based Sony said profit rose.',
    'LONDON-listed shares fell on Monday.',
    'OPEC+ - the oil producers - agreed to cut output.',
    'Monday, March 3 - The day began with rain.',
    'NASA — The agency said on Monday it would launch in May.',
    'OPEC - The producers agreed to cut output.',
  ])('%s', (line) => {
    const r = read(title + line + '\n');
    expect(r.dateline).toBeNull();
    expect(r.body).toBe(line + '\n');
    expect(r.first).toBe(line);
  });

  it('a transcript whose turns open with speakers in capitals', () => {
    const text = 'Interview\n\nLEE: We left at dawn.\n\nPARK: Why so early?\n';
    const r = read(text);
    expect(r.dateline).toBeNull();
    expect(r.body).toBe('LEE: We left at dawn.\n\nPARK: Why so early?\n');
  });

  it('a headline in capitals with a section prefix is not a dateline', () => {
    expect(parseDateline('TENNIS - SELES BEATS HUBER IN FINAL .', null)).toBeNull();
    expect(parseDateline('SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .', null)).toBeNull();
  });
});

describe('parts of the reader', () => {
  it('parseDateline reads place, region, date and agency and returns the text it takes', () => {
    expect(parseDateline('WELLINGTON, Nov. 3, 2010 (AFP) - New Zealand said on Wednesday.', null)).toEqual({
      text: 'WELLINGTON, Nov. 3, 2010 (AFP) -',
      place: 'Wellington',
      region: null,
      outlet: 'Agence France-Presse',
      date: '2010-11-03',
    });
    expect(parseDateline('ST. PAUL, Minn. (AP) — Lawmakers met.', null)).toMatchObject({ place: 'St. Paul', region: 'Minn.', outlet: 'Associated Press' });
    expect(parseDateline('RIO DE JANEIRO — Rain fell.', null)).toMatchObject({ place: 'Rio de Janeiro', outlet: null, date: null });
  });

  it('parseDatelineLine reads a whole line of place and date, and nothing else', () => {
    expect(parseDatelineLine('LA PAZ 1996-10-01', null)).toMatchObject({ place: 'La Paz', date: '1996-10-01' });
    expect(parseDatelineLine('Lagos, Nigeria, 4 June 2019', null)).toMatchObject({ place: 'Lagos', region: 'Nigeria', date: '2019-06-04' });
    expect(parseDatelineLine('Thursday 1996-08-22', null)).toBeNull();
    expect(parseDatelineLine('LONDON', null)).toBeNull();
    expect(parseDatelineLine('The meeting ended 1996-08-22', null)).toBeNull();
  });

  it('readByline splits author, outlet and date', () => {
    expect(readByline('By Jane Doe, Reuters')).toEqual({ author: 'Jane Doe', outlet: 'Reuters', date: null });
    expect(readByline('By JOHN ROE AP Business Writer')).toEqual({ author: 'John Roe', outlet: 'Associated Press', date: null });
    expect(readByline('By Mia Wong, Staff Writer')).toEqual({ author: 'Mia Wong', outlet: null, date: null });
    expect(readByline('By Omar Haddad, The Daily Star | 12 May 2019')).toEqual({ author: 'Omar Haddad', outlet: 'The Daily Star', date: '2019-05-12' });
    expect(readByline('By Li Wei, Beijing')).toEqual({ author: 'Li Wei', outlet: null, date: null });
    expect(readByline('By the end of the year, prices had doubled.')).toBeNull();
  });

  it('readBareName and readAgencyLine', () => {
    expect(readBareName('Peter van Dijk')).toEqual({ author: 'Peter van Dijk', outlet: null, date: null });
    expect(readBareName('Get in')).toBeNull();
    expect(readBareName('Thursday, March 3')).toBeNull();
    expect(readAgencyLine('Associated Press Writer')).toEqual({ author: null, outlet: 'Associated Press', date: null });
    expect(readAgencyLine('Local News')).toBeNull();
  });

  it('outletName expands well-known agency abbreviations only', () => {
    expect(['AP', 'afp', 'dpa', 'UPI', 'CP', 'Reuters', 'LifeSiteNews'].map(outletName)).toEqual([
      'Associated Press',
      'Agence France-Presse',
      'Deutsche Presse-Agentur',
      'United Press International',
      'The Canadian Press',
      'Reuters',
      'LifeSiteNews',
    ]);
  });
});
