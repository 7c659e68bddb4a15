/**
 * The search page's state and its URL: query, date range, sort and facet choices all live in
 * the address (search/?q=...&any=1&from=...&to=...&on=mentioned&sort=date&person=...&person=...&org=...),
 * so a result list can be shared and back/forward replay it. A facet group's parameter repeats once
 * per chosen value.
 */
import type { SearchRequest, DateField, SortOrder, FacetGroup } from '../search/engine.js';

/** The address parameter of each facet group. */
export const FACET_PARAMS: Record<FacetGroup, string> = {
  people: 'person',
  organizations: 'org',
  places: 'place',
  outlets: 'outlet',
  years: 'year',
};

const groups = Object.keys(FACET_PARAMS) as FacetGroup[];

export function stateFromParams(params: URLSearchParams): SearchRequest {
  const on = params.get('on');
  const sort = params.get('sort');
  const req: SearchRequest = { q: params.get('q') ?? '' };
  if (params.get('any') === '1') req.any = true;
  if (params.get('from')) req.from = params.get('from')!;
  if (params.get('to')) req.to = params.get('to')!;
  req.dateField = (on === 'mentioned' ? 'mentioned' : 'published') as DateField;
  req.sort = (sort === 'date' || sort === 'oldest' ? sort : 'relevance') as SortOrder;
  for (const g of groups) {
    const values = [...new Set(params.getAll(FACET_PARAMS[g]).filter(Boolean))];
    if (values.length) req[g] = values;
  }
  return req;
}

/** The query string of a state; defaults (relevance, publication date) are left out. */
export function paramsFromState(req: SearchRequest): URLSearchParams {
  const p = new URLSearchParams();
  p.set('q', req.q);
  if (req.any) p.set('any', '1');
  if (req.from) p.set('from', req.from);
  if (req.to) p.set('to', req.to);
  if ((req.from || req.to) && req.dateField === 'mentioned') p.set('on', 'mentioned');
  if (req.sort === 'date' || req.sort === 'oldest') p.set('sort', req.sort);
  for (const g of groups) for (const v of req[g] ?? []) p.append(FACET_PARAMS[g], v);
  return p;
}

/** The state with one facet value chosen or no longer chosen. */
export function toggleChoice(req: SearchRequest, group: FacetGroup, value: string): SearchRequest {
  const now = req[group] ?? [];
  const next = now.includes(value) ? now.filter((v) => v !== value) : [...now, value];
  const out: SearchRequest = { ...req, [group]: next };
  if (!next.length) delete out[group];
  return out;
}

/** The facet choices of a state, to carry over when the form changes the rest. */
export function choicesOf(req: SearchRequest): Partial<Pick<SearchRequest, FacetGroup>> {
  const out: Partial<Pick<SearchRequest, FacetGroup>> = {};
  for (const g of groups) if (req[g]?.length) out[g] = req[g];
  return out;
}

/** True when a state asks for anything. */
export function hasQuestion(req: SearchRequest): boolean {
  return !!(req.q.trim() || req.from || req.to || groups.some((g) => req[g]?.length));
}
