/**
 * Roles given by apposition: "Meng Wanzhou, the CFO for Chinese tech company Huawei" and
 * "Former Canadian ambassador to China, David Mulroney, told ...". A role needs a role noun
 * (ambassador, CFO, spokesman, ...); a description without one ("a known longtime family friend")
 * is not a role.
 */
import { ROLE_NOUNS } from './lexicon.js';

/** ", the CFO for Chinese tech company Huawei," after a name. */
const APPOSITION_AFTER = /^,\s+(?:the|a|an|its|his|her|their)\s+([^,.;:"“”()]{2,90}?)\s*(?:[,.;:)]|$)/u;
/** "... ambassador to China, " before a name: the clause up to the comma. */
const APPOSITION_BEFORE = /(?:^|[,;:(]\s*|\s(?:and|but|while|as)\s+)([^,;:"“”()]{2,90}),\s*$/u;
/** Words that end a role phrase on its left ("... that Dong advised China's consul-general"). */
const CLAUSE_BREAK =
  /\b(?:that|who|which|when|where|said|says|told|advised|asked|according|to|by|with|from|after|before|is|was|are|were|has|have|had|will|would)\b/gi;
const MAX_ROLE_WORDS = 9;

/** A capitalised word followed by another capitalised word is part of a name ("General Motors"), not a role noun. */
const NAME_CONTINUES = /^\p{Lu}/u;

function hasRoleNoun(phrase: string): boolean {
  const words = phrase.split(/[\s/]+/);
  return words.some((w, i) => {
    if (!ROLE_NOUNS.has(w.toLowerCase().replace(/[’']s$/, ''))) return false;
    const next = words[i + 1] ?? '';
    return !(NAME_CONTINUES.test(w) && NAME_CONTINUES.test(next) && !ROLE_NOUNS.has(next.toLowerCase()));
  });
}

/** Words that end a role phrase on its right: the clause goes on ("the president of Chrysler announced that ..."). */
const CLAUSE_AFTER_ROLE = /\s+(?:said|says|announced|told|added|stated|claimed|explained|warned|confirmed|that|who|which|would|will|has|had|is|was)\b.*$/;

/** ", minister of transport for Indonesia," after a name: a role noun without an article. */
const BARE_ROLE_AFTER = /^,\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(\p{Ll}[\p{Ll}-]*)\s+(?:of|for|at)\s+[^,.;:"“”()]{2,60}?)\s*(?:[,.;:)]|$)/u;

export function roleAfter(after: string): string | null {
  const bare = BARE_ROLE_AFTER.exec(after);
  if (bare && ROLE_NOUNS.has(bare[2])) return bare[1].replace(CLAUSE_AFTER_ROLE, '').trim();
  const m = APPOSITION_AFTER.exec(after);
  if (!m) return null;
  const phrase = m[1].replace(CLAUSE_AFTER_ROLE, '').trim();
  if (!phrase || phrase.split(/\s+/).length > MAX_ROLE_WORDS) return null;
  const firstWords = phrase.split(/\s+/).slice(0, 4).join(' ');
  return hasRoleNoun(firstWords) ? phrase : null;
}

export function roleBefore(before: string): string | null {
  const m = APPOSITION_BEFORE.exec(before);
  if (!m) return null;
  let phrase = m[1].trim();
  // Cut at the last clause word that is not part of a role's "to China"/"in Toronto" tail.
  let cut = 0;
  for (const c of phrase.matchAll(CLAUSE_BREAK)) {
    const tail = phrase.slice(c.index! + c[0].length);
    if (/^(?:to|by|with|from)$/i.test(c[0]) && hasRoleNoun(phrase.slice(0, c.index!))) continue;
    if (!hasRoleNoun(tail)) continue;
    cut = c.index! + c[0].length;
  }
  phrase = phrase.slice(cut).trim();
  if (!phrase || phrase.split(/\s+/).length > MAX_ROLE_WORDS || !hasRoleNoun(phrase)) return null;
  return phrase;
}
