/**
 * Sentences of wire-service results lists (our own lines): the rank of a list item and a
 * country abbreviation in brackets end no sentence; a number at the end of a sentence still does.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ingest/sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('sentences of results lists', () => {
  it('ranks after a colon or a time, and "( U.S. )", stay inside the line', () => {
    expect(texts('200 metres : 1. Marcus Reed ( U.S. ) 19.92 2. Pavel Orlov ( Russia ) 20.39 3. Tunde Ade ( Nigeria ) 20.45')).toEqual([
      '200 metres : 1. Marcus Reed ( U.S. ) 19.92 2. Pavel Orlov ( Russia ) 20.39 3. Tunde Ade ( Nigeria ) 20.45',
    ]);
  });

  it('a number closing a sentence still ends it', () => {
    expect(texts('The vote was 52 to 47. Smith said the bill had failed.')).toEqual(['The vote was 52 to 47.', 'Smith said the bill had failed.']);
    expect(texts('He scored 3. Then he left the field.')).toEqual(['He scored 3.', 'Then he left the field.']);
  });
});
