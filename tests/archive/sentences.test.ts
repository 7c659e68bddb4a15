/** Sentence anchors: the body's sentences numbered in order, and an item's evidence sentence found among them. */
import { describe, it, expect } from 'vitest';
import { bodySentences, sentenceFinder } from '../../src/archive/sentences.js';
import { escapeMarkdown } from '../../src/write/markdown.js';

// Sentences of seed 001 (../shared/seeds/001_a9b239daabf4cae1.txt).
const P1 =
  "Canadian member of the parliament (MP) Han Dong has stepped down from the Liberal Party of Canada following allegations that he has been privately advising a senior Chinese diplomat to hold off the release of two Canadians\u00a0detained by China on espionage charges until after Canada's 2021 federal election. The MP said he will leave Prime Minister Justin Trudeau's\u00a0ruling party to sit as an independent.";
const P2 = '"Let me be clear, what has been reported is false. And I will defend myself against these absolutely untrue claims."';
const BODY = [escapeMarkdown(P1), '## House of Commons calls for public inquiry', escapeMarkdown(P2)].join('\n\n');

describe('bodySentences', () => {
  it('numbers the sentences of paragraphs and headings in reading order', () => {
    expect(bodySentences(BODY).map((s) => [s.id, s.text.slice(0, 24)])).toEqual([
      ['s-1', 'Canadian member of the p'],
      ['s-2', 'The MP said he will leav'],
      ['s-3', 'House of Commons calls f'],
      ['s-4', '"Let me be clear, what h'],
      ['s-5', 'And I will defend myself'],
    ]);
  });
});

describe('sentenceFinder', () => {
  const find = sentenceFinder(bodySentences(BODY), 'MP Han Dong resigns', null);
  it('finds an evidence sentence written with ordinary spaces', () => {
    expect(find("The MP said he will leave Prime Minister Justin Trudeau's ruling party to sit as an independent.")).toBe('s-2');
  });
  it('finds evidence that spans two sentences by its first', () => {
    expect(find(P2)).toBe('s-4');
  });
  it('finds the headline', () => {
    expect(find('MP Han Dong resigns')).toBe('headline');
  });
  it('finds nothing for a sentence not in the article', () => {
    expect(find('Nothing like this is in the text.')).toBeNull();
    expect(find(undefined)).toBeNull();
  });
});
