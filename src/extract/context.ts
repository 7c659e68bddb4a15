/**
 * One context object goes through the extractors in order (see index.ts). Each extractor
 * reads the document and what earlier ones found, and fills its own part of `result`.
 */
import type { Extraction, IngestedDoc } from '../types.js';

export interface ExtractContext {
  doc: IngestedDoc;
  /** Publication date used as the reference for relative dates ("last night"). */
  published: string | null;
  result: Extraction;
}

export interface Extractor {
  name: string;
  run(ctx: ExtractContext): void;
}
