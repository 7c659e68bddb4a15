/** Builds an ingested article from a title, a date line and body paragraphs, and runs the names extractor. */
import { ingest } from '../../../src/ingest/index.js';
import { extractEntities } from '../../../src/extract/entities/index.js';
import type { IngestedDoc } from '../../../src/types.js';

export function doc(body: string[], title = 'Untitled report', date = 'March 23, 2023'): IngestedDoc {
  return ingest('test.txt', Buffer.from(`${title}\n\n${date}\n\n${body.join('\n\n')}\n`));
}

export function names(body: string[], title?: string) {
  const r = extractEntities(doc(body, title));
  return {
    people: r.people.map((p) => p.name).sort(),
    organizations: r.organizations.map((o) => o.name).sort(),
    places: r.places.map((p) => p.name).sort(),
    raw: r,
  };
}
