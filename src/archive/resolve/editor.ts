/**
 * The editors' operations of `content/entities.yml` (read and checked by entities-file.ts) as
 * resolution steps: reassign first among the article steps, apart before the merge rules, merge
 * after them, retype and rename last.
 */
import { entityKey } from '../entities.js';
import type { ResolveContext, ResolveStep } from './context.js';
import { liveMentions } from './graph.js';

/** Article step, first: "split: {name, articles, to}" gives the name in those articles to another entity. */
export const editorReassign: ResolveStep = {
  name: 'editor',
  scope: 'article',
  describes: 'an editor said so in content/entities.yml',
  run(ctx: ResolveContext) {
    const byId = new Map(ctx.records.map((r, i) => [r.id, i]));
    for (const op of ctx.editor) {
      if (!('split' in op) || !('articles' in op.split)) continue;
      const { name: from, articles, to } = op.split;
      let done = 0;
      for (const id of articles) {
        const article = byId.get(id);
        if (article === undefined) {
          ctx.issues.push(`split "${from}": no article ${id}`);
          continue;
        }
        for (const m of liveMentions(ctx, article)) {
          if (m.key !== entityKey(from) && !m.aliases.some((a) => entityKey(a) === entityKey(from))) continue;
          if (m.key === entityKey(from) && !m.aliases.includes(m.name)) m.aliases.push(m.name);
          m.name = to;
          m.key = entityKey(to);
          done++;
        }
      }
      if (!done) ctx.issues.push(`split "${from}": not named in the articles given`);
    }
  },
};

/** Archive step, before the rules: "split: {name, from}" keeps two names apart. */
export const editorApart: ResolveStep = {
  name: 'editor',
  scope: 'archive',
  describes: 'an editor said so in content/entities.yml',
  run(ctx: ResolveContext) {
    const g = ctx.graph!;
    for (const op of ctx.editor) {
      if (!('split' in op) || !('from' in op.split)) continue;
      if (g.node(op.split.name) === undefined || g.node(op.split.from) === undefined)
        ctx.issues.push(`split "${op.split.name}" from "${op.split.from}": a name is not in the archive`);
      g.keepApart(op.split.name, op.split.from);
    }
  },
};

/** Archive step, after the rules: "merge" joins the names given, whatever the rules said. */
export const editorMerge: ResolveStep = {
  name: 'editor',
  scope: 'archive',
  describes: 'an editor said so in content/entities.yml',
  run(ctx: ResolveContext) {
    const g = ctx.graph!;
    for (const op of ctx.editor) {
      if (!('merge' in op)) continue;
      const nodes = op.merge.map((n) => g.node(n));
      const missing = op.merge.filter((_, i) => nodes[i] === undefined);
      if (missing.length) ctx.issues.push(`merge: ${missing.map((m) => `"${m}"`).join(', ')} not in the archive`);
      const found = nodes.filter((n): n is number => n !== undefined);
      for (const n of found.slice(1)) {
        const note = { rule: 'editor', names: [g.spelling(found[0]), g.spelling(n)] as [string, string], evidence: [] };
        if (!g.join(found[0], n, note, false, true)) ctx.issues.push(`merge "${g.spelling(found[0])}" with "${g.spelling(n)}": kept apart by a split`);
      }
    }
  },
};

/** Last: "retype" and "rename" set an entity's type and the name its page shows. */
export const editorRetypeRename: ResolveStep = {
  name: 'editor',
  scope: 'archive',
  describes: 'an editor said so in content/entities.yml',
  run(ctx: ResolveContext) {
    const g = ctx.graph!;
    for (const op of ctx.editor) {
      if ('retype' in op) {
        const n = g.node(op.retype.name);
        if (n === undefined) ctx.issues.push(`retype "${op.retype.name}": not in the archive`);
        else ctx.kinds.set(g.find(n), op.retype.to);
      } else if ('rename' in op) {
        const n = g.node(op.rename.from);
        if (n === undefined) ctx.issues.push(`rename "${op.rename.from}": not in the archive`);
        else ctx.names.set(g.find(n), op.rename.to);
      }
    }
  },
};
