/**
 * The record: the one definition of what an article's Markdown file holds. The zod schemas below
 * are checked by the writer before writing and by the site where records enter Eleventy (a record
 * that fails them is reported, never rendered); every TypeScript type of the record and of its
 * items is inferred from them (`z.infer`), so the shape is written once.
 *
 * Evidence: each extracted item keeps the sentence it came from as text (`sentence`, an entity's
 * `sentences`) and, when that sentence is one of the body's, by index (`sentenceIndex`, an
 * entity's `sentenceIndexes`): 0-based in the body's sentences in reading order, so sentence `i`
 * is the anchor `#s-{i+1}` of the article page. `source.body` is a hash of the body the indexes
 * were taken on (src/model/evidence.ts); an editor's change of the body makes it differ.
 */
import { z } from 'zod';

/**
 * How a source holds a claim: says it (states), reports it, alleges it, denies it, calls for it,
 * admits it, announces it, plans or intends it, believes or expects it, criticises or praises it.
 */
export const STANCES = ['alleges', 'denies', 'states', 'reports', 'calls-for', 'admits', 'announces', 'plans', 'believes', 'criticises', 'praises'] as const;
export type Stance = (typeof STANCES)[number];

/** What a source is: a person, an organisation, a document (report, statement, filing, post), a poll, a group. */
export const SOURCE_KINDS = ['person', 'organisation', 'document', 'poll', 'group'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A calendar day, YYYY-MM-DD. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A value at its true granularity: YYYY, YYYY-MM or YYYY-MM-DD. */
const ISO_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/** Record ids: lower-case letters, digits and hyphens. */
const RECORD_ID = /^[a-z0-9][a-z0-9-]*$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

const isoDay = z.string().regex(ISO_DAY, 'a date as YYYY-MM-DD');
const isoValue = z.string().regex(ISO_VALUE, 'YYYY, YYYY-MM or YYYY-MM-DD');
/** Index of a body sentence (0-based; the page's anchor is `s-{index+1}`). */
const sentenceIndex = z.number().int().nonnegative();

export const entitySchema = z.object({
  /** Canonical full form ("Han Dong"). */
  name: z.string().min(1),
  /** Other forms the text uses ("Dong", "MP Han Dong"). */
  aliases: z.array(z.string()).default([]),
  mentions: z.number().int().nonnegative().default(1),
  /** Sentences that name it (evidence), in order, without repeats. */
  sentences: z.array(z.string()).default([]),
  /** For each of `sentences`, its index in the body, or null for one that is not in the body (the title, the dateline). */
  sentenceIndexes: z.array(sentenceIndex.nullable()).optional(),
});

export const personSchema = entitySchema.extend({ role: z.string().optional() });

export const dateSchema = z.object({
  /** The phrase as written ("last night"). */
  text: z.string().min(1),
  /** ISO value at its true granularity: YYYY, YYYY-MM or YYYY-MM-DD. */
  value: isoValue,
  /** End of a range ("between 2019 and 2021"), same granularity rules. */
  end: isoValue.optional(),
  sentence: z.string().optional(),
  sentenceIndex: sentenceIndex.optional(),
});

export const quoteSchema = z.object({
  speaker: z.string().nullable(),
  /** What the speaker is: a person, an organisation, a document, a poll, a group. */
  speakerKind: z.enum(SOURCE_KINDS).optional(),
  text: z.string().min(1),
  /** The sentence(s) the quote came from. */
  sentence: z.string().optional(),
  /** Index of the first of those sentences in the body. */
  sentenceIndex: sentenceIndex.optional(),
});

export const claimSchema = z.object({
  claimant: z.string().min(1),
  /** What the claimant is (see the quote's speakerKind): a document shows, a person says. */
  claimantKind: z.enum(SOURCE_KINDS).optional(),
  /** The words that attribute it as written ("said", "according to", "plans"). */
  cue: z.string().optional(),
  /** The chain it came through ("two national security sources"). */
  via: z.string().optional(),
  stance: z.enum(STANCES),
  subject: z.string().optional(),
  text: z.string().min(1),
  sentence: z.string().optional(),
  sentenceIndex: sentenceIndex.optional(),
});

export const recordSchema = z.object({
  id: z.string().regex(RECORD_ID, 'lower-case letters, digits and hyphens'),
  title: z.string().min(1),
  dek: z.string().nullable().default(null),
  published: isoDay.nullable(),
  author: z.string().nullable().default(null),
  outlet: z.string().nullable().default(null),
  dateline: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  source: z.object({
    file: z.string().min(1),
    sha256: z.string().regex(SHA256_HEX),
    extractor: z.string().min(1),
    /** When the source first entered the archive (kept through re-extraction). */
    ingested: isoDay.optional(),
    /** A hash of the body the items' sentence indexes were taken on (src/model/evidence.ts bodyHash). */
    body: z.string().optional(),
  }),
  people: z.array(personSchema).default([]),
  organizations: z.array(entitySchema).default([]),
  places: z.array(entitySchema).default([]),
  dates: z.array(dateSchema).default([]),
  quotes: z.array(quoteSchema).default([]),
  claims: z.array(claimSchema).default([]),
  warnings: z.array(z.string()).default([]),
});

export type Entity = z.infer<typeof entitySchema>;
export type Person = z.infer<typeof personSchema>;
export type DateMention = z.infer<typeof dateSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Claim = z.infer<typeof claimSchema>;
/** The record's front matter. */
export type RecordData = z.infer<typeof recordSchema>;

/** A record as its file holds it: the front matter, the Markdown body and the boilerplate kept apart from it. */
export type ArticleRecord = RecordData & {
  body: string;
  /** Trailing boilerplate kept apart from the body, if any. */
  boilerplate?: string | null;
};

/** What the extractor finds in one article: the record's fields that the text gives. */
export type Extraction = Pick<
  RecordData,
  'title' | 'dek' | 'published' | 'author' | 'outlet' | 'dateline' | 'url' | 'people' | 'organizations' | 'places' | 'dates' | 'quotes' | 'claims' | 'warnings'
>;

/** A schema's problems in one line: each field's path and what is wrong. */
export function formatIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
}
