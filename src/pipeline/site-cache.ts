/**
 * What makes the site stage incremental. Eleventy renders every page of a paginated template on
 * each build; here each page of a template paginated one item per page gets a hash of the data it
 * shows (the item, and the ids of the people, organisations, places and outlet it links to). A
 * page whose hash was rendered into the current `_site` is not rendered again: its file is linked
 * from the current site into the new one. Pages of other templates (the home page, the lists),
 * passthrough files and the search assets are rendered every time.
 *
 * A full render happens when anything that could change every page changed (the templates, the
 * site code, Eleventy's version: the fingerprint), when `_site` is not the one the manifest
 * describes, or with --force. Correctness is checked by a test that compares an incremental
 * build with a full build of the same records, byte for byte.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import { PACKAGE_ROOT } from '../paths.js';
import { hashOf, type HashPart } from '../lib/hash.js';

/** The site manifest (site.ts keeps it sealed: sealed.ts): what the published site holds. */
export const siteManifestSchema = z.object({
  fingerprint: z.string(),
  /** The published site folder this manifest describes (its name: a new folder every build). */
  stamp: z.string(),
  /** Template (relative to its folder) → page-data hash → output files (relative to `_site`). */
  pages: z.record(z.string(), z.record(z.string(), z.array(z.string()))),
  /** Search index file (relative to search-index/) → hash of its content (src/search/write.ts). */
  search: z.record(z.string(), z.string()).optional(),
  /** Bytes of the search index's files. */
  indexBytes: z.number().optional(),
  /** Files and bytes of the whole site. */
  size: z.object({ files: z.number(), bytes: z.number() }).optional(),
});
export type SiteManifest = z.infer<typeof siteManifestSchema>;

// src/ingest: its sentence splitter numbers the sentences an article page anchors.
const SITE_CODE = [
  'src/site',
  'src/archive',
  'src/search',
  'src/client',
  'src/write',
  'src/ingest',
  'src/lib',
  'src/paths.ts',
  'src/pipeline/site.ts',
  'src/pipeline/site',
  'src/pipeline/site-cache.ts',
  '.eleventy.ts',
];

function filesUnder(path: string): string[] {
  try {
    if (!statSync(path).isDirectory()) return [path];
  } catch {
    return [];
  }
  return readdirSync(path, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(path, e.name)) : [join(path, e.name)]))
    .sort();
}

/** Changes whenever a change could touch every page. */
export function siteFingerprint(templatesDir: string, pathPrefix = '/'): string {
  const parts: HashPart[] = [`prefix:${pathPrefix}\n`];
  for (const f of filesUnder(templatesDir)) {
    parts.push(`t:${relative(templatesDir, f)}\n`);
    parts.push(readFileSync(f));
  }
  for (const part of SITE_CODE) {
    for (const f of filesUnder(join(PACKAGE_ROOT, part))) {
      parts.push(`c:${relative(PACKAGE_ROOT, f)}\n`);
      parts.push(readFileSync(f));
    }
  }
  try {
    parts.push(readFileSync(join(PACKAGE_ROOT, 'node_modules', '@11ty', 'eleventy', 'package.json')));
  } catch {
    /* no version to add */
  }
  return hashOf(parts, { length: 24 });
}

/**
 * Templates whose pages can be rendered one by one: paginated one item per page, and not
 * using the pagination's neighbours (previous/next links change when other items change).
 */
export function incrementalTemplates(templatesDir: string): Set<string> {
  const out = new Set<string>();
  for (const f of filesUnder(templatesDir)) {
    if (!f.endsWith('.njk')) continue;
    const rel = relative(templatesDir, f);
    if (rel.startsWith('_')) continue;
    let parsed: matter.GrayMatterFile<string>;
    try {
      parsed = matter(readFileSync(f, 'utf8'));
    } catch {
      continue;
    }
    const p = (parsed.data as { pagination?: { size?: number; data?: unknown } }).pagination;
    if (!p || typeof p.data !== 'string' || (p.size ?? 1) !== 1) continue;
    if (/\bpagination\./.test(parsed.content)) continue;
    out.add(rel);
  }
  return out;
}

type KeyIds = Map<string, string>;

/** An article as the pages name it (entities.ts ArticleRef) and the hash of its record file, which stands for it. */
interface RecordRef {
  hash: string;
  title: unknown;
  published: unknown;
  outlet: unknown;
}

/** What page hashes look up: each entity list's folded names → page ids, and each article's record hash by id. */
export interface PageHashIds {
  entities: Record<string, KeyIds>;
  records: Map<string, RecordRef>;
}

/** The folded-name → page-id maps of the archive's entity lists, and its articles' record hashes; made once per build. */
export function entityIds(archive: unknown, fold: (name: string) => string): PageHashIds {
  const out: PageHashIds = { entities: {}, records: new Map() };
  if (!archive || typeof archive !== 'object') return out;
  for (const list of ['people', 'organizations', 'places', 'outlets']) {
    const entities = (archive as Record<string, unknown>)[list];
    if (!Array.isArray(entities)) continue;
    const m: KeyIds = new Map();
    for (const e of entities as { id?: unknown; name?: unknown; key?: unknown }[]) {
      if (typeof e?.id !== 'string') continue;
      const key = typeof e.key === 'string' ? e.key : typeof e.name === 'string' ? fold(e.name) : null;
      if (key) m.set(key, e.id);
    }
    out.entities[list] = m;
  }
  const articles = (archive as { articles?: unknown }).articles;
  if (Array.isArray(articles)) {
    for (const a of articles as { id?: unknown; contentHash?: unknown; title?: unknown; published?: unknown; outlet?: unknown }[]) {
      if (typeof a?.id === 'string' && typeof a.contentHash === 'string')
        out.records.set(a.id, { hash: a.contentHash, title: a.title, published: a.published, outlet: a.outlet });
    }
  }
  return out;
}

