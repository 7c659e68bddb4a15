/** Title, publication date, author, outlet, dateline: from the header, else from the text. */
import type { Extractor } from './context.js';

const MAX_TITLE = 110;
/** Where a long summary sentence can be cut to make a headline. */
const CLAUSE_BREAK = /,|;|\s[–—-]\s|\s(?:that|which|who|after|because|while|when|if)\s/g;

/** A short headline from a summary or lead sentence: the first clause that says enough. */
export function headlineFrom(sentence: string): string {
  const s = sentence.trim().replace(/[.!?]+$/, '');
  if (s.length <= MAX_TITLE) return s;
  let best = '';
  for (const m of s.matchAll(CLAUSE_BREAK)) {
    if (m.index! > MAX_TITLE) break;
    if (m.index! >= 30) best = s.slice(0, m.index);
  }
  if (best) return best.trim();
  const cut = s.slice(0, MAX_TITLE);
  return cut.slice(0, cut.lastIndexOf(' ')).trim() + '…';
}

export const metadata: Extractor = {
  name: 'metadata',
  run(ctx) {
    const { header, sentences } = ctx.doc;
    const r = ctx.result;
    const lead = sentences.find((s) => !ctx.doc.paragraphs[s.paragraph].heading)?.text ?? '';
    r.title = header.title ?? headlineFrom(header.dek ?? lead) ?? '';
    if (!r.title) r.title = ctx.doc.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
    r.dek = header.dek;
    r.published = header.published;
    r.author = header.author;
    r.outlet = header.outlet;
    r.dateline = header.dateline;
    r.url = header.url;
    if (!r.published) r.warnings.push('no publication date found: the article is shown as undated');
  },
};
