/** Ingested document + extraction → the record written to content/articles/<id>.md. */
import type { Entity, Extraction, IngestedDoc, Sentence } from '../types.js';
import type { RecordData } from './schema.js';
import { bodyHash, indexesOf } from '../model/evidence.js';
import { recordId } from './slug.js';
import { paragraphsToMarkdown } from './markdown.js';

export interface RecordParts {
  data: RecordData;
  body: string;
  boilerplate: string | null;
}

/** An entity with the body index of each of its evidence sentences. */
function withIndexes<E extends Entity>(entity: E, sentences: Sentence[]): E {
  return { ...entity, sentenceIndexes: indexesOf(entity.sentences, sentences) };
}

/**
 * The record of an extraction. Its items keep their evidence sentences by text and by index in
 * the body (the extractors give dates, quotes and claims theirs; entities' are their evidence
 * texts' places among the body's sentences), and `source.body` hashes the body they index.
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
    people: x.people.map((p) => withIndexes(p, doc.sentences)),
    organizations: x.organizations.map((o) => withIndexes(o, doc.sentences)),
    places: x.places.map((p) => withIndexes(p, doc.sentences)),
    dates: x.dates,
    quotes: x.quotes,
    claims: x.claims,
    warnings: x.warnings,
  };
  return { data, body, boilerplate: doc.boilerplate };
}
