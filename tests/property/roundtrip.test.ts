/**
 * Property-based: random and adversarial text through ingest → extract → write → read never
 * crashes, the record always validates, and the body's text comes back as it went in.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { ingest, DecodeError } from '../../src/ingest/index.js';
import { decode } from '../../src/ingest/decode.js';
import { extract } from '../../src/extract/index.js';
import { toRecord } from '../../src/write/record.js';
import { toMarkdown, parseRecord, escapeMarkdown } from '../../src/write/markdown.js';
import { recordSchema } from '../../src/write/schema.js';
import { plainText } from '../../src/search/documents.js';
import { renderMarkdown } from '../../src/site/render.js';
import { decode as decodeEntities } from 'html-entities';

/** Pieces of markup, template syntax, front matter and odd characters that text is built from. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '<!--',
  '-->',
  '<svg onload=alert(1)>',
  '<iframe src=x>',
  '[a](javascript:x)',
  '![i](/x.png)',
  '<http://x.y/>',
  'http://example.com/a_b_c',
  'www.example.com',
  'a@b.co',
  '{{ 7*7 }}',
  '{% raw %}',
  '{# c #}',
  '<% x %>',
  '${x}',
  '---',
  '+++',
  '***',
  '___',
  '```',
  '~~~',
  'permalink: /x/',
  'layout: false',
  'eleventyExcludeFromCollections: true',
  '# ',
  '## ',
  '> ',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '2) ',
  '| a | b |',
  '\\',
  '\\\\',
  '&amp;',
  '&lt;',
  '&#60;',
  '&',
  '"',
  "'",
  '`',
  '*',
  '_',
  '~',
  '[',
  ']',
  '(',
  ')',
  '!',
  '#',
  '=',
  '<',
  '>',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\t',
  '  ',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\u202e',
  '\u0301',
  '\u2028',
  '\u0000',
  '\u0007',
  '\u0085',
  'Mr. ',
  'U.S. ',
  '“',
  '”',
  '‘',
  '’',
  'said. ',
  'The ',
  'President John Smith',
  ' said on Monday',
  'قال',
  'עברית',
  '中国',
  '😀',
  'date 2023-03-23 ',
  'By Jane Doe // 2023-03-24',
  'OTTAWA (Reuters) — ',
  'June 13, 2005',
  '<!-- news-archive: boilerplate -->',
  'More related stories:',
  'null',
  'true',
  '~',
  '!!js/function',
  '&a',
  '*b',
  '? ',
  ': ',
  '%YAML 1.2',
  '@',
  '`',
  '|',
  '>-',
];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const hostileText = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));
const utf8 = (s: string) => new TextEncoder().encode(s);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('ingest → extract → write → read, on random and adversarial text', () => {
  it('never crashes: the text is refused with a DecodeError or becomes a valid record whose body reads back unchanged', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        let doc;
        try {
          doc = ingest('random.txt', utf8(text));
        } catch (err) {
          expect(err).toBeInstanceOf(DecodeError);
          return;
        }
        const x = extract(doc);
        const parts = toRecord(doc, x, 'property', 'random.txt');
        const markdown = toMarkdown(parts.data, parts.body, parts.boilerplate);
        const record = parseRecord('random.md', markdown);
        expect(recordSchema.safeParse(record).success).toBe(true);
        expect(record.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        expect(record.title).toBe(parts.data.title);
        expect(squash(plainText(record.body))).toBe(squash(doc.paragraphs.map((p) => p.text).join(' ')));
        if (doc.boilerplate) expect(record.boilerplate).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('front matter the text carries never sets fields other than the record’s own', () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom('permalink', 'layout', 'eleventyExcludeFromCollections', 'tags', 'eleventyComputed'), (text, key) => {
        const source = `---\n${key}: /pwned/\ntitle: T\n---\n${text}\n---\n${key}: /pwned/\n---\n`;
        let doc;
        try {
          doc = ingest('fm.txt', utf8(source));
        } catch (err) {
          expect(err).toBeInstanceOf(DecodeError);
          return;
        }
        const parts = toRecord(doc, extract(doc), 'property', 'fm.txt');
        const record = parseRecord('fm.md', toMarkdown(parts.data, parts.body, parts.boilerplate));
        expect(record).not.toHaveProperty(key);
      }),
      { numRuns: 150 },
    );
  });
});

describe('decode on random bytes', () => {
  it('decodes or refuses with a DecodeError, nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          const r = decode(bytes);
          expect(typeof r.text).toBe('string');
        } catch (err) {
          expect(err).toBeInstanceOf(DecodeError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back any UTF-8 text exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), (text) => {
        fc.pre(!/[\u0000-\u0008\u000b\u000e-\u001f]/.test(text));
        expect(decode(utf8(text)).text).toBe(text.replace(/^\ufeff/, ''));
      }),
    );
  });
});

describe('a paragraph of any text renders as that text and nothing else', () => {
  it('only <p> and escaped characters come out, and the visible text is the input', () => {
    fc.assert(
      fc.property(hostileText, (raw) => {
        const text = squash(raw.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b\ufeff]/g, ' '));
        fc.pre(text.length > 0);
        const html = renderMarkdown(escapeMarkdown(text));
        const tags = html.match(/<\/?[a-z][^>]*>/gi) ?? [];
        expect(tags.every((t) => t === '<p>' || t === '</p>')).toBe(true);
        expect(squash(decodeEntities(html.replace(/<\/?p>/g, '')))).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});
