/**
 * Article step: an alias the article gives an entity stays only when it fits the name (a part of
 * it, the name within it, the same core without legal form, initials, a compatible full name). An
 * alias that fits none of these and is itself the name of another entity in the archive was joined
 * by mistake ("Apple Inc." with alias "Apple Corps"; "Europe" with alias "US"): it is taken off
 * and becomes that entity's mention in the article.
 */
import { entityKey } from '../../entities.js';
import { addMention, knownKind, type ResolveContext, type ResolveStep } from '../context.js';
import { liveMentions, type Kind } from '../graph.js';
import { compatiblePersons, isInitialsOf, looseKey, orgCore, personParts, words, wordsWithin } from '../names.js';

function wordPrefix(part: string, whole: string): boolean {
  const p = words(part);
  const w = words(whole);
  return p.length > 0 && p.length <= w.length && p.every((x, i) => w[i] === x);
}

/** Whether `alias` can be another form of `name`, the name of a `kind`. */
export function aliasFits(alias: string, name: string, kind: Kind = 'person'): boolean {
  if (looseKey(alias) === looseKey(name)) return true;
  // A person's forms add titles around the name ("President Barack Obama"); an organisation's or
  // a place's only shorten it from the end ("Boeing" of "Boeing Commercial Airplanes"): a longer
  // name around it is another entity ("Air France" is not "France").
  if (kind === 'person' ? wordsWithin(alias, name) || wordsWithin(name, alias) : wordPrefix(alias, name) || wordPrefix(name, alias)) return true;
  const a = orgCore(alias).core;
  if (a && a === orgCore(name).core) return true;
  if (isInitialsOf(alias, name) || isInitialsOf(name, alias)) return true;
  const p = personParts(alias);
  const q = personParts(name);
  return p !== null && q !== null && compatiblePersons(p, q);
}

function splitOffAliases(ctx: ResolveContext, article: number): void {
  for (const m of liveMentions(ctx, article)) {
    const keep: string[] = [];
    for (const alias of m.aliases) {
      if (entityKey(alias) === m.key || keep.includes(alias)) continue;
      const kind = knownKind(ctx, alias);
      // Known under another type elsewhere ("Singapore" beside "Singapore Airlines"): another entity.
      const fits = aliasFits(alias, m.name, m.kind) && (kind === null || kind === m.kind || m.kind === 'person');
      if (fits || (kind === null && !(m.kind !== 'person' && wordsWithin(m.name, alias)))) {
        keep.push(alias);
        continue;
      }
      if (kind === null) continue;
      const key = entityKey(alias);
      if (liveMentions(ctx, article).some((o) => o.key === key)) continue;
      const sentences = m.sentences.filter((s) => s.toLowerCase().includes(alias.toLowerCase()));
      addMention(ctx, { article, kind, source: null, name: alias, key, aliases: [], mentions: 1, sentences, into: null });
    }
    m.aliases = keep;
  }
}

export const articleAliases: ResolveStep = {
  name: 'article-aliases',
  scope: 'article',
  describes: 'an article gives one name as another form of the other',
  run(ctx) {
    ctx.records.forEach((_, article) => splitOffAliases(ctx, article));
  },
};
