/**
 * The search page. Nothing is fetched until the search field is used: on first focus the index's
 * meta.json arrives; typing fetches the people whose names begin with the typed letters
 * (search-index/s/<key>.json); a query fetches only the shards of its terms (search-index/t<N>.json),
 * each shown result its display data (search-index/d/<N>.json, and x/<N>.json when the match lies
 * beyond the opening it holds), and the facets: for a one-word query the counts made at build time
 * (q<N>.json), for a page of results their display data, otherwise the facet chunks of the groups
 * open (ft<T>-<E>-<K>.json). Organisations and places start closed (a disclosure each): their
 * chunks are fetched when the reader opens the group, or when the address chooses one of its values.
 * Query, range, sort and facet choices (several per group) live in the URL; back/forward replay them;
 * which groups are open does not.
 */
import { SearchEngine, FACET_GROUPS, type Hit, type SearchRequest, type CountedFacets, type FacetGroup, type SearchResponse } from '../search/engine.js';
import { RESULTS_PAGE } from '../search/format.js';
import { stateFromParams, paramsFromState, hasQuestion, toggleChoice, choicesOf } from './state.js';
import { resultView, openingSuffices, type DateSpan } from './target.js';
import { NAMES_A_YEAR, type DateReader } from '../search/date-reader.js';

const PAGE = RESULTS_PAGE;
/** Facet group headings. */
const GROUP_TITLES: Record<FacetGroup, string> = { people: 'People', organizations: 'Organisations', places: 'Places', outlets: 'Outlets', years: 'Years' };
/**
 * Groups shown closed until the reader opens them: counting them on a large result set costs
 * their own facet chunks (for a query of 2,389 results at 10,000 articles, first-tier chunks of
 * about 63 KB gzipped for organisations and 35 KB for places, beside the people's 47 KB), so they
 * are fetched only when wanted. People, outlets and years stay open.
 */
const CLOSED_GROUPS: readonly FacetGroup[] = ['organizations', 'places'];
/** Open ends of a mentioned-date range (the engine's MENTION_FLOOR and MENTION_CEILING). */
const MENTION_FLOOR_ISO = '1900';
const MENTION_CEILING_ISO = '2099';
const MAX_SUGGESTIONS = 6;
/** Results while typing come this long after the last key. */
const TYPING_DELAY_MS = 300;
/** Wide enough for the refinements to stand beside the results (the stylesheet's breakpoint). */
const WIDE = '(min-width: 50.01rem)';

const root = document.querySelector<HTMLElement>('[data-search]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = root.querySelector<HTMLInputElement>('input[name=q]')!;
const suggestions = root.querySelector<HTMLUListElement>('#suggestions')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const filtersEl = root.querySelector<HTMLElement>('[data-filters]')!;
const facetsEl = root.querySelector<HTMLElement>('[data-facets]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
const refine = root.querySelector<HTMLDetailsElement>('[data-refine]')!;
const base = root.dataset.base ?? '/';

const engine = new SearchEngine(async (file) => {
  const res = await fetch(`${base}search-index/${file}`);
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return res.json();
});

let datesP: Promise<DateReader> | null = null;

/** assets/dates.js (chrono-node), loaded once, the first time a query or range holds a year. */
function loadDates(): Promise<DateReader> {
  datesP ??= new Promise<DateReader>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `${base}assets/dates.js`;
    script.onload = () => {
      const reader = (globalThis as unknown as { newsArchiveDates?: DateReader }).newsArchiveDates;
      if (reader) resolve(reader);
      else reject(new Error('dates.js: no date reader'));
    };
    script.onerror = () => reject(new Error('dates.js did not load'));
    document.head.append(script);
  });
  datesP.catch(() => (datesP = null));
  return datesP;
}

async function readerFor(req: SearchRequest): Promise<void> {
  if (NAMES_A_YEAR.test(`${req.q} ${req.from ?? ''} ${req.to ?? ''}`)) {
    engine.dates = await loadDates().catch(() => engine.dates);
  }
}

