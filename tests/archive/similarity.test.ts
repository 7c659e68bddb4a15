/** The lead an article is compared by (similarity.ts): the first words of its body's plain text, read without making the whole body plain. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forEachAlike, lead, LEAD_WORDS, pairSimilarity, similarityIndex } from '../../src/archive/similarity.js';
import { paragraphsToMarkdown, plainText } from '../../src/write/markdown.js';
import { MEANTIME } from './../helpers/project.js';

const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;
const firstWords = (text: string) => [...text.matchAll(WORD)].slice(0, LEAD_WORDS).map((m) => m[0]);

/** An article's body as a record holds it: its paragraphs, escaped Markdown. */
function body(text: string): string {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return paragraphsToMarkdown(paragraphs.map((p, i) => ({ text: p, heading: i > 0 && p.length < 40 && !/[.!?"]$/.test(p) })));
}

describe('lead', () => {
  it('has the first words of the whole body, for every MEANTIME article', () => {
    const dir = join(MEANTIME, 'articles');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBe(120);
    for (const f of files) {
      const b = body(readFileSync(join(dir, f), 'utf8'));
      expect(firstWords(lead(b)), f).toEqual(firstWords(plainText(b)));
    }
  });

  it('reads on past a first paragraph too long for the first cut, and past a heading', () => {
    const long = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const b = `## Results\\: 2024\n\n${'x '.repeat(5)}\n\n${long}\n\nLast paragraph.`;
    expect(firstWords(lead(b))).toEqual(firstWords(plainText(b)));
    expect(firstWords(lead(b))[0]).toBe('Results');
    expect(lead('One short paragraph.\n\nAnd another.')).toBe('One short paragraph. And another.');
  });
});

describe('pairSimilarity', () => {
  it('gives every pair of the 120 MEANTIME articles the same similarity forEachAlike gives it, and null to pairs sharing no distinctive term', () => {
    const dir = join(MEANTIME, 'articles');
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => {
        const [title, ...rest] = readFileSync(join(dir, f), 'utf8').split('\n');
        return { title, body: body(rest.join('\n')), names: [] };
      });
    const index = similarityIndex(texts);
    let pairs = 0;
    forEachAlike(index, (i, alike) => {
      const met = new Set(alike.list);
      for (let j = 0; j < index.size; j++) {
        if (j === i) continue;
        if (met.has(j)) {
          pairs++;
          expect(pairSimilarity(index, i, j)).toBe(alike.similarity[j]);
        } else expect(pairSimilarity(index, i, j)).toBeNull();
      }
    });
    expect(pairs).toBeGreaterThan(1000);
  });
});
