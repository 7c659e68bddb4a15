/** The resolved entities as the site lists them, and the outlets. */
import type { ArticleRecord } from '../../write/schema.js';
import { aggregate, byPublishedDesc, entityKey, refOf, stableIds, type ArchiveEntity } from '../entities.js';
import { RULES, type Resolution } from '../resolve/index.js';
import type { EntityRef } from '../articles.js';
import { coMentions, type CoMentioned } from '../entity-activity.js';
import type { ArchiveRun } from './run.js';

/** Where each type's pages are. */
export const PAGE_BASE: Record<EntityRef['kind'], string> = { person: '/people/', organization: '/organisations/', place: '/places/' };

/** Lists the resolved people, organisations and places, each with its stable page id. */
export function entityPages(run: ArchiveRun): void {
  const { sorted, res } = run;
  const refs = entityRefs(res);
  const lists: Record<EntityRef['kind'], ArchiveEntity[]> = { person: [], organization: [], place: [] };
  const together = coMentions(res);
  res.entities.forEach((e, i) => lists[e.kind].push(listedEntity(sorted, res, refs, together, i)));
  run.lists = lists;
  run.refs = refs;
}

/** Lists the outlets, with their articles. */
export function outlets(run: ArchiveRun): void {
  run.outlets = aggregate(run.sorted, (r) => (r.outlet ? [{ name: r.outlet }] : []));
}

/**
 * Each resolved entity's page (by index): its stable id among the entities of its type. The id
 * comes from the entity's id name (resolve/index.ts idNode: its first-seen full name), not its
 * display name, so it stays when another spelling becomes the commoner one. Two entities with one
 * id name (an editor's split) are told apart by their names' keys.
 */
function entityRefs(res: Resolution): EntityRef[] {
  const refs: EntityRef[] = [];
  for (const kind of ['person', 'organization', 'place'] as const) {
    const mine = res.entities.map((e, i) => ({ e, i })).filter((x) => x.e.kind === kind);
    const used = new Set<string>();
    const keyOf = new Map<number, string>();
    for (const { e, i } of mine) {
      let k = entityKey(e.idName);
      if (used.has(k)) k = [k, ...e.aliases.map(entityKey)].join(' ~ ');
      used.add(k);
      keyOf.set(i, k);
    }
    const ids = stableIds(mine.map(({ e, i }) => ({ key: keyOf.get(i)!, name: e.idName })));
    for (const { i } of mine) refs[i] = { kind, id: ids.get(keyOf.get(i)!)! };
  }
  return refs;
}

/** Resolved entity i as the site lists it: its names, articles, why its names are one, who it may be and who is named with it. */
function listedEntity(sorted: ArticleRecord[], res: Resolution, refs: EntityRef[], together: CoMentioned[][], i: number): ArchiveEntity {
  const e = res.entities[i];
  const href = (m: number) => PAGE_BASE[res.entities[m].kind] + refs[m].id + '/';
  return {
    id: refs[i].id,
    key: entityKey(e.name),
    name: e.name,
    aliases: e.aliases,
    roles: e.roles,
    mentions: e.mentions,
    articles: e.articles.map((a) => refOf(sorted[a])).sort(byPublishedDesc),
    why: e.notes
      .filter((n) => entityKey(n.names[0]) !== entityKey(n.names[1]))
      .map((n) => ({ rule: n.rule, describes: RULES[n.rule] ?? n.rule, names: n.names, evidence: n.evidence })),
    maybeAlso: e.maybe.map((m) => ({ id: refs[m].id, name: res.entities[m].name, href: href(m) })),
    together: together[i].map((t) => ({
      name: res.entities[t.entity].name,
      href: href(t.entity),
      kind: res.entities[t.entity].kind,
      count: t.count,
    })),
  };
}
