/**
 * A search result leads to the sentence that matched (`#s-N`, numbered as the article page numbers
 * them), and a date match shows the sentence holding the date. Records: the two seed articles.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { seedRecords } from '../search/records.js';
import { articleAnchors } from '../../src/archive/articles.js';
import { searchRecord, toDocFragment, type DocFragment } from '../../src/search/documents.js';
import { renderArticle } from '../../src/site/render.js';
import { indexTerm } from '../../src/search/engine.js';
import { resultView } from '../../src/client/target.js';
import { sentenceStarts, encodeStarts, decodeStarts, sentenceAt, sentenceText } from '../../src/lib/anchors.js';
import type { ArticleRecord } from '../../src/write/schema.js';

const terms = (...words: string[]) => new Set(words.map((w) => indexTerm(w)!));
const pageSentence = (r: ArticleRecord, anchor: string) => renderArticle(r.body).sentences.find((s) => s.id === anchor)!.text;
const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe('result anchors', () => {
  let resigns: ArticleRecord;
  let fragment: DocFragment;
  beforeAll(() => {
    resigns = seedRecords()[1];
    fragment = toDocFragment(searchRecord(resigns, articleAnchors(resigns)));
  }, 60_000);

  it('finds every body sentence of the article in the search text', () => {
    const starts = decodeStarts(fragment.s!);
    expect(starts).toHaveLength(29);
    expect(sentenceText(fragment.text, starts, 2)).toBe("The MP said he will leave Prime Minister Justin Trudeau's ruling party to sit as an independent.");
  });

  it('links a word match to the sentence holding it, as the article page numbers it', () => {
    const view = resultView(fragment, terms('rapporteur'), []);
    expect(view.anchor).toBe('s-23');
    expect(pageSentence(resigns, 's-23')).toContain('special rapporteur');
    expect(view.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['rapporteur']);
  });

  it('shows the sentence of a mentioned date asked for, the date marked', () => {
    const view = resultView(fragment, terms('2021'), [{ from: '2021-09-24', to: '2021-09-24' }]);
    expect(view.anchor).toBe('s-13');
    expect(pageSentence(resigns, 's-13')).toContain('September 24, 2021');
    expect(text(view.parts)).toBe(pageSentence(resigns, 's-13').replace(/\s+/g, ' ')); // the page keeps its no-break spaces
    expect(view.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['September 24, 2021']);
  });

  it('a range takes the first date inside it; a year mentioned is no match for a day asked; a span the article does not mention falls back to the words', () => {
    expect(resultView(fragment, new Set(), [{ from: '2023-03', to: '2023-03' }]).anchor).toBe('s-4'); // "today" (2023-03-24)
    expect(resultView(fragment, new Set(), [{ from: '2021', to: '2021' }]).anchor).toBe('s-1'); // "2021", the first in the text
    const none = resultView(fragment, terms('rapporteur'), [{ from: '1999', to: '2000' }]);
    expect(none.anchor).toBe('s-23');
  });

  it('nothing matched in the text: no anchor, the opening as snippet', () => {
    const view = resultView(fragment, new Set(), []);
    expect(view.anchor).toBeNull();
    expect(text(view.parts).startsWith('Canadian member of the parliament')).toBe(true);
  });

  it('a fragment without sentence starts (an older index) links to the article alone', () => {
    const { s: _s, dt: _dt, ...plain } = fragment;
    expect(resultView(plain, terms('rapporteur'), [{ from: '2021', to: '2021' }]).anchor).toBeNull();
  });
});

describe('sentence starts', () => {
  it('a sentence not in the text is never the sentence of an offset', () => {
    const text = 'One here. Two there. Three again.';
    const starts = sentenceStarts(text, ['One here.', 'Missing sentence entirely, nowhere to be seen.', 'Two there.', 'Three again.']);
    expect(starts).toEqual([0, -1, 10, 21]);
    const decoded = decodeStarts(encodeStarts(starts));
    expect(decoded).toEqual([0, 0, 10, 21]);
    expect(sentenceAt(decoded, 4)).toBe(1);
    expect(sentenceAt(decoded, 12)).toBe(3);
    expect(sentenceAt(decoded, 30)).toBe(4);
    expect(sentenceText(text, decoded, 2)).toBeNull();
    expect(sentenceText(text, decoded, 3)).toBe('Two there.');
  });
});

describe('a result shown from the opening of its text', () => {
  it('shows what the whole text would, or asks for the rest', async () => {
    const { buildSplitIndex } = await import('../../src/search/split.js');
    const { openingSuffices } = await import('../../src/client/target.js');
    const records = seedRecords();
    const withAnchors = records.map((r) => searchRecord(r, articleAnchors(r)));
    const whole = buildSplitIndex(withAnchors, { headChars: 100_000 }).docs;
    const cut = buildSplitIndex(withAnchors, { headChars: 400 });
    expect(cut.docs.every((d) => d.more === 1)).toBe(true);
    let fromOpening = 0;
    let fetched = 0;
    // Words early, late and absent in the seed articles, alone and together, and the dates asked for.
    const questions: [string[], { from: string; to: string }[]][] = [
      [['Dong'], []],
      [['Kovrig'], []],
      [['rapporteur'], []],
      [['Dong', 'Kovrig'], []],
      [['independent', 'party'], []],
      [['zzzz'], []],
      [[], []],
      [['Kovrig'], [{ from: '2021-09-24', to: '2021-09-24' }]],
    ];
    cut.docs.forEach((opening, n) => {
      expect(opening.text + (cut.rests[n] ?? '')).toBe(whole[n].text);
      for (const [words, spans] of questions) {
        const asked = terms(...words);
        if (openingSuffices(opening, asked, spans)) {
          fromOpening++;
          expect(resultView(opening, asked, spans).parts, words.join(' ')).toEqual(resultView(whole[n], asked, spans).parts);
          expect(resultView(opening, asked, spans).anchor).toBe(resultView(whole[n], asked, spans).anchor);
        } else fetched++;
      }
    });
    // Both happen: an early word is shown from the opening, a late or absent one needs the rest.
    expect(fromOpening).toBeGreaterThan(3);
    expect(fetched).toBeGreaterThan(3);
  }, 60_000);
});
