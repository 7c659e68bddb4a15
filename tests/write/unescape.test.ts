/** unescapeMarkdown undoes escapeMarkdown exactly, for any string (property-based, fast-check). */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { escapeMarkdown, unescapeMarkdown } from '../../src/write/markdown.js';
import { plainText } from '../../src/search/documents.js';

/** The characters and runs escapeMarkdown acts on, so that random strings meet every rule often. */
const MARKUP = [
  '\\',
  '\\\\',
  '`',
  '*',
  '_',
  '[',
  ']',
  '<',
  '>',
  '&',
  '|',
  '~',
  '!',
  '#',
  '+',
  '=',
  '-',
  '.',
  ')',
  ':',
  '@',
  '1.',
  '12)',
  'http://',
  'HTTPS://',
  'ftp://',
  'www.',
  'a@b',
  ' ',
  '\n',
  '\t',
  'x',
];

const markupText = fc.array(fc.oneof(fc.constantFrom(...MARKUP), fc.string({ maxLength: 4 })), { maxLength: 30 }).map((parts) => parts.join(''));

describe('unescapeMarkdown', () => {
  it('gives back any string that escapeMarkdown escaped', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => unescapeMarkdown(escapeMarkdown(s)) === s),
      { numRuns: 2000 },
    );
  });

  it('gives back any string built of the characters and runs escapeMarkdown acts on', () => {
    fc.assert(
      fc.property(markupText, (s) => unescapeMarkdown(escapeMarkdown(s)) === s),
      { numRuns: 5000 },
    );
  });

  it('undoes each rule of escapeMarkdown', () => {
    // Sentences written for this test, one per escaping rule.
    const cases = [
      'Shares rose 5% *after* the [report] <b>today</b> & more_news | ~ !',
      '- 12 people were hurt, police said.',
      '1. Introduction',
      '# hashtag campaigns spread',
      'Details at https://example.com/a_b and www.example.org, or write to press@example.com.',
      'A path C:\\new\\table and a literal \\* stay as written.',
    ];
    for (const s of cases) {
      expect(escapeMarkdown(s)).not.toBe(s);
      expect(unescapeMarkdown(escapeMarkdown(s))).toBe(s);
    }
  });

  it('leaves a backslash before any other character as it is', () => {
    expect(unescapeMarkdown('C:\\new \\d \\%')).toBe('C:\\new \\d \\%');
    expect(unescapeMarkdown('\\\\n')).toBe('\\n');
  });
});

describe('plainText', () => {
  it('is the unescaped body without heading marks, its white space collapsed', () => {
    const body = `${escapeMarkdown('Shares of A_B Corp. fell 5%.')}\n\n## ${escapeMarkdown('1. Results')}\n\n${escapeMarkdown('- Trading\tresumed.')}\n`;
    expect(plainText(body)).toBe('Shares of A_B Corp. fell 5%. 1. Results - Trading resumed.');
  });
});
