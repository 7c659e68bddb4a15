/**
 * The shapes that flow through the pipeline:
 *   raw bytes → IngestedDoc (ingest/) → Extraction (extract/) → ArticleRecord (write/) → site, search.
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

export interface Entity {
  /** Canonical full form ("Han Dong"). */
  name: string;
  /** Other forms the text uses ("Dong", "MP Han Dong"). */
  aliases: string[];
  mentions: number;
  /** Sentences that name it (evidence), in order, without repeats. */
  sentences: string[];
}

export interface Person extends Entity {
  role?: string;
}

export interface DateMention {
  /** The phrase as written ("last night"). */
  text: string;
  /** ISO value at its true granularity: YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
  /** End of a range ("between 2019 and 2021"), same granularity rules. */
  end?: string;
  sentence?: string;
}

export interface Quote {
  speaker: string | null;
  /** What the speaker is: a person, an organisation, a document (report, statement, filing, post), a poll, a group. */
  speakerKind?: SourceKind;
  text: string;
  /** The sentence(s) the quote came from. */
  sentence?: string;
}

/**
 * How a source holds a claim: says it (states), reports it, alleges it, denies it, calls for it,
 * admits it, announces it, plans or intends it, believes or expects it, criticises or praises it.
 */
export const STANCES = ['alleges', 'denies', 'states', 'reports', 'calls-for', 'admits', 'announces', 'plans', 'believes', 'criticises', 'praises'] as const;
export type Stance = (typeof STANCES)[number];

export const SOURCE_KINDS = ['person', 'organisation', 'document', 'poll', 'group'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Claim {
  claimant: string;
  /** What the claimant is (see Quote.speakerKind): a document shows, a person says. */
  claimantKind?: SourceKind;
  /** The words that attribute it as written ("said", "according to", "plans"). */
  cue?: string;
  /** The chain it came through ("two national security sources"). */
  via?: string;
  stance: Stance;
  subject?: string;
  text: string;
  sentence?: string;
}

/** What the extractor finds in one article. */
export interface Extraction {
  title: string;
  dek: string | null;
  published: string | null;
  author: string | null;
  outlet: string | null;
  dateline: string | null;
  url: string | null;
  people: Person[];
  organizations: Entity[];
  places: Entity[];
  dates: DateMention[];
  quotes: Quote[];
  claims: Claim[];
  warnings: string[];
}
