/**
 * Archive step, after the joins: an alias an article gives an entity that is the name of another
 * entity of the archive is taken off ("Apple Stores" with alias "Apple", "US Treasury" with alias
 * "US"), and so is one that lists another entity after a comma ("France, Germany"): an alias never
 * joins two entities, and a page never lists another entity's name as its own.
 */
import { entityKey } from '../../entities.js';
import type { ResolveContext, ResolveStep } from '../context.js';
import { liveMentions } from '../graph.js';

/** "Name, Other name": what follows the last comma. */
const AFTER_COMMA = /,\s*([^,]+)$/;

export const aliasCheck: ResolveStep = {
  name: 'alias-check',
  scope: 'archive',
  describes: 'an alias that names another entity is not this one',
  run(ctx: ResolveContext) {
    const g = ctx.graph!;
    ctx.records.forEach((_, article) => {
      for (const m of liveMentions(ctx, article)) {
        if (!m.aliases.length) continue;
        const own = g.find(g.nodeOf.get(m.key)!);
        const other = (name: string) => {
          const n = g.nodeOf.get(entityKey(name));
          return n !== undefined && g.find(n) !== own;
        };
        m.aliases = m.aliases.filter((a) => {
          const after = AFTER_COMMA.exec(a);
          return !other(a) && !(after && other(after[1]));
        });
      }
    });
  },
};
