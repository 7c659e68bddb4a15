/**
 * Entities' evidence by index: each evidence sentence of a person, organisation or place gets its
 * place among the body's sentences (null for a header line: the title, the dek, the dateline).
 * Dates, quotes and claims take theirs where they are found; this step runs last, after every
 * extractor that gives an entity evidence.
 */
import type { Extractor } from './context.js';
import { indexesOf } from '../model/evidence.js';

export const sentenceIndexes: Extractor = {
  name: 'sentence indexes',
  run(ctx) {
    const { people, organizations, places } = ctx.result;
    for (const e of [...people, ...organizations, ...places]) e.sentenceIndexes = indexesOf(e.sentences, ctx.doc.sentences);
  },
};
