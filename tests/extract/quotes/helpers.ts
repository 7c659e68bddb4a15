/**
 * Builds the context the quotes and claims extractors see, with the people and organisations
 * given here (as the names extractor would have found them), so that these tests do not
 * depend on the names extractor.
 */
import { ingest } from '../../../src/ingest/index.js';
import { emptyExtraction } from '../../../src/extract/index.js';
import type { ExtractContext } from '../../../src/extract/context.js';
import { findQuotes } from '../../../src/extract/quotes/index.js';
import { findClaims } from '../../../src/extract/claims/index.js';
import type { Claim, Quote } from '../../../src/types.js';

export interface Names {
  people?: string[];
  organizations?: string[];
}

export function context(body: string, names: Names = {}): ExtractContext {
  const doc = ingest('test.txt', Buffer.from(`Test article\n\nMarch 23, 2023\n\n${body}\n`));
  const result = emptyExtraction();
  const entity = (name: string) => ({ name, aliases: [], mentions: 1, sentences: [] });
  result.people = (names.people ?? []).map(entity);
  result.organizations = (names.organizations ?? []).map(entity);
  return { doc, published: '2023-03-23', result };
}

export function quotesOf(body: string, names: Names = {}): Quote[] {
  return findQuotes(context(body, names));
}

export function claimsOf(body: string, names: Names = {}): Claim[] {
  const ctx = context(body, names);
  ctx.result.quotes = findQuotes(ctx);
  return findClaims(ctx);
}

/** Speaker and text only, for exact comparisons. */
export function said(quotes: Quote[]): [string | null, string][] {
  return quotes.map((q) => [q.speaker, q.text]);
}
