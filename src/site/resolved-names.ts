/** Each record's people, organisations and places as resolved across the archive, as the search index reads them. */
import type { Resolution } from '../archive/resolve/index.js';
import type { ResolvedNames, SearchRecord } from '../search/documents.js';
import { hashOf } from '../lib/hash.js';

/** Each record's names as resolved across the archive (in archive order, as the resolution's articles are): each under its entity's name, the article's own forms as aliases. */
export function resolvedNames(resolution: Resolution): ResolvedNames[] {
  return resolution.articles.map((mentions) => {
    const lists = { person: [] as SearchRecord['people'], organization: [] as SearchRecord['people'], place: [] as SearchRecord['people'] };
    for (const m of mentions) {
      const e = resolution.entities[m.entity];
      lists[e.kind].push({ name: e.name, aliases: [m.name, ...m.aliases].filter((a) => a !== e.name) });
    }
    return { people: lists.person, organizations: lists.organization, places: lists.place };
  });
}

/**
 * The search record with its names as resolved across the archive. The content hash that keys the
 * index's cached analysis covers the resolved names.
 */
export function withResolvedNames(base: SearchRecord, names: ResolvedNames): SearchRecord {
  const lists = { person: names.people, organization: names.organizations, place: names.places };
  const hash = hashOf(JSON.stringify(lists), { encoding: 'base64url', length: 12 });
  return {
    ...base,
    ...(base.contentHash ? { contentHash: `${base.contentHash}.${hash}` } : {}),
    people: names.people,
    organizations: names.organizations,
    places: names.places,
  };
}
