/** Claims: reported statements with who makes them. First cut: "X alleged/denied/said that ...". */
import type { Claim, Stance } from '../types.js';
import type { Extractor } from './context.js';

const VERBS: [RegExp, Stance][] = [
  [/\bdenied\b/, 'denies'],
  [/\balleg(?:ed|es)\b/, 'alleges'],
  [/\bcalled for\b/, 'calls-for'],
  [/\badmitted\b/, 'admits'],
  [/\breported\b/, 'reports'],
];
const CLAIMANT = /^(?:[A-Z][\w’']*\s){0,3}?([A-Z][\p{L}’']+(?:\s[A-Z][\p{L}’']+)*)/u;

export const claims: Extractor = {
  name: 'claims',
  run(ctx) {
    const out: Claim[] = [];
    for (const s of ctx.doc.sentences) {
      for (const [re, stance] of VERBS) {
        if (!re.test(s.text)) continue;
        const claimant = CLAIMANT.exec(s.text)?.[1];
        if (claimant) out.push({ claimant, stance, text: s.text, sentence: s.text });
        break;
      }
    }
    ctx.result.claims = out;
  },
};
