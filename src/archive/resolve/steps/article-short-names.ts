/**
 * Article step: a one-word name is part of the one entity of the same article it can be short
 * for: a person's surname ("Bush" → "George W. Bush"), a person's given name when no title goes
 * with it ("Steve" → "Steve Jobs"; "Consul General Han" is a surname, so never "Han Dong"), the
 * first word or the core of an organisation or place ("AirTanker" → "AirTanker Ltd."). With two
 * candidates or more it stays apart; if every candidate has one type, it takes that type
 * ("Douglas" beside "McDonnell Douglas" and "Douglas Aircraft" is an organisation).
 */
import { absorb, type ResolveContext, type ResolveStep } from '../context.js';
import { liveMentions, type Mention } from '../graph.js';
import { DESCRIPTOR, LEGAL_FORM, orgCore, personParts, words } from '../names.js';

/** "Head, Qualifier". */
const QUALIFIED_HEAD = /^([^,]+),/;

/** Whether one-word mention `short` can stand for `full` in an article. */
export function shortFor(short: Mention, full: Mention): boolean {
  const w = words(short.name);
  if (w.length !== 1 || words(full.name).length < 2) return false;
  const word = w[0];
  if (full.kind === 'person') {
    const p = personParts(full.name);
    if (!p) return false;
    if (p.surname === word) return true;
    // A given name alone never goes with a title: "Consul General Han" uses a surname.
    return !short.role && p.given[0] === word;
  }
  // An organisation's or place's short name is one of the same type ("Singapore" the place is not
  // "Singapore Airlines"); a lone name taken for a person may be any (the extractor's commonest slip).
  if (short.kind !== 'person' && short.kind !== full.kind) return false;
  // A place's short name drops its qualifier only ("Toulouse" of "Toulouse, France"; "China" is not "China Eastern").
  if (full.kind === 'place') return QUALIFIED_HEAD.exec(full.name)?.[1] !== undefined && words(QUALIFIED_HEAD.exec(full.name)![1]).join(' ') === word;
  const ws = words(full.name);
  const last = ws[ws.length - 1];
  const lastIsName = short.kind === 'person' && !LEGAL_FORM.test(' ' + last) && !DESCRIPTOR.test(' ' + last);
  return ws[0] === word || orgCore(full.name).core === word || (lastIsName && last === word);
}

/**
 * The article's mentions by each word of their names, in the article's order: a one-word name can
 * only be short for a name holding that word (its surname, first or last word, core or head), so
 * each is compared with those alone.
 */
function byWord(live: Mention[]): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  for (const o of live) {
    for (const w of new Set(words(o.name))) {
      const list = out.get(w);
      if (list) list.push(o);
      else out.set(w, [o]);
    }
  }
  return out;
}

function resolveShortNames(ctx: ResolveContext, article: number): void {
  const live = liveMentions(ctx, article);
  const indexOf = new Map(ctx.byArticle[article].map((i) => [ctx.mentions[i], i]));
  const holding = byWord(live);
  for (const m of live) {
    const w = words(m.name);
    if (w.length !== 1) continue;
    const candidates = (holding.get(w[0]) ?? []).filter((o) => o !== m && o.into === null && shortFor(m, o));
    if (candidates.length === 1) absorb(ctx, indexOf.get(m)!, indexOf.get(candidates[0])!, articleShortNames.name);
    else if (candidates.length > 1 && candidates.every((c) => c.kind === candidates[0].kind)) m.kind = candidates[0].kind;
  }
}

export const articleShortNames: ResolveStep = {
  name: 'article-short-names',
  scope: 'article',
  describes: 'a short name stands for the one full name of the same article it can be part of',
  run(ctx) {
    ctx.records.forEach((_, article) => resolveShortNames(ctx, article));
  },
};
