/** Direct quotes. First cut: text in quotation marks followed or preceded by "X said". */
import type { Quote } from '../types.js';
import type { Extractor } from './context.js';

const QUOTED = /[“"]([^”"]{20,})[”"]/g;
const SAID_AFTER = /^\s*,?\s*([A-Z][\p{L}.'’-]+(?:\s[A-Z][\p{L}.'’-]+)*)\s+(?:said|says|told|wrote|added)/u;
const SAID_BEFORE = /([A-Z][\p{L}.'’-]+(?:\s[A-Z][\p{L}.'’-]+)*)\s+(?:said|says|wrote|added|claimed)[^“"]{0,20}$/u;

export const quotes: Extractor = {
  name: 'quotes',
  run(ctx) {
    const out: Quote[] = [];
    for (const p of ctx.doc.paragraphs) {
      for (const m of p.text.matchAll(QUOTED)) {
        const after = p.text.slice(m.index! + m[0].length);
        const before = p.text.slice(0, m.index);
        const speaker = SAID_AFTER.exec(after)?.[1] ?? SAID_BEFORE.exec(before)?.[1] ?? null;
        out.push({ speaker, text: m[1].trim(), sentence: p.text });
      }
    }
    ctx.result.quotes = out;
  },
};
