import { describe, it, expect } from 'vitest';
import { splitSentences } from '../../src/ingest/sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps a title abbreviation with the name after it', () => {
    // MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0
    expect(texts("Days after Sen. McCain's remarks, the Air Force said the tanker replacement contract would be revived. It was.")).toEqual([
      "Days after Sen. McCain's remarks, the Air Force said the tanker replacement contract would be revived.",
      'It was.',
    ]);
  });

  it('keeps initials inside a name', () => {
    expect(texts('President George W. Bush signed the bill on Tuesday. Congress had passed it.')).toEqual([
      'President George W. Bush signed the bill on Tuesday.',
      'Congress had passed it.',
    ]);
  });

  it('ends a sentence after a closing quotation mark', () => {
    const t =
      '“I raised the status of Michael Spavor and Michael Kovrig and called for their immediate release,” Dong told the news outlet. Trudeau’s office, in its own comment, told the news outlet that they did not know.';
    expect(texts(t)).toHaveLength(2);
  });

  it('gives offsets that point at each sentence', () => {
    const t = 'Apple Inc. said so. The U.S. economy grew.';
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
    expect(texts(t)).toEqual(['Apple Inc. said so.', 'The U.S. economy grew.']);
  });

  it('keeps "U.S." with the body named after it, and ends the sentence before a sentence starter', () => {
    // GUM_news_ozone (Wikinews, CC BY 2.5) and sentences written for this test.
    expect(texts('The U.S. Department of Agriculture notes that ozone harms crops. It was measured.')).toEqual([
      'The U.S. Department of Agriculture notes that ozone harms crops.',
      'It was measured.',
    ]);
    expect(texts('He met U.S. President Bill Clinton on Monday.')).toHaveLength(1);
    expect(texts('The company moved to the U.S. The move cost $3 million.')).toEqual(['The company moved to the U.S.', 'The move cost $3 million.']);
    expect(texts('Troops left the U.K. In March they returned.')).toHaveLength(2);
  });
});
