/**
 * The header dev set (tests/fixtures/headers/, articles written for this project in the layouts of
 * wire services, web pages and archives, with negatives): every file is read exactly as expected.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { extract } from '../../src/extract/index.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'headers');
interface Expected {
  title: string;
  published: string | null;
  author: string | null;
  outlet: string | null;
  dateline: string | null;
  firstParagraph: string;
}
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;

describe('header dev set', () => {
  it('has wire, web and negative cases', () => {
    const names = Object.keys(expected);
    expect(names.length).toBe(30);
    expect(names.filter((n) => n.startsWith('neg-')).length).toBe(9);
  });

  it.each(Object.entries(expected))('%s', (file, want) => {
    const doc = ingest(file, readFileSync(join(DIR, file)));
    const x = extract(doc);
    expect({
      title: x.title,
      published: x.published,
      author: x.author,
      outlet: x.outlet,
      dateline: x.dateline,
      firstParagraph: doc.paragraphs[0]?.text,
    }).toEqual(want);
  });
});
