/** Ingested document + extraction → the record written to content/articles/<id>.md. */
import type { Extraction, IngestedDoc } from '../types.js';
import type { RecordData } from './schema.js';
import { bodyHash } from '../model/evidence.js';
import { recordId } from './slug.js';
import { paragraphsToMarkdown } from './markdown.js';

export interface RecordParts {
  data: RecordData;
  body: string;
  boilerplate: string | null;
}

/**
 * The record of an extraction. Its items keep their evidence sentences by text and by index in
 * the body (as the extractors give them), and `source.body` hashes the body those indexes count.
 */
export function toRecord(doc: IngestedDoc, x: Extraction, extractor: string, sourceName: string): RecordParts {
  const body = paragraphsToMarkdown(doc.paragraphs);
  const data: RecordData = {
    id: recordId(x.published, x.title),
    title: x.title,
    dek: x.dek,
    published: x.published,
    author: x.author,
    outlet: x.outlet,
    dateline: x.dateline,
    url: x.url,
    source: { file: sourceName, sha256: doc.sha256, extractor, body: bodyHash(body) },
    people: x.people,
    organizations: x.organizations,
    places: x.places,
    dates: x.dates,
    quotes: x.quotes,
    claims: x.claims,
    warnings: x.warnings,
  };
  return { data, body, boilerplate: doc.boilerplate };
}
