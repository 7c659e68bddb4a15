/**
 * The header reader never alters the article text: what it takes as header (title, bylines, date
 * lines, the dateline) is returned in `taken`, as written, and the body is the rest of the text
 * exactly. Checked on every MEANTIME and GUM document (shared dev sets: MEANTIME, Minard et al.
 * 2016, Wikinews, CC BY 4.0; GUM, Zeldes 2017, CC BY / CC BY-SA; neither has datelines) and on
 * generated first lines built from the pieces that make datelines and the words that look like them.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeader } from '../../src/ingest/header.js';
import { ingest } from '../../src/ingest/index.js';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const letters = (s: string) => s.replace(/\s+/g, '');

/** The header and the body put back together give the text again, and the body is its end, unchanged. */
function expectKept(text: string): ReturnType<typeof parseHeader> {
  const result = parseHeader(text);
  expect(text.endsWith(result.body)).toBe(true);
  expect(letters([...result.taken, result.body].join(''))).toBe(letters(text));
  const dl = result.header.datelineText;
  if (dl && result.taken.at(-1) === dl) {
    // A dateline taken from the first paragraph ends at a word's end (or at a dash after the
    // agency's parentheses) and leaves a sentence's start.
    const at = text.indexOf(dl) + dl.length;
    if (!/^\s$/.test(text.slice(at, at + 1))) expect(dl).toMatch(/[)/]\s*[-–—]+$/);
    expect(result.body).toMatch(/^["“‘'([]?[\p{Lu}\d]/u);
  }
  return result;
}

describe.each(['meantime', 'gum'])('every %s document', (corpus) => {
  const dir = join(SHARED, corpus, 'articles');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
    : [];

  it('is there', () => {
    expect(files.length).toBeGreaterThan(90);
  });

  it('keeps its text, takes no dateline, and its body paragraphs are the body', () => {
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      const { header, body } = expectKept(text);
      expect([f, header.dateline]).toEqual([f, null]);
      const doc = ingest(f, readFileSync(join(dir, f)));
      expect([f, squash([doc.text, doc.boilerplate ?? ''].join(' '))]).toEqual([f, squash(body)]);
    }
  });
});

/** Pieces of datelines and words that look like them. */
const PIECES = [
  'NASA',
  'NASA-funded',
  'U.S.-made',
  'WHO-backed',
  'LONDON',
  'NEW YORK',
  'AL-AIN',
  'ST.',
  'Calif.',
  'United Arab Emirates',
  'Coca-Cola',
  'Rolls-Royce',
  'IBM',
  'NATO',
  'BREAKING',
  'SMITH',
  'Aug 22',
  'Aug. 22, 1996',
  '1996-08-22',
  '(Reuters)',
  '(AP)',
  '( Reuters )',
  '(NYSE: IBM)',
  '(the agency)',
  '/PRNewswire/',
  '-',
  '--',
  '—',
  '–',
  '––',
  ':',
  ',',
  ' ,',
  '.',
  'said',
  'the',
  'The',
  'funded',
  'researchers',
  '"',
  '“Yes',
  '12',
  'Monday',
  'OTTAWA (LifeSiteNews) ––',
  'TENNIS - SELES BEATS',
];

describe('generated first lines', () => {
  it('never lose text: header and body give back the whole text', () => {
    const line = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', '', '  ')), { minLength: 1, maxLength: 10 }).map((parts) =>
      parts
        .map(([p, sep]) => p + sep)
        .join('')
        .trim(),
    );
    fc.assert(
      fc.property(line, fc.constantFrom('', 'A short title\n\n', 'TITLE IN CAPITALS .\nJane Doe\n'), (first, before) => {
        if (!first) return;
        expectKept(`${before}${first} and the rest of the sentence follows here.\n\nA second paragraph.\n`);
      }),
      { numRuns: 1500, seed: 16 },
    );
  });
});
