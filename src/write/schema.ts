/**
 * The record's front matter: one schema that the writer checks before writing and the site
 * checks where records enter Eleventy. A record that fails it is reported, never rendered.
 */
import { z } from 'zod';
import { SOURCE_KINDS, STANCES } from '../types.js';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const isoValue = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

const entity = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  mentions: z.number().int().nonnegative().default(1),
  sentences: z.array(z.string()).default([]),
});

export const personSchema = entity.extend({ role: z.string().optional() });
export const entitySchema = entity;

export const dateSchema = z.object({
  text: z.string().min(1),
  value: isoValue,
  end: isoValue.optional(),
  sentence: z.string().optional(),
});

export const quoteSchema = z.object({
  speaker: z.string().nullable(),
  speakerKind: z.enum(SOURCE_KINDS).optional(),
  text: z.string().min(1),
  sentence: z.string().optional(),
});

export const claimSchema = z.object({
  claimant: z.string().min(1),
  claimantKind: z.enum(SOURCE_KINDS).optional(),
  cue: z.string().optional(),
  via: z.string().optional(),
  stance: z.enum(STANCES),
  subject: z.string().optional(),
  text: z.string().min(1),
  sentence: z.string().optional(),
});

export const recordSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
  title: z.string().min(1),
  dek: z.string().nullable().default(null),
  published: isoDay.nullable(),
  author: z.string().nullable().default(null),
  outlet: z.string().nullable().default(null),
  dateline: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  source: z.object({
    file: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    extractor: z.string().min(1),
    /** When the source first entered the archive (kept through re-extraction). */
    ingested: isoDay.optional(),
  }),
  people: z.array(personSchema).default([]),
  organizations: z.array(entitySchema).default([]),
  places: z.array(entitySchema).default([]),
  dates: z.array(dateSchema).default([]),
  quotes: z.array(quoteSchema).default([]),
  claims: z.array(claimSchema).default([]),
  warnings: z.array(z.string()).default([]),
});

export type RecordData = z.infer<typeof recordSchema>;

/** A record as the site sees it: front matter plus the Markdown body. */
export interface ArticleRecord extends RecordData {
  body: string;
  /** Trailing boilerplate kept apart from the body, if any. */
  boilerplate?: string | null;
  /** Where the record file is. */
  path?: string;
  /** A hash of the record file's text (set when the site reads it): stands for its content. */
  contentHash?: string;
}

export function formatIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
}
