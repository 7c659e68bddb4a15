/**
 * Each hostile fixture through ingest → extract → write → read: a usable one becomes a record
 * whose text is kept as written and whose front matter holds only the record's own fields;
 * an unusable one is refused with its reason.
 */
import { describe, it, expect } from 'vitest';
import { fixture, roundTrip, HOSTILE_FILES } from './pipeline.js';
import { ingest, DecodeError } from '../../src/ingest/index.js';
import { plainText } from '../../src/search/documents.js';
import { renderMarkdown } from '../../src/site/render.js';

const REFUSED: Record<string, string> = {
  'empty.txt': 'empty file: nothing to archive',
  'whitespace-only.txt': 'no text: the file holds only white space',
  'invalid-utf8.txt': 'invalid UTF-8: byte 0xff at offset 53 is not part of a character',
};

describe('hostile fixtures that cannot be used are refused with a reason', () => {
  it.each(Object.entries(REFUSED))('%s', (file, reason) => {
    expect(() => ingest(file, fixture(file))).toThrow(DecodeError);
    expect(() => ingest(file, fixture(file))).toThrow(reason);
  });
});

describe('every other hostile fixture becomes a valid record', () => {
  const usable = HOSTILE_FILES.filter((f) => !(f in REFUSED));
  it.each(usable)('%s', (file) => {
    const { doc, record } = roundTrip(file, fixture(file));
    expect(record.title.length).toBeGreaterThan(0);
    expect(record.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    // The body read back is the text that went in.
    expect(plainText(record.body)).toBe(
      doc.paragraphs
        .map((p) => p.text)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    // Only the record's own fields: nothing the text tried to set.
    for (const key of ['permalink', 'layout', 'eleventyExcludeFromCollections', 'tags', 'eleventyComputed']) expect(record).not.toHaveProperty(key);
  });
});

describe('text is decoded, not garbled', () => {
  const cases: [string, string, string][] = [
    ['latin1.txt', 'Café owner wins appeal', 'Renée Lefèvre'],
    ['windows-1252.txt', 'Mayor calls the plan “unworkable”', '“It will not work,” the mayor said – a view the council’s finance chief shared.'],
    ['utf16le-bom.txt', 'Łódź factory reopens', 'Workers at the Łódź factory returned on Monday'],
    ['utf16be-bom.txt', 'Zürich vote passes', 'Voters in Zürich approved'],
    ['utf8-bom.txt', 'Crème brûlée festival opens', 'The festival opened in Dijon'],
  ];
  it.each(cases)('%s', (file, title, text) => {
    const { record } = roundTrip(file, fixture(file));
    expect(record.title).toBe(title);
    expect(plainText(record.body)).toContain(text);
  });
});

describe('line ends and control characters', () => {
  it.each(['crlf.txt', 'cr.txt'])('%s: paragraphs split on any line end', (file) => {
    const { doc } = roundTrip(file, fixture(file));
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['The first paragraph ends here, the clerk said.', 'The second paragraph follows it.']);
  });

  it('removes NUL bytes and control characters, and says how many', () => {
    const nul = roundTrip('nul-bytes.txt', fixture('nul-bytes.txt'));
    expect(nul.doc.text).toContain('The text has a null byte and another one');
    expect(nul.x.warnings).toContain('removed 2 control character(s)');
    const ctl = roundTrip('control-chars.txt', fixture('control-chars.txt'));
    expect(ctl.doc.text).toContain('The text has a bell, an escape[31m sequence, a backspace, a form feed, a C1 control');
    expect(ctl.doc.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b]/);
    expect(ctl.x.warnings).toContain('removed 5 control character(s)');
  });
});

describe('article text stays text', () => {
  it('keeps HTML as written and renders none of it', () => {
    const { record, doc } = roundTrip('html-injection.txt', fixture('html-injection.txt'));
    expect(record.title).toBe('Officials <script>window.__pwned=1;alert("title")</script> deny report');
    expect(doc.paragraphs[0].text).toBe('The statement said <script>window.__pwned=1;alert(1)</script> and nothing else.');
    const html = renderMarkdown(record.body);
    expect(html).not.toMatch(/<(?:script|img|iframe|svg|a|div|style|meta|base|link|form|object|embed|details|body|math)[\s>]/i);
    expect(html).toContain('&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;');
    expect(html).toContain('[click me](javascript:window.__pwned=1)');
    expect(html).toContain('&amp;lt;script&amp;gt;alert(10)&amp;lt;/script&amp;gt;');
  });

  it('keeps template syntax of every engine as written', () => {
    const { record } = roundTrip('template-syntax.txt', fixture('template-syntax.txt'));
    expect(record.title).toBe('Council meets {{ 7 * 7 }} times {% raw %}');
    expect(record.author).toBe('Jo {{ author }}');
    const text = plainText(record.body);
    for (const s of [
      '{{ constructor.constructor("window.__pwned=1")() }}',
      '{% include "base.njk" %}',
      '{# hidden #}',
      '<% alert(1) %>',
      '<%= 7 * 7 %>',
      '${ window.__pwned = 1 }',
      '{{{ raw }}}',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('keeps front-matter fences and Eleventy keys inside the body as text', () => {
    const { record } = roundTrip('front-matter-in-body.txt', fixture('front-matter-in-body.txt'));
    expect(record.title).toBe('Fences inside the body');
    expect(plainText(record.body)).toContain('--- title: Hijacked title permalink: /__pwned/ layout: false eleventyExcludeFromCollections: true ---');
    expect(renderMarkdown(record.body)).not.toMatch(/<hr|<h[12]/);
  });

  it('takes only the known fields from a source front matter', () => {
    const { record } = roundTrip('front-matter-hostile.txt', fixture('front-matter-hostile.txt'));
    expect(record.title).toBe('Front matter with <b>tags</b> & "quotes"');
    expect(record.published).toBe('2023-04-01');
    expect(record.author).toBe('<img src=x onerror=window.__pwned=1>');
    expect(record.outlet).toBe('{{ 7 * 7 }}');
    expect(record.url).toBe('javascript:window.__pwned=1');
    expect(record.id).toBe('2023-04-01-front-matter-with-b-tags-b-and-quotes');
  });

  it('never runs front matter written in JavaScript', () => {
    const { record, x } = roundTrip('front-matter-js.txt', fixture('front-matter-js.txt'));
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
    expect(x.warnings).toContain('front matter ignored: front matter in a language other than YAML is not accepted');
    expect(plainText(record.body)).toContain('{ title: (window.__pwned = 1, "pwned") }');
  });

  it('keeps quotes, brackets, slashes, right-to-left and combining characters in names and titles', () => {
    const { record } = roundTrip('names.txt', fixture('names.txt'));
    expect(record.title).toBe(`"Quotes" & <Angles> / ../../etc/passwd: O'Brien's \\ back\\slash`);
    // The byline's "// 2023-05-06" is read although the name holds a slash ("</b>").
    expect(record.author).toBe(`Zoë "the <b>Critic</b>" O'Brien & Sons`);
    expect(record.id).toBe('2023-05-06-quotes-and-angles-etc-passwd-o-briens-back-slash');
    const text = plainText(record.body);
    expect(text).toContain('قال الوزير إن الخطة ستنجح and עברית בתוך הטקסט, and an override \u202egnp.exe\u202c in the line.');
    expect(text).toContain('e\u0301 (e and an acute accent)'.normalize('NFC'));
    expect(text).toContain('Pneumonoultramicroscopicsilicovolcanoconiosis' + 'x'.repeat(3000));
  });
});