let current: SearchRequest = { q: '' };
let response: SearchResponse | null = null;
let shown = 0;
let sequence = 0;
/** The facets drawn for the current response, and the closed groups the reader has opened (this page only). */
let drawn: CountedFacets | null = null;
const opened = new Set<FacetGroup>();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function urlOf(req: SearchRequest): string {
  return `${base}search/?${paramsFromState(req).toString()}`;
}

function field<T extends HTMLInputElement | HTMLSelectElement>(name: string): T {
  return form.elements.namedItem(name) as T;
}

function fillForm(req: SearchRequest): void {
  input.value = req.q;
  field<HTMLInputElement>('any').checked = !!req.any;
  field<HTMLInputElement>('from').value = req.from ?? '';
  field<HTMLInputElement>('to').value = req.to ?? '';
  field<HTMLSelectElement>('on').value = req.dateField ?? 'published';
  field<HTMLSelectElement>('sort').value = req.sort ?? 'relevance';
}

function readForm(): SearchRequest {
  return stateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function describe(req: SearchRequest, count: number, res: SearchResponse): string {
  const n = `${count} result${count === 1 ? '' : 's'}`;
  let text = req.q.trim() ? `${n} for “${req.q.trim()}”` : n;
  if (req.any && req.q.trim()) text += ' (any word)';
  const read = res.dates.filter((d) => d.text !== d.from || d.from !== d.to);
  if (read.length) text += ` (dates read as ${read.map((d) => (d.from === d.to ? d.from : `${d.from} to ${d.to}`)).join(', ')})`;
  const { from, to } = res.range;
  if (from || to) {
    const on = req.dateField === 'mentioned' ? 'mentioning a date' : 'published';
    text += `, ${on} ${from ? `from ${from}` : ''}${from && to ? ' ' : ''}${to ? `to ${to}` : ''}`;
  }
  for (const g of FACET_GROUPS) if (req[g]?.length) text += `, ${GROUP_TITLES[g].toLowerCase()}: ${req[g]!.join(' or ')}`;
  if (res.fallback) text += ' (searched as plain words: the query syntax was not understood)';
  for (const problem of res.problems) text += `. ${problem}`;
  return text;
}

/** The dates the question asks for: those read in the query, and a range of mentioned dates. */
function askedDates(req: SearchRequest, res: SearchResponse): DateSpan[] {
  const spans: DateSpan[] = res.dates.map(({ from, to }) => ({ from, to }));
  const { from, to } = res.range;
  if (req.dateField === 'mentioned' && (from || to)) spans.push({ from: from ?? MENTION_FLOOR_ISO, to: to ?? MENTION_CEILING_ISO });
  return spans;
}

async function renderHit(hit: Hit): Promise<HTMLLIElement> {
  const terms = new Set(hit.terms);
  const spans = response ? askedDates(current, response) : [];
  let d = await engine.fragment(hit.doc);
  if (!openingSuffices(d, terms, spans)) d = await engine.wholeFragment(hit.doc);
  const { parts, words, anchor } = resultView(d, terms, spans);
  const li = el('li', undefined, 'result');
  const a = el('a', d.title);
  a.href = `${base}articles/${d.id}/` + (words.length ? `?highlight=${encodeURIComponent(words.join(' '))}` : '') + (anchor ? `#${anchor}` : '');
  const h = el('h2');
  h.append(a);
  li.append(h, el('p', [d.published ?? 'undated', d.outlet].filter(Boolean).join(' · '), 'meta'));
  if (d.people.length) li.append(el('p', `People: ${d.people.join(', ')}`, 'people'));
  const p = el('p', undefined, 'snippet');
  for (const part of parts) p.append(part.mark ? el('mark', part.text) : document.createTextNode(part.text));
  li.append(p);
  return li;
}

async function showMore(seq: number): Promise<void> {
  if (!response) return;
  const page = response.hits.slice(shown, shown + PAGE);
  const items = await Promise.all(page.map(renderHit));
  if (seq !== sequence) return;
  list.append(...items);
  shown += page.length;
  more.hidden = shown >= response.hits.length;
}

/** One value of a facet group: a checkbox, ticked when chosen; ticking it navigates. */
function facetChoice(group: FacetGroup, value: string, count: number, chosen: boolean): HTMLLIElement {
  const li = el('li');
  const label = el('label');
  const box = el('input');
  box.type = 'checkbox';
  box.checked = chosen;
  box.dataset.group = group;
  box.value = value;
  label.append(box, document.createTextNode(` ${value} `), el('span', `(${count})`, 'count'));
  li.append(label);
  return li;
}

/** A group is open when it is never closed, the reader opened it, or the address chooses one of its values. */
function isOpen(group: FacetGroup, req: SearchRequest): boolean {
  return !CLOSED_GROUPS.includes(group) || opened.has(group) || !!req[group]?.length;
}

/** The groups to count for a request: the open ones (closed ones are counted when opened). */
function openGroups(req: SearchRequest): FacetGroup[] {
  return FACET_GROUPS.filter((g) => isOpen(g, req));
}

/** A group's values as a fieldset of checkboxes (its legend hidden when a disclosure names it). */
function facetFieldset(group: FacetGroup, f: CountedFacets, hideLegend: boolean): HTMLFieldSetElement {
  const fieldset = el('fieldset', undefined, 'facet');
  fieldset.setAttribute('aria-describedby', 'facet-rule');
  const legend = el('legend', GROUP_TITLES[group], hideLegend ? 'visually-hidden' : undefined);
  const ul = el('ul');
  for (const v of f[group]) ul.append(facetChoice(group, v.value, v.count, !!current[group]?.includes(v.value)));
  fieldset.append(legend, ul);
  if (f.counted.includes(group) && !f[group].length) fieldset.append(el('p', 'None in these results.', 'help'));
  return fieldset;
}

/** A closed-by-default group: a disclosure whose values are counted (fetched) when it is opened. */
function facetDisclosure(group: FacetGroup, f: CountedFacets): HTMLDetailsElement {
  const details = el('details', undefined, 'facet-group');
  details.dataset.group = group;
  details.open = isOpen(group, current);
  details.append(el('summary', GROUP_TITLES[group]));
  if (f.counted.includes(group)) details.append(facetFieldset(group, f, true));
  else details.append(el('p', details.open ? 'Counting…' : '', 'help'));
  details.addEventListener('toggle', () => void toggled(group, details));
  return details;
}

/** The reader opened or closed a group: remember it; count the group if it is not counted yet. */
async function toggled(group: FacetGroup, details: HTMLDetailsElement): Promise<void> {
  if (!details.open) {
    opened.delete(group);
    return;
  }
  opened.add(group);
  const f = drawn;
  const res = response;
  if (!f || !res || f.counted.includes(group)) return;
  const seq = sequence;
  details.querySelector('p.help')!.textContent = 'Counting…';
  try {
    const more = await engine.facets(current, res, [group]);
    if (seq !== sequence || drawn !== f) return;
    f[group] = more[group];
    f.counted.push(group);
    renderFacets(f);
  } catch (err) {
    if (seq === sequence) details.querySelector('p.help')!.textContent = `Could not count: ${(err as Error).message}`;
  }
}

/** The element of the facets that has the keyboard focus, as a selector to find it again once redrawn. */
function focusedFacet(): string | null {
  const a = document.activeElement;
  if (!(a instanceof HTMLElement) || !facetsEl.contains(a)) return null;
  if (a instanceof HTMLInputElement) return `input[data-group="${CSS.escape(a.dataset.group ?? '')}"][value="${CSS.escape(a.value)}"]`;
  const group = a.closest<HTMLElement>('details[data-group]')?.dataset.group;
  return a.tagName === 'SUMMARY' && group ? `details[data-group="${CSS.escape(group)}"] > summary` : null;
}

function renderFacets(f: CountedFacets): void {
  const focused = focusedFacet();
  drawn = f;
  facetsEl.replaceChildren();
  const sections: HTMLElement[] = [];
  const anyResults = !!response?.base.length;
  for (const group of FACET_GROUPS) {
    if (CLOSED_GROUPS.includes(group)) {
      // Not yet counted: shown (closed) whenever there are results; counted and empty: left out.
      if (f.counted.includes(group) ? f[group].length || isOpen(group, current) : anyResults) sections.push(facetDisclosure(group, f));
    } else if (f[group].length) sections.push(facetFieldset(group, f, false));
  }
  if (sections.length) {
    const rule = el('p', 'Tick several values of a group for results with any of them; ticks in different groups must all hold.', 'help');
    rule.id = 'facet-rule';
    facetsEl.append(rule, ...sections);
  }
  facetsEl.hidden = !sections.length;
  // A reader ticking or opening with the keyboard stays on the box ticked or the group opened.
  if (focused) facetsEl.querySelector<HTMLElement>(focused)?.focus();
}

function renderFilters(): void {
  filtersEl.replaceChildren();
  for (const g of FACET_GROUPS) {
    for (const value of current[g] ?? []) {
      const p = el('p', `${GROUP_TITLES[g]}: ${value} `);
      const a = el('a', 'remove');
      a.href = urlOf(toggleChoice(current, g, value));
      a.dataset.nav = '';
      a.setAttribute('aria-label', `Remove ${value} from ${GROUP_TITLES[g].toLowerCase()}`);
      p.append(a);
      filtersEl.append(p);
    }
  }
}

async function run(req: SearchRequest): Promise<void> {
  const seq = ++sequence;
  current = req;
  renderFilters();
  if (!hasQuestion(req)) {
    list.replaceChildren();
    facetsEl.hidden = true;
    more.hidden = true;
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  try {
    await readerFor(req);
    if (seq !== sequence) return;
    const res = await engine.search(req);
    if (seq !== sequence) return;
    response = res;
    shown = 0;
    list.replaceChildren();
    await showMore(seq);
    if (seq !== sequence) return;
    status.textContent = describe(req, res.hits.length, res);
    drawn = null;
    const facets = await engine.facets(req, res, openGroups(req));
    if (seq === sequence) renderFacets(facets);
  } catch (err) {
    if (seq === sequence) status.textContent = `Search failed: ${(err as Error).message}`;
  }
}

function navigate(req: SearchRequest, replace = false): void {
  if (replace) history.replaceState(null, '', urlOf(req));
  else history.pushState(null, '', urlOf(req));
  fillForm(req);
  void run(req);
}

// Results while typing: a pause in typing searches, replacing the address rather than adding to
// history for every key; the status line (aria-live polite) announces the count.
let typing: ReturnType<typeof setTimeout> | undefined;
let typedSearch = false;
function searchAsTyped(): void {
  clearTimeout(typing);
  typing = setTimeout(() => {
    const req = { ...readForm(), ...choicesOf(current) };
    if (req.q === current.q) return;
    // The first search while typing adds one history entry; the next ones replace it.
    const replace = typedSearch;
    typedSearch = true;
    if (hasQuestion(req) || hasQuestion(current)) navigate(req, replace);
  }, TYPING_DELAY_MS);
}

// Suggestions of people while typing (each two-letter start of a name is one small file).
let active = -1;
let suggesting = 0;

function closeSuggestions(): void {
  suggestions.hidden = true;
  suggestions.replaceChildren();
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
  active = -1;
}

/** The end of the typed text that names a person: after an open person:" or the last one to three words. */
function fragments(value: string): string[] {
  const open = /person:"([^"]*)$/i.exec(value);
  if (open) return [open[1]];
  const words = value.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let n = Math.min(3, words.length); n >= 1; n--) out.push(words.slice(-n).join(' '));
  return out;
}

