/**
 * The search page: loads lunr's prebuilt index only when the reader searches, runs the
 * query, and shows the results. The query lives in the URL (?q=...), so results can be shared.
 */
import lunr from 'lunr';
import { parseQuery, plainQuery } from './query.js';
import type { DisplayEntry } from '../search/documents.js';

interface Loaded {
  index: lunr.Index;
  display: Record<string, DisplayEntry>;
}

const root = document.querySelector<HTMLElement>('[data-search]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = root.querySelector<HTMLInputElement>('input[name=q]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const base = root.dataset.base ?? '/';
let loading: Promise<Loaded> | null = null;

function load(): Promise<Loaded> {
  loading ??= Promise.all([
    fetch(`${base}search/index.json`).then((r) => r.json()),
    fetch(`${base}search/display.json`).then((r) => r.json()),
  ]).then(([index, display]) => ({ index: lunr.Index.load(index), display }));
  return loading;
}

function run(idx: lunr.Index, q: string): lunr.Index.Result[] {
  const parsed = parseQuery(q);
  try {
    return idx.search(parsed.lunr);
  } catch {
    return idx.search(plainQuery(q));
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function render(results: lunr.Index.Result[], data: Loaded, q: string): void {
  list.replaceChildren();
  for (const r of results) {
    const d = data.display[r.ref];
    if (!d) continue;
    const li = el('li', undefined, 'result');
    const a = el('a', d.title);
    a.href = `${base}articles/${d.id}/`;
    const h = el('h2');
    h.append(a);
    li.append(h, el('p', [d.published ?? 'undated', d.outlet].filter(Boolean).join(' · '), 'meta'));
    if (d.people.length) li.append(el('p', `People: ${d.people.join(', ')}`, 'people'));
    li.append(el('p', d.lead + '…', 'snippet'));
    list.append(li);
  }
  status.textContent = q ? `${results.length} result${results.length === 1 ? '' : 's'} for “${q}”` : '';
}

async function search(q: string): Promise<void> {
  if (!q.trim()) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  const data = await load();
  render(run(data.index, q), data, q);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = input.value;
  const url = new URL(location.href);
  url.searchParams.set('q', q);
  history.pushState({ q }, '', url);
  void search(q);
});
input.addEventListener('focus', () => void load(), { once: true });
window.addEventListener('popstate', () => {
  const q = new URL(location.href).searchParams.get('q') ?? '';
  input.value = q;
  void search(q);
});
root.querySelector('[data-noscript]')?.remove();
const initial = new URL(location.href).searchParams.get('q');
if (initial) {
  input.value = initial;
  void search(initial);
}
