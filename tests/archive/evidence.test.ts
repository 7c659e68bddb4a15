/**
 * Evidence by index: each item of a record stores the index of the body sentence it came from, the
 * page numbers the body's sentences as ingest did (so index i is `#s-{i+1}`), and the anchors read
 * the index; they look for the evidence by its text only when an editor changed the body or the item.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { extract } from '../../src/extract/index.js';
import { toRecord } from '../../src/write/record.js';
import { paragraphsToMarkdown } from '../../src/write/markdown.js';
import { bodySentences } from '../../src/archive/sentences.js';
import { articleAnchors } from '../../src/archive/articles.js';
import { bodyHash, indexesOf } from '../../src/model/evidence.js';
import type { ArticleRecord } from '../../src/model/record.js';
import { applyCorrections } from '../../src/corrections/apply.js';
import { parseCorrections } from '../../src/corrections/file.js';
import { MEANTIME, SEEDS, SEED_FILES } from '../helpers/project.js';

const GUM = join(MEANTIME, '..', 'gum', 'articles');

// A wire story written for this test: its first sentence comes back word for word in the last paragraph.
const WIRE = [
  'Steelmaker shares slide',
  '',
  'By Jane Doe',
  '',
  'PITTSBURGH, March 4, 2015 (AP) — Shares of Allegheny Steel fell sharply on Monday. Analysts had expected a profit.',
  '',
  '"We are disappointed," said chief executive Mark Rowe.',
  '',
  'Shares of Allegheny Steel fell sharply on Monday. Trading resumed on March 3, 2015, the exchange said.',
  '',
].join('\n');

function recordOf(text: string): ArticleRecord {
  const doc = ingest('wire.txt', Buffer.from(text));
  const parts = toRecord(doc, extract(doc), 'test', 'wire.txt');
  return { ...parts.data, body: parts.body, boilerplate: parts.boilerplate };
}

describe('the body numbered as ingest numbered it', () => {
  const files = [
    ...SEED_FILES.map((f) => join(SEEDS, f)),
    ...readdirSync(join(MEANTIME, 'articles')).map((f) => join(MEANTIME, 'articles', f)),
    ...readdirSync(GUM).map((f) => join(GUM, f)),
  ];

  it('gives the page the same sentences, in the same order, for every seed, MEANTIME and GUM text', () => {
    expect(files.length).toBe(2 + 120 + 96);
    const differing = files.filter((f) => {
      const doc = ingest(f, readFileSync(f));
      const page = bodySentences(paragraphsToMarkdown(doc.paragraphs)).map((s) => s.text.replace(/\s+/g, ' '));
      return JSON.stringify(page) !== JSON.stringify(doc.sentences.map((s) => s.text.replace(/\s+/g, ' ')));
    });
    expect(differing).toEqual([]);
  });

  it('counts a heading as one sentence, full stop inside or not', () => {
    // GUM academic: Alvarado, "Design of Mutation Operators for Testing Geographic Information Systems" (CC BY 4.0).
    const doc = ingest('gum.txt', readFileSync(join(GUM, '012-design-of-mutation-operators-for-testing-geographic.txt')));
    const page = bodySentences(paragraphsToMarkdown(doc.paragraphs));
    const at = page.findIndex((s) => s.text === '1. Introduction');
    expect(at).toBeGreaterThan(0);
    expect(page[at + 1].text).toBe(
      'Mutation-based testing [1] is a test technique that involves artificially introducing errors into a System Under Test (SUT).',
    );
    expect(doc.sentences[at].text).toBe('1. Introduction');
  });
});

describe('items keep their sentence by index', () => {
  const r = recordOf(WIRE);

  it('stores the index of each date, quote and person sentence, and the hash of the body they index', () => {
    expect(r.dates.map((d) => [d.text, d.sentenceIndex])).toEqual([
      ['on Monday', 0],
      ['on Monday', 3],
      ['March 3, 2015', 4],
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.sentenceIndex])).toEqual([['Mark Rowe', 2]]);
    expect(r.people.find((p) => p.name === 'Mark Rowe')?.sentenceIndexes).toEqual([2]);
    expect(r.source.body).toBe(bodyHash(r.body));
  });

  it('marks evidence that is not a body sentence (the dateline) with null', () => {
    expect(r.places.find((p) => p.name === 'Pittsburgh')).toMatchObject({ sentences: ['PITTSBURGH, March 4, 2015 (AP) —'], sentenceIndexes: [null] });
  });

  it('links a repeated sentence to the one the item came from, not the first with its words', () => {
    const a = articleAnchors(r);
    expect(a.dates).toEqual(['s-1', 's-4', 's-5']);
    expect(a.quotes).toEqual(['s-3']);
  });
});

describe('text matching only for what an editor changed', () => {
  const r = recordOf(WIRE);

  it('finds the evidence by its text in a body an editor changed (its hash differs)', () => {
    const edited = { ...r, body: `Editor's note: this story was updated.\n\n${r.body}` };
    const a = articleAnchors(edited);
    // Each sentence moved down by one; a repeated sentence can only be told by its words now: its first occurrence.
    expect(a.dates).toEqual(['s-2', 's-2', 's-6']);
    expect(a.quotes).toEqual(['s-4']);
  });

  it('finds it by text when the index is out of range or names another sentence', () => {
    const wrong = {
      ...r,
      dates: [
        { ...r.dates[2], sentenceIndex: 99 },
        { ...r.dates[2], sentenceIndex: 1 },
      ],
    };
    expect(articleAnchors(wrong).dates).toEqual(['s-5', 's-5']);
  });

  it('finds by text an item an editor added without an index, and a headline as the headline', () => {
    const added = {
      ...r,
      dates: [
        { text: 'Monday', value: '2015-03-02', sentence: 'Analysts had expected a profit.' },
        { text: '2015', value: '2015', sentence: r.title },
      ],
    };
    expect(articleAnchors(added).dates).toEqual(['s-2', 'headline']);
  });

  it('reads an entity’s indexes only while they pair one to one with its sentences', () => {
    const rowe = r.people.find((p) => p.name === 'Mark Rowe')!;
    const more = { ...rowe, sentences: [...rowe.sentences, 'Analysts had expected a profit.'] };
    expect(articleAnchors({ ...r, people: [more] }).people[0].sentences).toEqual(['s-3', 's-2']);
  });
});

describe('an editor’s corrections', () => {
  const doc = ingest('wire.txt', Buffer.from(WIRE));
  const parts = toRecord(doc, extract(doc), 'test', 'wire.txt');
  const corrected = (yaml: string): ArticleRecord => {
    const { ops, errors } = parseCorrections(yaml);
    expect(errors).toEqual([]);
    const out = applyCorrections(parts, ops);
    expect(out.stale).toEqual([]);
    return { ...out.record.data, body: out.record.body, boilerplate: out.record.boilerplate };
  };

  it('a corrected body: the items are found by their text in it', () => {
    const r = corrected(`- set: body\n  value: |\n    Analysts had expected a profit.\n\n    Trading resumed on March 3, 2015, the exchange said.\n`);
    expect(r.source.body).not.toBe(bodyHash(r.body));
    expect(articleAnchors(r).dates).toEqual([null, null, 's-2']);
  });

  it('a corrected evidence sentence: the stale index is not read', () => {
    const r = corrected(`- update: dates\n  match: March 3, 2015\n  set: { sentence: Analysts had expected a profit. }\n`);
    expect(r.dates[2]).toMatchObject({ sentence: 'Analysts had expected a profit.', sentenceIndex: 4 });
    expect(articleAnchors(r).dates).toEqual(['s-1', 's-4', 's-2']);
  });
});

describe('indexesOf', () => {
  const sentences = ['A first.', 'A second.', 'A first.'].map((text, index) => ({ text, index }));

  it('gives each evidence text its first sentence, null for a text not in the body', () => {
    expect(indexesOf(['A second.', 'A first.', 'The headline'], sentences)).toEqual([1, 0, null]);
  });
});

describe('bodyHash', () => {
  it('ignores leading and trailing white space, and nothing else', () => {
    expect(bodyHash('One.\n\nTwo.\n')).toBe(bodyHash('\nOne.\n\nTwo.'));
    expect(bodyHash('One.\n\nTwo.')).not.toBe(bodyHash('One.\n\nTwo!'));
    expect(bodyHash('One.')).toMatch(/^[0-9a-f]{16}$/);
  });
});
