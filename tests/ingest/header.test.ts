import { describe, expect, it } from 'vitest';
import { parseHeader, parseDateline } from '../../src/ingest/header.js';
import { ingest } from '../../src/ingest/index.js';
import { extract } from '../../src/extract/index.js';

// The MEANTIME-layout example below is from the MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.

describe('publication date from the header', () => {
  it('front matter wins over the text', () => {
    const { header } = parseHeader('---\ntitle: Given title\npublished: 2021-05-04\n---\nOther title\nBy Jane Doe // 2023-03-24\n\nBody text here.\n');
    expect(header.published).toBe('2021-05-04');
    expect(header.publishedFrom).toBe('front-matter');
    expect(header.title).toBe('Given title');
  });

  it('reads `date` in front matter too', () => {
    const { header } = parseHeader('---\ndate: 2019-11-02\n---\nA title\n\nBody text.\n');
    expect(header.published).toBe('2019-11-02');
    expect(header.publishedFrom).toBe('front-matter');
  });

  it('reads the `date YYYY-MM-DD <summary>` line', () => {
    const { header } = parseHeader(
      'date 2023-03-23 MP Han Dong was alleged to have told China’s consul general in Toronto that it would benefit the Conservative Party of Canada.\n\nOTTAWA (LifeSiteNews) –– Canadian MP Han Dong resigned from the Liberal Party last night.\n',
    );
    expect(header.published).toBe('2023-03-23');
    expect(header.publishedFrom).toBe('header');
    expect(header.dek).toMatch(/^MP Han Dong was alleged/);
    expect(header.dateline).toBe('Ottawa');
  });

  it('reads `By X // YYYY-MM-DD` under the title', () => {
    const { header, body } = parseHeader(
      "MP Han Dong resigns from Trudeau's Liberal Party following allegations questioning his loyalty to Canada\nBy bellecarter // 2023-03-24\nCanadian member of the parliament (MP) Han Dong has stepped down from the Liberal Party of Canada.\n",
    );
    expect(header.published).toBe('2023-03-24');
    expect(header.publishedFrom).toBe('header');
    expect(header.author).toBe('bellecarter');
    expect(body).toMatch(/^Canadian member/);
  });

  it('reads a date line under the title', () => {
    const { header, body } = parseHeader(
      'Ryanair exercises options on five Boeing 737s\n\nJune 13, 2005\n\nIrish low cost airline Ryanair announced today that it has exercised options on five Boeing 737-800 aircraft.\n',
    );
    expect(header.title).toBe('Ryanair exercises options on five Boeing 737s');
    expect(header.published).toBe('2005-06-13');
    expect(header.publishedFrom).toBe('date-line');
    expect(body).toMatch(/^Irish low cost/);
  });

  it('leaves an ambiguous numeric date line undated', () => {
    const { header } = parseHeader('Council approves budget\n\n03-02-2009\n\nThe council approved the budget on Tuesday.\n');
    expect(header.published).toBeNull();
  });

  it('takes an unambiguous numeric date line', () => {
    const { header } = parseHeader('Council approves budget\n\n13-02-2009\n\nThe council approved the budget on Tuesday.\n');
    expect(header.published).toBe('2009-02-13');
  });
});

describe('publication date from the dateline', () => {
  it('reads "WASHINGTON, March 3, 2009 (Reuters) -"', () => {
    const { header, body } = parseHeader('WASHINGTON, March 3, 2009 (Reuters) - The Federal Reserve said on Tuesday it would lend more.\n');
    expect(header.published).toBe('2009-03-03');
    expect(header.publishedFrom).toBe('dateline');
    expect(header.dateline).toBe('Washington');
    expect(header.outlet).toBe('Reuters');
    expect(body).toMatch(/^The Federal Reserve/);
  });

  it('reads "TOKYO 1996-12-06"', () => {
    const { header } = parseHeader('TOKYO 1996-12-06 Japanese share prices fell sharply on Friday.\n');
    expect(header.published).toBe('1996-12-06');
    expect(header.publishedFrom).toBe('dateline');
    expect(header.dateline).toBe('Tokyo');
  });

  it('gives "March 3" without a year no date unless a reference gives the year', () => {
    const text = 'WASHINGTON, March 3 (Reuters) - The Federal Reserve said on Tuesday it would lend more.\n';
    expect(parseHeader(text).header.published).toBeNull();
    const withOption = parseHeader(text, { published: '2009-03-05' }).header;
    expect(withOption.published).toBe('2009-03-03');
    expect(withOption.publishedFrom).toBe('dateline');
    expect(parseDateline(text, '2009-03-05')?.date).toBe('2009-03-03');
  });

  it('front matter still wins over a dateline', () => {
    const { header } = parseHeader(
      '---\npublished: 2009-03-04\n---\nWASHINGTON, March 3 (Reuters) - The Federal Reserve said on Tuesday it would lend more.\n',
    );
    expect(header.published).toBe('2009-03-04');
    expect(header.publishedFrom).toBe('front-matter');
  });
});

describe('no date anywhere', () => {
  const text = 'Council approves budget\n\nThe council approved the budget on Tuesday, three weeks after the hearing in February 2021.\n';

  it('--published dates it', () => {
    const { header } = parseHeader(text, { published: '2021-03-10' });
    expect(header.published).toBe('2021-03-10');
    expect(header.publishedFrom).toBe('option');
  });

  it('is accepted, flagged and never dated by the clock', () => {
    const result = extract(ingest('undated.txt', new TextEncoder().encode(text)));
    expect(result.published).toBeNull();
    expect(result.warnings.some((w) => /undated/.test(w))).toBe(true);
    // Only the date that does not depend on publication is kept.
    expect(result.dates.map((d) => [d.text, d.value])).toEqual([['February 2021', '2021-02']]);
  });
});

describe('bylines', () => {
  it('reads "By <author> // <date>" under a title', () => {
    const { header } = parseHeader(
      "MP Han Dong resigns from Trudeau's Liberal Party\nBy bellecarter // 2023-03-24\nCanadian member of the parliament (MP) Han Dong has stepped down.\n",
    );
    expect(header).toMatchObject({ title: "MP Han Dong resigns from Trudeau's Liberal Party", author: 'bellecarter', published: '2023-03-24' });
  });

  it('does not take a body sentence that starts with "By" for a byline', () => {
    // Sentence from the MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
    const text = 'Ford to close plants\n\nBy the end of this year, the Atlanta and St. Louis plants will be closed.\n';
    const { header, body } = parseHeader(text);
    expect(header.author).toBeNull();
    expect(body).toBe('By the end of this year, the Atlanta and St. Louis plants will be closed.\n');
  });
});
