/**
 * Ingest: raw bytes → IngestedDoc (decode → normalise → header → paragraphs → sentences).
 */
import type { IngestedDoc, Paragraph, Sentence } from '../types.js';
import { decode, DecodeError } from './decode.js';
import { normalise } from './normalise.js';
import { parseHeader } from './header.js';
import { splitBody } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import { hashOf } from '../lib/hash.js';

export { DecodeError } from './decode.js';

export interface IngestOptions {
  /** Publication date for a text that states none (YYYY-MM-DD). */
  published?: string | null;
  /** Outlet the user gives for the source (`--outlet`, the folder's `_source.yml`); front matter still wins. */
  outlet?: string | null;
}

export function ingest(file: string, bytes: Uint8Array, options: IngestOptions = {}): IngestedDoc {
  const decoded = decode(bytes);
  const norm = normalise(decoded.text);
  if (!norm.text.trim()) {
    throw new DecodeError(decoded.text.trim() ? 'no text: the file holds only control characters' : 'no text: the file holds only white space');
  }
  const { header, body, warnings: headerWarnings } = parseHeader(norm.text, options);
  const split = splitBody(body);

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  split.paragraphs.forEach((p, index) => {
    const start = offset;
    paragraphs.push({ index, text: p.text, start, end: start + p.text.length, ...(p.heading ? { heading: true } : {}) });
    const spans = p.heading ? [{ text: p.text, start: 0, end: p.text.length }] : splitSentences(p.text);
    for (const s of spans) {
      sentences.push({ index: sentences.length, paragraph: index, text: s.text, start: start + s.start, end: start + s.end });
    }
    offset = start + p.text.length + 2;
  });
  const text = split.paragraphs.map((p) => p.text).join('\n\n');
  const warnings = [...decoded.warnings, ...norm.warnings, ...headerWarnings];
  if (!text.trim()) warnings.push('the article has no body text');
  return { file, sha256: hashOf(bytes), header, paragraphs, sentences, text, boilerplate: split.boilerplate, warnings };
}
