/**
 * Record → the document Lunr indexes.
 * Lunr's tokenizer splits on hyphens, so ISO dates are indexed in a compact form:
 * 2021-09-24 → "20210924 202109 2021" (day, month, year), and queries are rewritten the same way.
 * The publication date and the dates the text mentions are two fields, so a date query finds both
 * while a range filter can ask for one of them.
 */
import type { ArticleRecord } from '../write/schema.js';
import { anchorNumber, encodeStarts } from '../lib/anchors.js';
import { plainText } from '../write/markdown.js';

/** What the search index reads of a record. */
export type SearchRecord = Pick<ArticleRecord, 'id' | 'title' | 'body' | 'published' | 'outlet'> & {
  /** Stands for the record's content (src/site/records.ts): keys the index's cached analysis. */
  contentHash?: string;
  people: { name: string; aliases: string[] }[];
  organizations: { name: string; aliases: string[] }[];
  places: { name: string; aliases: string[] }[];
  dates: { value: string; end?: string | null; text?: string; anchor?: number | null }[];
  /** Where each body sentence (`#s-N`) starts in plainText(body); -1 when not found (anchors.ts). */
  starts?: number[];
  /** Its body was left out (''): the index process's analysis cache holds its analysis and text (index-job.ts). */
  analysed?: true;
};

/** The part of a record the search index reads (what the build hands to the index process). */
export function searchRecord(r: ArticleRecord & { contentHash?: string }, anchors?: { starts: number[]; dates: (string | null)[] }): SearchRecord {
  const names = (list: { name: string; aliases: string[] }[]) => list.map((e) => ({ name: e.name, aliases: e.aliases }));
  return {
    id: r.id,
    title: r.title,
    body: r.body,
    published: r.published,
    outlet: r.outlet,
    ...(r.contentHash ? { contentHash: r.contentHash } : {}),
    people: names(r.people),
    organizations: names(r.organizations),
    places: names(r.places),
    dates: r.dates.map((d, i) => ({
      value: d.value,
      ...(d.end ? { end: d.end } : {}),
      ...(anchors ? { text: d.text, anchor: anchorNumber(anchors.dates[i]) } : {}),
    })),
    ...(anchors ? { starts: anchors.starts } : {}),
  };
}

export interface SearchDocument {
  id: string;
  title: string;
  body: string;
  people: string;
  organizations: string;
  places: string;
  published: string;
  dates: string;
  outlet: string;
}

/** What a result shows, loaded only when the result is shown: the whole text, for the snippet. */
export interface DocFragment {
  id: string;
  title: string;
  published: string | null;
  outlet: string | null;
  people: string[];
  text: string;
  /** Where each body sentence starts in `text`, delta-coded (anchors.ts encodeStarts): sentence N is `#s-N`. */
  s?: number[];
  /** The mentioned dates in a body sentence: [as written, value, end or '', sentence number]. */
  dt?: [string, string, string, number][];
  /** Organisations and places named (people are in `people`). */
  org?: string[];
  pl?: string[];
  /** The popularity band (facets.ts) of the people, organisations and places, in the order of `people`, `org`, `pl`. */
  b?: [number[], number[], number[]];
  /** 1 when `text` is the opening only: the rest is in x/<N>.json. */
  more?: 1;
}

const ISO_VALUE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** "2021-09-24" → ["20210924", "202109", "2021"]. */
export function dateTokens(value: string): string[] {
  const m = ISO_VALUE.exec(value);
  if (!m) return [];
  const out = [m[1]];
  if (m[2]) out.unshift(m[1] + m[2]);
  if (m[3]) out.unshift(m[1] + m[2] + m[3]);
  return out;
}

export { plainText } from '../write/markdown.js';

function names(list: { name: string; aliases: string[] }[]): string {
  return list.flatMap((e) => [e.name, ...e.aliases]).join(' ; ');
}

/** The document Lunr indexes for a record (`text`: the plain text of its body, when already made). */
export function toSearchDocument(r: SearchRecord, text = plainText(r.body)): SearchDocument {
  const values = r.dates.flatMap((d) => (d.end ? [d.value, d.end] : [d.value]));
  const tokens = [...new Set(values.flatMap(dateTokens))];
  return {
    id: r.id,
    title: r.title,
    body: text,
    people: names(r.people),
    organizations: names(r.organizations),
    places: names(r.places),
    published: r.published ? dateTokens(r.published).join(' ') : '',
    dates: tokens.join(' '),
    outlet: r.outlet ?? '',
  };
}

export function toDocFragment(r: SearchRecord, text = plainText(r.body)): DocFragment {
  const fragment: DocFragment = { id: r.id, title: r.title, published: r.published, outlet: r.outlet, people: r.people.map((p) => p.name), text };
  if (!r.starts) return fragment;
  fragment.s = encodeStarts(r.starts);
  const dates = r.dates.filter((d) => d.text && d.anchor).map((d): [string, string, string, number] => [d.text!, d.value, d.end ?? '', d.anchor!]);
  if (dates.length) fragment.dt = dates;
  return fragment;
}
