/** Dates the article mentions. First cut: chrono-node with the publication date as reference. */
import * as chrono from 'chrono-node';
import type { DateMention } from '../types.js';
import type { Extractor } from './context.js';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export const dates: Extractor = {
  name: 'dates',
  run(ctx) {
    const ref = ctx.published ? new Date(`${ctx.published}T12:00:00Z`) : null;
    const out: DateMention[] = [];
    for (const s of ctx.doc.sentences) {
      for (const r of chrono.parse(s.text, ref ?? new Date(0), { forwardDate: false })) {
        const c = r.start;
        if (!ref && !c.isCertain('year')) continue;
        const y = c.get('year');
        let value = String(y);
        if (c.isCertain('month') || c.isCertain('day') || c.isCertain('weekday')) value += `-${pad(c.get('month')!)}`;
        if (c.isCertain('day') || c.isCertain('weekday')) value += `-${pad(c.get('day')!)}`;
        out.push({ text: r.text, value, sentence: s.text });
      }
    }
    ctx.result.dates = out;
  },
};
