/**
 * Scores entity resolution across the archive: the seeds and a MEANTIME-style folder are ingested
 * and extracted in memory, resolved (src/archive/resolve), and each article's resolved entities
 * are matched to the gold entities of that article by name or alias (as meantime.ts matches).
 * MEANTIME's `instances` are corpus-level ids: one id in two articles is one entity, two ids are
 * two. Three counts:
 *   - split: gold entities named in two articles or more that end up in two resolved entities or more;
 *   - merged: resolved entities carrying the names of two gold entities;
 *   - places and organisations as people: gold places and organisations resolved as a person.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../ingest/index.js';
import { extract } from '../extract/index.js';
import { toRecord } from '../write/record.js';
import type { ArticleRecord } from '../write/schema.js';
import { entityKey } from '../archive/entities.js';
import { resolveEntities } from '../archive/resolve/index.js';
import { key } from './score.js';

interface GoldEntity {
  name: string;
  aliases: string[];
  instances?: string[];
}
interface Gold {
  people: GoldEntity[];
  organizations: GoldEntity[];
  places: GoldEntity[];
}

/** One entity of one article as a resolution gives it. */
export interface ScoredMention {
  entity: string;
  kind: 'person' | 'organization' | 'place';
  forms: string[];
}

export interface ResolutionScore {
  articles: number;
  /** Gold entities (instances) named in two articles or more, and matched in two or more. */
  multiArticle: number;
  split: { instance: string; name: string; entities: string[] }[];
  merged: { entity: string; names: string[] }[];
  placesAsPeople: { instance: string; name: string; entity: string }[];
  /** Resolved entities of the whole archive (seeds included). */
  entities: number;
}

function recordOf(dir: string, file: string): ArticleRecord {
  const doc = ingest(file, readFileSync(join(dir, file)));
  const parts = toRecord(doc, extract(doc), 'eval', file);
  return { ...parts.data, body: parts.body };
}

/** Seeds (a folder with gold.json) and a MEANTIME folder → records, and the MEANTIME gold by record index. */
export function evalArchive(seeds: string | null, meantime: string): { records: ArticleRecord[]; gold: Map<number, Gold> } {
  const records: ArticleRecord[] = [];
  if (seeds && existsSync(seeds))
    for (const f of readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .sort())
      records.push(recordOf(seeds, f));
  const gold = new Map<number, Gold>();
  const articles = join(meantime, 'articles');
  for (const f of readdirSync(articles)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const goldFile = join(meantime, 'gold', f.replace(/\.txt$/, '.json'));
    if (!existsSync(goldFile)) continue;
    gold.set(records.length, JSON.parse(readFileSync(goldFile, 'utf8')) as Gold);
    records.push(recordOf(articles, f));
  }
  return { records, gold };
}

/** Scores one resolution, given per record its entities. */
export function scoreResolution(perArticle: ScoredMention[][], gold: Map<number, Gold>, entities: number): ResolutionScore {
  const entitiesOf = new Map<string, Set<string>>();
  const goldName = new Map<string, string>();
  const articlesOf = new Map<string, Set<number>>();
  const carried = new Map<string, Set<string>>();
  const asPeople = new Map<string, { instance: string; name: string; entity: string }>();
  const formsOf = new Map<string, Set<string>>();
  for (const [i, g] of gold) {
    const all = [
      ...g.people.map((e) => ({ e, kind: 'person' })),
      ...g.organizations.map((e) => ({ e, kind: 'organization' })),
      ...g.places.map((e) => ({ e, kind: 'place' })),
    ];
    for (const { e } of all) for (const id of e.instances ?? []) (articlesOf.get(id) ?? articlesOf.set(id, new Set()).get(id)!).add(i);
    for (const m of perArticle[i] ?? []) {
      const forms = new Set(m.forms.map(key));
      for (const { e, kind } of all) {
        if (![e.name, ...e.aliases].some((f) => forms.has(key(f)))) continue;
        for (const id of e.instances ?? []) {
          goldName.set(id, e.name);
          const fs = formsOf.get(id) ?? formsOf.set(id, new Set()).get(id)!;
          for (const f of [e.name, ...e.aliases]) fs.add(key(f));
          (entitiesOf.get(id) ?? entitiesOf.set(id, new Set()).get(id)!).add(m.entity);
          (carried.get(m.entity) ?? carried.set(m.entity, new Set()).get(m.entity)!).add(id);
          if (kind !== 'person' && m.kind === 'person') asPeople.set(id, { instance: id, name: e.name, entity: m.entity });
        }
      }
    }
  }
  const multi = [...articlesOf].filter(([, a]) => a.size > 1).map(([id]) => id);
  return {
    articles: gold.size,
    multiArticle: multi.length,
    split: multi
      .filter((id) => (entitiesOf.get(id)?.size ?? 0) > 1)
      .map((id) => ({ instance: id, name: goldName.get(id)!, entities: [...entitiesOf.get(id)!].sort() }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    // Two gold entities sharing a name ("Washington" the city and the state) cannot be told apart by name.
    merged: [...carried]
      .filter(([, ids]) => [...ids].some((a) => [...ids].some((b) => a < b && ![...formsOf.get(a)!].some((f) => formsOf.get(b)!.has(f)))))
      .map(([entity, ids]) => ({ entity, names: [...ids].map((id) => goldName.get(id)!).sort() }))
      .sort((a, b) => a.entity.localeCompare(b.entity)),
    placesAsPeople: [...asPeople.values()].sort((a, b) => a.name.localeCompare(b.name)),
    entities,
  };
}

/** The archive without resolution: one entity per list and folded name, as the archive was before. */
export function unresolved(records: ArticleRecord[]): { perArticle: ScoredMention[][]; entities: number } {
  const all = new Set<string>();
  const perArticle = records.map((r) =>
    (['people', 'organizations', 'places'] as const).flatMap((list) =>
      r[list].map((e) => {
        const kind = list === 'people' ? 'person' : list === 'organizations' ? 'organization' : 'place';
        const entity = `${list}:${entityKey(e.name)}`;
        all.add(entity);
        return { entity, kind, forms: [e.name, ...e.aliases] } as ScoredMention;
      }),
    ),
  );
  return { perArticle, entities: all.size };
}

/** The archive resolved. */
export function resolved(records: ArticleRecord[]): { perArticle: ScoredMention[][]; entities: number } {
  const res = resolveEntities(records);
  const label = (i: number) => `${res.entities[i].kind}:${res.entities[i].name}`;
  return {
    perArticle: res.articles.map((list) => list.map((m) => ({ entity: label(m.entity), kind: m.kind, forms: [m.name, ...m.aliases] }))),
    entities: res.entities.length,
  };
}

export function evaluateResolution(seeds: string | null, meantime: string): { before: ResolutionScore; after: ResolutionScore } {
  const { records, gold } = evalArchive(seeds, meantime);
  const before = unresolved(records);
  const after = resolved(records);
  return { before: scoreResolution(before.perArticle, gold, before.entities), after: scoreResolution(after.perArticle, gold, after.entities) };
}
