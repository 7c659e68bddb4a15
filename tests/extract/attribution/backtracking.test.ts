/**
 * Article text is untrusted: no pattern may take exponential time on it. This sentence, from the
 * benchmark's generated archive (adapted from the MEANTIME corpus, Minard et al. 2016, Wikinews,
 * CC BY 4.0), made the speaker resolver backtrack without end: the quotation before "said" was
 * taken as a possessive phrase ("Union's contract to ...") whose words could be cut many ways.
 */
import { describe, it, expect } from 'vitest';
import { ingest } from '../../../src/ingest/index.js';
import { extract } from '../../../src/extract/index.js';

const SENTENCE =
  '"Its future is also lanbandment as Hernandez Union\'s contract to stieckcloond the aircraft scaitscits in 2024," said Steve Jobs, the chief executive of Airbus.';

describe('no catastrophic backtracking', () => {
  it('extracts the quote and claim of a sentence that once hung the resolver', () => {
    const doc = ingest('x.txt', Buffer.from(`Airbus plans\n\nJune 13, 2005\n\n${SENTENCE}\n`));
    const x = extract(doc);
    expect(x.quotes).toEqual([
      {
        speaker: 'Steve Jobs',
        speakerKind: 'person',
        text: "Its future is also lanbandment as Hernandez Union's contract to stieckcloond the aircraft scaitscits in 2024",
        sentence: SENTENCE,
        sentenceIndex: 0,
      },
    ]);
  }, 10_000);

  it('handles a possessive followed by many long lower-case words', () => {
    const words = Array.from({ length: 12 }, (_, i) => 'stieckcloondscaitscits'.slice(i % 5)).join(' ');
    const doc = ingest(
      'x.txt',
      Buffer.from(`A title\n\nJune 13, 2005\n\n"Hernandez Union's ${words} 2024," said Steve Jobs, the chief executive of Airbus.\n`),
    );
    expect(extract(doc).quotes.map((q) => q.speaker)).toEqual(['Steve Jobs']);
  }, 10_000);
});
