/**
 * Page hashes (src/pipeline/site-cache.ts): a page is rendered again only when its hash changes, so
 * the hash must read everything the page shows. It leaves out what a record's hash stands for; this
 * checks that shortcut over a real archive (the seeds and the 120 MEANTIME articles: MEANTIME corpus,
 * Minard et al. 2016, Wikinews, CC BY 4.0), and that the hash moves with what the archive adds.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { extract } from '../../src/extract/index.js';
import { toRecord } from '../../src/write/record.js';
import { toMarkdown, parseRecord } from '../../src/write/markdown.js';
import { buildArchive, type Archive } from '../../src/archive/index.js';
import { entityKey } from '../../src/archive/entities.js';
import { entityIds, pageHash, type PageHashIds } from '../../src/pipeline/site-cache.js';
import { hashOf } from '../../src/lib/hash.js';
import type { SiteRecord } from '../../src/site/records.js';
import { SEEDS, SEED_FILES, MEANTIME } from '../helpers/project.js';

/** Records as the site reads them: parsed from their Markdown, with the hash of that text. */
function siteRecords(dir: string, files: string[]): SiteRecord[] {
  return files.map((f) => {
    const doc = ingest(f, readFileSync(join(dir, f)));
    const parts = toRecord(doc, extract(doc), 'test', f);
    const text = toMarkdown(parts.data, parts.body, parts.boilerplate);
    return { ...parseRecord(`${parts.data.id}.md`, text), contentHash: hashOf(text, { length: 27 }) };
  });
}

/** The lists the one-item-per-page templates paginate (templates/**: `pagination.data`). */
const PAGE_LISTS = ['articles', 'people', 'feedPeople', 'organizations', 'places', 'outlets', 'timeline', 'claimYears', 'stories', 'months', 'years'] as const;
const RECORD_TEXT_FIELDS = ['text', 'sentence', 'sentences'];

/** Every object under a value, with the value itself. */
function* objectsIn(value: unknown): Generator<Record<string, unknown>> {
  if (!value || typeof value !== 'object') return;
  if (!Array.isArray(value)) yield value as Record<string, unknown>;
  for (const v of Object.values(value)) yield* objectsIn(v);
}

/** Every string under a value but the anchors (computed from the record: src/archive/articles.ts articleAnchors). */
function textsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'anchor' ? [] : textsIn(v)));
}

describe('page hashes', () => {
  let records: SiteRecord[];
  let archive: Archive;
  let ids: PageHashIds;
  beforeAll(() => {
    const meantime = join(MEANTIME, 'articles');
    records = [
      ...siteRecords(SEEDS, SEED_FILES),
      ...siteRecords(
        meantime,
        readdirSync(meantime)
          .filter((f) => f.endsWith('.txt'))
          .sort(),
      ),
    ];
    archive = buildArchive(records);
    ids = entityIds(archive, entityKey);
  }, 120_000);

  it('leave out only texts that come from the record of the article an item carries', () => {
    const byId = new Map(records.map((r) => [r.id, JSON.stringify(r)]));
    let checked = 0;
    for (const list of PAGE_LISTS) {
      for (const o of objectsIn(archive[list])) {
        const ref = o.article as { id?: string; title?: string } | undefined;
        if (!ref || typeof ref !== 'object' || typeof ref.id !== 'string') continue;
        const record = byId.get(ref.id);
        expect(record, `${list}: article ${ref.id}`).toBeDefined();
        for (const field of RECORD_TEXT_FIELDS) {
          for (const text of textsIn(o[field])) {
            expect(record!.includes(JSON.stringify(text).slice(1, -1)), `${list}: "${text}" of ${ref.id}`).toBe(true);
            checked++;
          }
        }
      }
    }
    // Quotes, claims, dated mentions and the sentences naming people, across the archive's pages.
    expect(checked).toBeGreaterThan(2000);
  });

  it('are the same for the same data, and change with what the archive adds to a page', () => {
    const person = archive.people.find((p) => p.articles.length >= 2 && p.roles.length > 0)!;
    const h = pageHash(person, ids, entityKey);
    expect(pageHash(structuredClone(person), ids, entityKey)).toBe(h);
    expect(pageHash({ ...person, roles: [...person.roles, 'mayor'] }, ids, entityKey)).not.toBe(h);
    expect(pageHash({ ...person, articles: person.articles.slice(1) }, ids, entityKey)).not.toBe(h);
    // An article the page lists whose title no longer is its record's: read whole, so it shows.
    const retitled = { ...person, articles: [{ ...person.articles[0], title: 'Another title' }, ...person.articles.slice(1)] };
    expect(pageHash(retitled, ids, entityKey)).not.toBe(h);
  });

  it('change when the record of an article a page lists changes', () => {
    const withRecord = (id: string, hash: string): PageHashIds => {
      const records = new Map(ids.records);
      records.set(id, { ...records.get(id)!, hash });
      return { ...ids, records };
    };
    const org = archive.organizations.find((o) => o.articles.length >= 2)!;
    expect(pageHash(org, withRecord(org.articles[1].id, 'another record'), entityKey)).not.toBe(pageHash(org, ids, entityKey));
    // A year of the timeline: its mentions' words come from their records.
    const year = archive.timeline[0];
    const entry = year.months[0].entries[0];
    expect(pageHash(year, withRecord(entry.article.id, 'another record'), entityKey)).not.toBe(pageHash(year, ids, entityKey));
  });
});
