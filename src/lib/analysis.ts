/**
 * One analysis for the index and the query alike: the index builder (build.ts, split.ts), the
 * split index's search (partial.ts) and the browser's highlighting all run these pipelines, so a
 * word matches however a reader types it.
 *
 * Lunr's tokenizer splits on spaces and hyphens and lower-cases; then `normalise`:
 * - folds diacritics and compatibility forms (Zoë → zoe, ﬁ → fi) and curly apostrophes (’ → ');
 * - trims what is not a letter or digit from both ends, in any script (Lunr's own trimmer only
 *   knows ASCII: it cut "zoë" to "zo"), so dotted abbreviations keep their inner dots as one
 *   term however they end: "U.S.", "u.s." and "u.s" are all `u.s`, "Ph.D." is `ph.d`;
 * then Lunr's stop-word filter and stemmer. The query runs the same three (src/search/query.ts
 * never makes a word the pipeline drops required: Lunr would demand a term no document holds).
 */
import lunr from 'lunr';

const COMBINING_MARKS = /\p{M}+/gu;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;
const EDGE_NON_WORD = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** A token's text as the index keeps it (before stop words and stemming). */
export function normaliseWord(word: string): string {
  return word.normalize('NFKD').replace(COMBINING_MARKS, '').replace(CURLY_APOSTROPHES, "'").replace(EDGE_NON_WORD, '').toLowerCase();
}

/** The pipeline function, registered with Lunr under the label `normalise`. */
export const normalise: lunr.PipelineFunction = (token) => {
  const text = normaliseWord(token.toString());
  return text ? token.update(() => text) : null;
};
lunr.Pipeline.registerFunction(normalise, 'normalise');

/** The labels of the pipeline that the index and the query both run. */
export const PIPELINE = ['normalise', 'stopWordFilter', 'stemmer'] as const;

/** A fresh pipeline of those functions. */
export function analysisPipeline(): lunr.Pipeline {
  return lunr.Pipeline.load([...PIPELINE]);
}

/** Sets a builder's index and search pipelines to the shared analysis. */
export function usePipelines(builder: lunr.Builder): void {
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.pipeline.add(normalise, lunr.stopWordFilter, lunr.stemmer);
  builder.searchPipeline.add(normalise, lunr.stopWordFilter, lunr.stemmer);
}
