/**
 * The extraction pipeline: one ordered list of small extractors over one context.
 * Order matters: names come before quotes and claims, which resolve speakers to them; the
 * entities' sentence indexes come last, once every extractor has given its evidence.
 */
import type { Extraction, IngestedDoc } from '../types.js';
import type { ExtractContext, Extractor } from './context.js';
import { metadata } from './metadata.js';
import { entities } from './entities/index.js';
import { dates } from './dates/index.js';
import { quotes } from './quotes/index.js';
import { claims } from './claims/index.js';
import { sentenceIndexes } from './sentence-indexes.js';

export const EXTRACTORS: readonly Extractor[] = [metadata, entities, dates, quotes, claims, sentenceIndexes];

export function emptyExtraction(): Extraction {
  return {
    title: '',
    dek: null,
    published: null,
    author: null,
    outlet: null,
    dateline: null,
    url: null,
    people: [],
    organizations: [],
    places: [],
    dates: [],
    quotes: [],
    claims: [],
    warnings: [],
  };
}

export function extract(doc: IngestedDoc): Extraction {
  const ctx: ExtractContext = { doc, published: doc.header.published, result: emptyExtraction() };
  ctx.result.warnings.push(...doc.warnings);
  for (const step of EXTRACTORS) {
    try {
      step.run(ctx);
    } catch (err) {
      ctx.result.warnings.push(`${step.name} failed: ${(err as Error).message}`);
    }
  }
  return ctx.result;
}
