/** Stance refiners: what the wording around a claim makes of it. */
import type { Claim } from '../../types.js';
import { UNNAMED_SOURCE } from '../attribution/words.js';

/** "he did not advise ...", "they never ...": the claimant says it did not happen. */
const NEGATED_SELF = /^(?:he|she|they|it|we|i)\s+(?:(?:did|does|do|had|has|have|was|were|is|are|would|could)\s*(?:not\b|n['’]t\b)|never\b)/i;

/** A report that rests on unnamed sources is an allegation ("sources told them that ..."). */
export function unnamedSourcesAllege(claims: Claim[]): void {
  for (const c of claims) {
    if ((c.stance === 'states' || c.stance === 'reports') && (UNNAMED_SOURCE.test(c.via ?? '') || UNNAMED_SOURCE.test(c.claimant))) c.stance = 'alleges';
  }
}

/** A claimant who is the subject of an allegation and says he did not do it denies it. */
export function selfNegationDenies(claims: Claim[]): void {
  const accused = new Set(claims.filter((c) => c.stance === 'alleges' && c.subject).map((c) => c.subject));
  for (const c of claims) {
    if ((c.stance === 'states' || c.stance === 'admits') && accused.has(c.claimant) && NEGATED_SELF.test(c.text)) {
      c.stance = 'denies';
      c.subject = c.claimant;
    }
  }
}
