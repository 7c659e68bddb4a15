/** The resolved entities as the site lists them, and the outlets. */
import type { ArticleRecord } from '../../write/schema.js';
import { aggregate, byPublishedDesc, entityKey, refOf, stableIds, type ArchiveEntity } from '../entities.js';
import { RULES, type Resolution } from '../resolve/index.js';
import type { EntityRef } from '../articles.js';
import { coMentions } from '../entity-activity.js';
import type { ArchiveRun } from './run.js';

/** Where each type's pages are. */
export const PAGE_BASE: Record<EntityRef['kind'], string> = { person: '/people/', organization: '/organisations/', place: '/places/' };

/** Lists the resolved people, organisations and places, each with its stable page id. */
export function entityPages(run: ArchiveRun): void {
  const { lists, refs } = entityLists(run.sorted, run.res);
  run.lists = lists;
  run.refs = refs;
}

/** Lists the outlets, with their articles. */
export function outlets(run: ArchiveRun): void {
  run.outlets = aggregate(run.sorted, (r) => (r.outlet ? [{ name: r.outlet }] : []));
}

/** The resolved entities as the site lists them: one list per type, each entity with its stable page id. */
function entityLists(sorted: ArticleRecord[], res: Resolution): { lists: Record<EntityRef['kind'], ArchiveEntity[]>; refs: EntityRef[] } {
  const lists: Record<EntityRef['kind'], ArchiveEntity[]> = { person: [], organization: [], place: [] };
  const refs: EntityRef[] = [];
  for (const kind of ['person', 'organization', 'place'] as const) {
    const mine = res.entities.map((e, i) => ({ e, i })).filter((x) => x.e.kind === kind);
    // The id comes from the entity's id name (resolve/index.ts idNode: its first-seen full name),
    // not its display name, so it stays when another spelling becomes the commoner one. Two
    // entities with one id name (an editor's split) are told apart by their names' keys.
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
  const together = coMentions(res);
  res.entities.forEach((e, i) => {
    lists[e.kind].push({
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
      maybeAlso: e.maybe.map((m) => ({ id: refs[m].id, name: res.entities[m].name, href: PAGE_BASE[res.entities[m].kind] + refs[m].id + '/' })),
      together: together[i].map((t) => ({
        name: res.entities[t.entity].name,
        href: PAGE_BASE[res.entities[t.entity].kind] + refs[t.entity].id + '/',
        kind: res.entities[t.entity].kind,
        count: t.count,
      })),
    });
  });
  return { lists, refs };
}
