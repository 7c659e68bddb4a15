/** Claims and quotes reduced to what the attribution tests compare: source, its kind, cue, stance, content. */
import type { Claim, Quote } from '../../../src/types.js';

export function claimed(claims: Claim[]): [string, string | undefined, string | undefined, string, string][] {
  return claims.map((c) => [c.claimant, c.claimantKind, c.cue, c.stance, c.text]);
}

export function quoted(quotes: Quote[]): [string | null, string][] {
  return quotes.map((q) => [q.speaker, q.text]);
}
