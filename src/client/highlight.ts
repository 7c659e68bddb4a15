/**
 * Article pages opened from a search result (?highlight=word+word): the matched words are marked
 * in the article text. A separate small script (no Lunr): the result page passes the words as
 * they appear in the text.
 */
import { escapeRegExp } from '../lib/regexp.js';

export function highlightWords(root: Element, words: string[]): number {
  const list = words.map((w) => w.trim()).filter((w) => w.length > 1);
  if (!list.length) return 0;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('script, style, mark, .site-header, .site-footer') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    re.lastIndex = 0;
    if (!re.test(text)) continue;
    re.lastIndex = 0;
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const m of text.matchAll(re)) {
      if (m.index! > at) frag.append(text.slice(at, m.index));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = m[0];
      frag.append(mark);
      at = m.index! + m[0].length;
      count++;
    }
    if (at < text.length) frag.append(text.slice(at));
    node.replaceWith(frag);
  }
  return count;
}

const words = new URL(location.href).searchParams.get('highlight');
const root = document.querySelector('main');
if (words && root) highlightWords(root, words.split(/\s+/));
