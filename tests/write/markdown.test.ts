import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { extract } from '../../src/extract/index.js';
import { toRecord } from '../../src/write/record.js';
import { toMarkdown, parseRecord, escapeMarkdown } from '../../src/write/markdown.js';
import { renderMarkdown } from '../../src/site/render.js';
import { bodyHash } from '../../src/model/evidence.js';
import { SEEDS, SEED_FILES } from '../helpers/project.js';

describe('record ⇄ Markdown', () => {
  it.each(SEED_FILES)('round-trips seed %s: the record read back equals the record written', (file) => {
    const doc = ingest(file, readFileSync(join(SEEDS, file)));
    const parts = toRecord(doc, extract(doc), 'test-version', file);
    const md = toMarkdown(parts.data, parts.body, parts.boilerplate);
    const back = parseRecord('x.md', md);
    const { body, boilerplate, ...data } = back;
    expect(data).toEqual(JSON.parse(JSON.stringify(parts.data)));
    expect(body).toBe(parts.body);
    expect(boilerplate ?? null).toBe(parts.boilerplate ? parts.boilerplate.trim() : null);
    expect(Object.keys(back)).not.toContain('path');
    // The body read back is the one its items' sentence indexes were taken on.
    expect(bodyHash(body)).toBe(parts.data.source.body);
  });

  it('keeps the boilerplate of seed 001 apart from its body', () => {
    const file = SEED_FILES[1];
    const doc = ingest(file, readFileSync(join(SEEDS, file)));
    expect(doc.boilerplate?.startsWith('More related stories:')).toBe(true);
    expect(doc.text).not.toContain('More related stories');
    expect(doc.text).toContain('This video is from the Awakening channel on');
  });

  it('writes the same bytes for the same record twice', () => {
    const file = SEED_FILES[0];
    const doc = ingest(file, readFileSync(join(SEEDS, file)));
    const parts = toRecord(doc, extract(doc), 'v', file);
    expect(toMarkdown(parts.data, parts.body)).toBe(toMarkdown(parts.data, parts.body));
  });

  it('refuses a record that does not fit the schema, naming the field', () => {
    const file = SEED_FILES[0];
    const doc = ingest(file, readFileSync(join(SEEDS, file)));
    const parts = toRecord(doc, extract(doc), 'v', file);
    expect(() => toMarkdown({ ...parts.data, published: '23 March 2023' }, parts.body)).toThrow(/published: a date as YYYY-MM-DD/);
  });
});

describe('article text is shown as written, never as markup', () => {
  const cases: [string, string][] = [
    ['# Not a heading', '<p># Not a heading</p>\n'],
    ['1. Not a list item', '<p>1. Not a list item</p>\n'],
    ['<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n'],
    ['[click](javascript:alert(1))', '<p>[click](javascript:alert(1))</p>\n'],
    ['AT&T and &lt;b&gt;', '<p>AT&amp;T and &amp;lt;b&amp;gt;</p>\n'],
    ['{{ page.url }} {% raw %}', '<p>{{ page.url }} {% raw %}</p>\n'],
    ['*not emphasis* _nor this_', '<p>*not emphasis* _nor this_</p>\n'],
  ];
  it.each(cases)('%s', (text, html) => {
    expect(renderMarkdown(escapeMarkdown(text))).toBe(html);
  });
});