async function suggest(): Promise<void> {
  const seq = ++suggesting;
  const value = input.value;
  const matches: { name: string; count: number; fragment: string }[] = [];
  for (const fragment of fragments(value)) {
    const f = fragment.toLowerCase().replace(/^[+-]/, '');
    if (f.length < 2 || /[:*~^"]/.test(f)) continue;
    for (const [, name, , count] of await engine.suggest(f)) {
      if (!matches.some((m) => m.name === name)) matches.push({ name, count, fragment });
    }
    if (matches.length) break;
  }
  // Typed on meanwhile: a newer call shows its own.
  if (seq !== suggesting || input.value !== value) return;
  matches.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  suggestions.replaceChildren();
  active = -1;
  for (const [i, m] of matches.slice(0, MAX_SUGGESTIONS).entries()) {
    const li = el('li', `${m.name} (${m.count} article${m.count === 1 ? '' : 's'})`);
    li.id = `suggestion-${i}`;
    li.setAttribute('role', 'option');
    li.dataset.name = m.name;
    li.dataset.fragment = m.fragment;
    li.addEventListener('mousedown', (e) => {
      e.preventDefault();
      choose(li);
    });
    suggestions.append(li);
  }
  const open = suggestions.childElementCount > 0;
  suggestions.hidden = !open;
  input.setAttribute('aria-expanded', String(open));
}

function choose(li: HTMLElement): void {
  const { name, fragment } = li.dataset;
  const value = input.value;
  const open = /person:"[^"]*$/i.exec(value);
  const head = open ? value.slice(0, open.index) : value.slice(0, value.length - fragment!.length);
  input.value = `${head}person:"${name}" `;
  closeSuggestions();
  input.focus();
}

function move(delta: number): void {
  const items = [...suggestions.children] as HTMLElement[];
  if (!items.length) return;
  active = (active + delta + items.length) % items.length;
  items.forEach((it, i) => it.setAttribute('aria-selected', String(i === active)));
  input.setAttribute('aria-activedescendant', items[active].id);
}

input.addEventListener('keydown', (e) => {
  if (suggestions.hidden) return;
  if (e.key === 'ArrowDown') move(1);
  else if (e.key === 'ArrowUp') move(-1);
  else if (e.key === 'Escape') closeSuggestions();
  else if (e.key === 'Enter' && active >= 0) choose(suggestions.children[active] as HTMLElement);
  else return;
  e.preventDefault();
});
input.addEventListener('input', () => {
  void suggest().catch(() => undefined);
  searchAsTyped();
});
input.addEventListener('blur', () => setTimeout(closeSuggestions, 100));
input.addEventListener(
  'focus',
  () => {
    void engine.meta().catch(() => undefined);
  },
  { once: true },
);

form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(typing);
  typedSearch = false;
  closeSuggestions();
  navigate(readForm());
});
for (const name of ['sort', 'on', 'any'])
  field<HTMLSelectElement>(name).addEventListener('change', () => {
    if (hasQuestion(current)) navigate({ ...readForm(), ...choicesOf(current) });
  });
