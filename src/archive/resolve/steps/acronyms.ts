/**
 * Archive step: an acronym is its expansion when an article gives the pair, as an alias
 * ("United Auto Workers", alias "UAW") or in a sentence ("European Union (EU)"), and all the
 * articles that pair it name one entity. An acronym paired with two entities joins neither and is
 * a "may be" of both.
 */
import { entityKey } from '../../entities.js';
import { noteFor, type ResolveContext, type ResolveStep } from '../context.js';
import { liveMentions } from '../graph.js';
import { isInitialsOf } from '../names.js';

/** "Expansion Words (ACR)" in a sentence: capitalised words (with "of", "and", "&") then an acronym in brackets. */
const EXPANSION_THEN_ACRONYM = /((?:[A-Z][\p{L}.&'-]*)(?: (?:of|the|and|for|&|[A-Z][\p{L}.&'-]*)){1,7}) \(([A-Z][A-Za-z.&]{1,9})\)/gu;

interface Pair {
  acronym: string;
  expansion: string;
  article: number;
  sentence?: string;
}

/** The "Expansion (ACR)" pairs a sentence writes ("the European Union (EU)" → EU, European Union). */
function pairsInSentence(s: string): { acronym: string; expansion: string }[] {
  const out: { acronym: string; expansion: string }[] = [];
  for (const hit of s.matchAll(EXPANSION_THEN_ACRONYM)) {
    // The expansion may start with words before the name ("the European Union (EU)").
    const ws = hit[1].split(' ');
    for (let i = 0; i < ws.length - 1; i++) {
      const expansion = ws.slice(i).join(' ');
      if (isInitialsOf(hit[2], expansion)) {
        out.push({ acronym: hit[2], expansion });
        break;
      }
    }
  }
  return out;
}

/**
 * The pairs an article gives: an alias that is the initials of its name (or the reverse), and the
 * pairs its sentences write. A sentence is read once, however many of the article's entities it
 * is evidence for (the same pair found again would change nothing: the first pair of an acronym
 * is its evidence, and only the set of its expansions counts).
 */
function pairsOf(ctx: ResolveContext, article: number): Pair[] {
  const out: Pair[] = [];
  const read = new Set<string>();
  for (const m of liveMentions(ctx, article)) {
    for (const a of m.aliases) {
      if (isInitialsOf(a, m.name)) out.push({ acronym: a, expansion: m.name, article, sentence: m.sentences[0] });
      else if (isInitialsOf(m.name, a)) out.push({ acronym: m.name, expansion: a, article, sentence: m.sentences[0] });
    }
    for (const s of m.sentences) {
      if (read.has(s)) continue;
      read.add(s);
      for (const p of pairsInSentence(s)) out.push({ ...p, article, sentence: s });
    }
  }
  return out;
}

export const acronyms: ResolveStep = {
  name: 'acronym',
  scope: 'archive',
  describes: 'an acronym and its expansion, paired by an article',
  run(ctx: ResolveContext) {
    const g = ctx.graph!;
    const byAcronym = new Map<number, Pair[]>();
    ctx.records.forEach((_, article) => {
      for (const p of pairsOf(ctx, article)) {
        const a = g.node(entityKey(p.acronym));
        const e = g.node(entityKey(p.expansion));
        if (a === undefined || e === undefined) continue;
        const list = byAcronym.get(a) ?? [];
        list.push(p);
        byAcronym.set(a, list);
      }
    });
    for (const [a, pairs] of byAcronym) {
      const expansions = [...new Set(pairs.map((p) => g.node(entityKey(p.expansion))!))];
      const clusters = new Set(expansions.map((e) => g.find(e)));
      if (clusters.size > 1) {
        for (const e of expansions) g.maybe.push([a, e, this.name]);
        continue;
      }
      const p = pairs[0];
      const note = noteFor(ctx, this.name, expansions[0], a);
      note.evidence = [{ article: ctx.records[p.article].id, ...(p.sentence ? { sentence: p.sentence } : {}) }];
      g.join(expansions[0], a, note);
    }
  },
};
