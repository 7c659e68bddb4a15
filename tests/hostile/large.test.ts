/**
 * Very large inputs, generated here (never committed): they must go through without stack
 * overflows or quadratic blow-ups. These tests assert completion and results, not timing;
 * a quadratic step (as Intl.Segmenter's iterator over a 1 MB paragraph was) would not finish.
 */
import { describe, it, expect } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { emptyExtraction, extract } from '../../src/extract/index.js';
import { toRecord } from '../../src/write/record.js';
import { toMarkdown, parseRecord } from '../../src/write/markdown.js';
import { plainText } from '../../src/search/documents.js';

const SENTENCES = [
  'The council met on Monday to discuss the budget, the mayor said.',
  '“We will not raise taxes,” said Mayor Jane Doe.',
  'Officials in Ottawa said the plan would cost $3 million.',
  'The vote was delayed until March 3, 2021, according to the clerk.',
  'Residents complained about the noise.',
];
const MB = 1024 * 1024;
const LONG = 600_000; // a test may take minutes on a slow machine; completion is what is checked

function write(doc: ReturnType<typeof ingest>) {
  const x = extract(doc);
  const parts = toRecord(doc, x, 'large', doc.file);
  return { x, record: parseRecord('large.md', toMarkdown(parts.data, parts.body, parts.boilerplate)) };
}

describe('very large inputs', () => {
  it(
    '10 MB of text in paragraphs: ingested and written back whole',
    () => {
      const paragraph = SENTENCES.join(' ');
      const count = Math.ceil((10 * MB) / (paragraph.length + 2));
      const text = 'Council budget\nJune 3, 2021\n\n' + Array.from({ length: count }, () => paragraph).join('\n\n');
      const doc = ingest('ten-mb.txt', new TextEncoder().encode(text));
      expect(doc.header.title).toBe('Council budget');
      expect(doc.paragraphs).toHaveLength(count);
      expect(doc.sentences).toHaveLength(count * SENTENCES.length);
      const parts = toRecord(doc, { ...emptyExtraction(), title: 'Council budget', published: '2021-06-03' }, 'large', 'ten-mb.txt');
      const record = parseRecord('ten-mb.md', toMarkdown(parts.data, parts.body, parts.boilerplate));
      expect(plainText(record.body).length).toBe(count * paragraph.length + (count - 1));
    },
    LONG,
  );

  it(
    'a single 1 MB line: ingested, cut into paragraphs at sentence ends, extracted',
    () => {
      const line = SENTENCES.join(' ');
      const repeat = Math.ceil(MB / (line.length + 1));
      const body = Array.from({ length: repeat }, () => line).join(' ');
      const doc = ingest('one-line.txt', new TextEncoder().encode('Council budget\nJune 3, 2021\n\n' + body + '\n'));
      expect(doc.sentences).toHaveLength(repeat * SENTENCES.length);
      expect(doc.paragraphs.length).toBeGreaterThan(1000);
      expect(doc.paragraphs.map((p) => p.text).join(' ')).toBe(body);
      const { x, record } = write(doc);
      expect(x.published).toBe('2021-06-03');
      expect(x.people.map((p) => p.name)).toContain('Jane Doe');
      expect(plainText(record.body)).toBe(body);
    },
    LONG,
  );

  it(
    'a single 1 MB word with no space or punctuation',
    () => {
      const word = 'a'.repeat(MB);
      const doc = ingest('word.txt', new TextEncoder().encode(`Title line\n\n${word}\n`));
      expect(doc.paragraphs.map((p) => p.text)).toEqual([word]);
      expect(doc.sentences).toHaveLength(1);
      expect(plainText(write(doc).record.body)).toBe(word);
    },
    LONG,
  );

  it(
    'a 1 MB run of spaces inside a line',
    () => {
      const doc = ingest('spaces.txt', new TextEncoder().encode(`Title line\n\nbefore${' '.repeat(MB)}after the gap.\n`));
      expect(doc.text).toBe('before after the gap.');
    },
    LONG,
  );

  it(
    '20,000 paragraphs: ingested and extracted',
    () => {
      const paragraphs = Array.from({ length: 20_000 }, (_, i) => SENTENCES[i % SENTENCES.length]);
      const doc = ingest('many.txt', new TextEncoder().encode('Council budget\nJune 3, 2021\n\n' + paragraphs.join('\n\n')));
      expect(doc.paragraphs).toHaveLength(20_000);
      const { x, record } = write(doc);
      expect(x.quotes.length).toBe(4_000);
      expect(x.quotes[0]).toMatchObject({ speaker: 'Jane Doe', text: 'We will not raise taxes' });
      expect(plainText(record.body)).toBe(paragraphs.join(' '));
    },
    LONG,
  );

  it(
    '100,000 blank lines and 50,000 nested brackets and quotes',
    () => {
      const text = 'Title line\n' + '\n'.repeat(100_000) + '('.repeat(50_000) + '“'.repeat(50_000) + ' end.\n' + '[]('.repeat(20_000);
      const doc = ingest('nested.txt', new TextEncoder().encode(text));
      const { record } = write(doc);
      expect(plainText(record.body)).toBe(doc.paragraphs.map((p) => p.text).join(' '));
    },
    LONG,
  );
});