root.addEventListener('click', (e) => {
  const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-nav]');
  if (!a || e.ctrlKey || e.metaKey || e.shiftKey) return;
  e.preventDefault();
  navigate(stateFromParams(new URL(a.href).searchParams));
});
facetsEl.addEventListener('change', (e) => {
  const box = e.target as HTMLInputElement;
  if (!box.dataset.group) return;
  navigate(toggleChoice(current, box.dataset.group as FacetGroup, box.value));
});
more.addEventListener('click', () => void showMore(sequence));
window.addEventListener('popstate', () => {
  const req = stateFromParams(new URL(location.href).searchParams);
  fillForm(req);
  void run(req);
});

// Keyboard: "/" focuses the search field; the arrows move from it through the results' links.
function resultLinks(): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('.result h2 a')];
}
document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  const typingInField = target.matches('input, select, textarea, [contenteditable]');
  if (e.key === '/' && !typingInField && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    input.focus();
    input.select();
    return;
  }
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = resultLinks();
  if (!links.length) return;
  const at = links.indexOf(target as HTMLAnchorElement);
  if (target === input && suggestions.hidden && e.key === 'ArrowDown') {
    e.preventDefault();
    links[0].focus();
  } else if (at >= 0) {
    e.preventDefault();
    if (e.key === 'ArrowUp' && at === 0) input.focus();
    else links[Math.min(links.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1))].focus();
  }
});

// The refinements stand open beside the results on a wide screen; on a phone they wait behind "Refine".
const wide = window.matchMedia(WIDE);
const placeRefine = () => {
  refine.open = wide.matches;
};
placeRefine();
wide.addEventListener('change', placeRefine);

const initial = stateFromParams(new URL(location.href).searchParams);
if (hasQuestion(initial)) {
  fillForm(initial);
  void run(initial);
}