/**
 * Fields of an article's facts that its record file alone decides (a quote's or claim's words, the
 * sentences naming a person, their anchors): the record's content hash stands for them, so a page
 * hash need not read them again. What the archive adds (resolved names, ids, roles) stays.
 */
const RECORD_TEXT_FIELDS = new Set(['text', 'sentence', 'sentences', 'anchor']);
/** An article reference's fields, which its record decides. */
const REF_FIELDS = new Set(['id', 'title', 'published', 'outlet']);

/** The record of an article reference: an object whose id, title, publication date and outlet are an article's. */
function recordOf(o: Record<string, unknown>, records: Map<string, RecordRef>): RecordRef | undefined {
  if (typeof o.id !== 'string' || !('title' in o)) return undefined;
  const r = records.get(o.id);
  return r && o.title === r.title && o.published === r.published && o.outlet === r.outlet ? r : undefined;
}

/** A record's file path is not shown on its page. */
const NOT_SHOWN = new Set(['path']);

function withoutRecordText(list: unknown): unknown {
  if (!Array.isArray(list)) return list;
  return list.map((item) => {
    if (!item || typeof item !== 'object') return item;
    const out: Record<string, unknown> = {};
    for (const k in item) if (!RECORD_TEXT_FIELDS.has(k)) out[k] = (item as Record<string, unknown>)[k];
    return out;
  });
}

/**
 * What a page hash reads of a value: the value itself, less what a record's hash stands for. An
 * article reference (an object whose id, title, publication date and outlet are an article's) is
 * its record's hash; an object that carries an `article` reference leaves out the fields that come
 * from that article's record file (RECORD_TEXT_FIELDS; tests/pipeline/site-cache.test.ts checks,
 * over a real archive, that each such text is in that record). Objects and arrays with nothing to
 * leave out are the value's own, not copies. Hashing the page data of 10,000 generated articles took
 * 1.4 s this way against 2.3 s for JSON.stringify of it whole (one process, a loaded machine).
 */
function reduced(value: unknown, records: Map<string, RecordRef>, skip?: Set<string>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      const r = v !== null && typeof v === 'object' ? reduced(v, records) : v;
      if (r !== v && out === null) out = value.slice(0, i);
      if (out !== null) out.push(r);
    }
    return out ?? value;
  }
  const o = value as Record<string, unknown>;
  const ref = recordOf(o, records);
  const carried = o.article && typeof o.article === 'object' && recordOf(o.article as Record<string, unknown>, records) !== undefined;
  let changed = Boolean(ref || carried || skip);
  const out: Record<string, unknown> = ref ? { '@': ref.hash } : {};
  for (const k in o) {
    if ((ref && REF_FIELDS.has(k)) || (carried && RECORD_TEXT_FIELDS.has(k)) || skip?.has(k)) continue;
    const v = o[k];
    const r = v !== null && typeof v === 'object' ? reduced(v, records) : v;
    if (r !== v) changed = true;
    out[k] = r;
  }
  return changed ? out : o;
}

/** The data one page shows: the item itself, and for a record the pages of the names it links. */
export function pageHash(item: unknown, ids: PageHashIds, fold: (name: string) => string): string {
  const parts: string[] = [];
  const page = item as {
    contentHash?: unknown;
    related?: unknown;
    story?: unknown;
    previous?: unknown;
    next?: unknown;
    facts?: Record<string, unknown>;
  } | null;
  if (page && typeof page === 'object' && typeof page.contentHash === 'string') {
    // An article: everything its page shows comes from its record file (its text's hash stands for
    // it, and for the dates, quotes and anchors computed from it), its related articles, its story,
    // its previous and next articles, and its people, organisations and places as resolved across
    // the archive (names, types, pages).
    const f = page.facts;
    parts.push(
      JSON.stringify(
        reduced(
          {
            record: page.contentHash,
            related: page.related,
            story: page.story,
            sequence: [page.previous, page.next],
            entities: f ? [f.people, f.organizations, f.places, f.quotes, f.claims].map(withoutRecordText) : null,
          },
          ids.records,
        ),
      ),
    );
  } else {
    // A replacer function would make JSON.stringify several times slower: every key of every item goes through it.
    parts.push(JSON.stringify(reduced(item, ids.records, NOT_SHOWN)) ?? 'null');
  }
  if (item && typeof item === 'object' && 'source' in item) {
    const r = item as { people?: { name: string }[]; organizations?: { name: string }[]; places?: { name: string }[]; outlet?: string | null };
    const links: string[] = [];
    for (const list of ['people', 'organizations', 'places'] as const) {
      for (const e of r[list] ?? []) links.push(`${list}:${ids.entities[list]?.get(fold(e.name)) ?? ''}`);
    }
    if (r.outlet) links.push(`outlets:${ids.entities.outlets?.get(fold(r.outlet)) ?? ''}`);
    parts.push('\n' + links.join('\n'));
  }
  return hashOf(parts, { length: 32 });
}
