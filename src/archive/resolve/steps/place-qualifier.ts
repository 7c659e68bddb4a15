/**
 * Archive step: a place qualified by the larger place it is in is that place ("San Jose,
 * California" / "San Jose"; "Toulouse, France" / "Toulouse"), when the qualifier is itself a place
 * of the archive.
 */
import { entityKey } from '../../entities.js';
import { noteFor, type ResolveContext, type ResolveStep } from '../context.js';

/** "Name, Qualifier": one comma. */
const QUALIFIED = /^([^,]+),\s*([^,]+)$/;

export const placeQualifier: ResolveStep = {
  name: 'place-qualifier',
  scope: 'archive',
  describes: 'a place named with and without the larger place it is in',
  run(ctx: ResolveContext) {
    const g = ctx.graph!;
    const isPlace = (n: number | undefined) => n !== undefined && g.nodes[n].votes.place.size > 0;
    g.nodes.forEach((node, n) => {
      const m = QUALIFIED.exec(node.key);
      if (!m || !isPlace(n)) return;
      const head = g.node(entityKey(m[1]));
      if (isPlace(head) && isPlace(g.node(entityKey(m[2])))) g.join(head!, n, noteFor(ctx, this.name, head!, n));
    });
  },
};
