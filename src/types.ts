/**
 * The shapes that flow through the pipeline:
 *   raw bytes → IngestedDoc (ingest/) → Extraction (extract/) → ArticleRecord (write/; its schema in
 *   model/record.ts) → site, search.
 * The JSON printed by `news-archive extract --json` is an Extraction plus `file`.
 */

/** A sentence of the article body, with its place in the body text. */
export interface Sentence {
  /** Index in `doc.sentences`. */
  index: number;
  /** Index of the paragraph it belongs to. */
  paragraph: number;
  text: string;
  /** Character offsets into `doc.text` (the body joined with "\n\n"). */
  start: number;
  end: number;
}

export interface Paragraph {
  index: number;
  text: string;
  /** A short line without final punctuation between paragraphs (a subheading). */
  heading?: boolean;
  start: number;
  end: number;
}

/** Header facts read from front matter or from the first lines of the text. */
export interface Header {
  title: string | null;
  /** One-sentence summary given above the body (e.g. the `date 2023-03-23 <summary>` line). */
  dek: string | null;
  published: string | null;
  /** How `published` was found: front-matter, header, date-line, dateline, option. */
  publishedFrom: string | null;
  author: string | null;
  outlet: string | null;
  /** Where `outlet` came from: front-matter, option (--outlet or the folder's _source.yml), dateline, byline. */
  outletFrom: string | null;
  /** The header text that names the outlet (a dateline or byline), when the outlet is the one the text names. */
  outletEvidence: string | null;
  url: string | null;
  /** Place of the dateline ("OTTAWA (LifeSiteNews) ––" → "Ottawa"). */
  dateline: string | null;
  /** The dateline exactly as written, removed from the body. */
  datelineText: string | null;
  /** Fields the user gave in front matter: these always win over extraction. */
  given: Record<string, unknown>;
}

export interface IngestedDoc {
  file: string;
  /** sha256 of the raw bytes. */
  sha256: string;
  header: Header;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** The body: paragraphs joined by a blank line. Offsets in Sentence/Paragraph point here. */
  text: string;
  /** Trailing boilerplate ("More related stories:", "Sources include:"), kept apart. */
  boilerplate: string | null;
  /** Problems that did not stop ingest (encoding repaired, no date, ...). */
  warnings: string[];
}

/** The record and its items: one zod schema, types inferred from it (src/model/record.ts). */
export type { Stance, SourceKind, Entity, Person, DateMention, Quote, Claim, Extraction } from './model/record.js';
