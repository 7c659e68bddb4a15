/**
 * The search page's state and its URL: query, date range, sort and facet selections all live in
 * the address (search/?q=...&any=1&from=...&to=...&on=mentioned&sort=date&person=...), so a result list
 * can be shared and back/forward replay it.
 */
import type { SearchRequest, DateField, SortOrder } from '../search/engine.js';

export function stateFromParams(params: URLSearchParams): SearchRequest {
  const on = params.get('on');
  const sort = params.get('sort');
  const req: SearchRequest = { q: params.get('q') ?? '' };
  if (params.get('any') === '1') req.any = true;
  if (params.get('from')) req.from = params.get('from')!;
  if (params.get('to')) req.to = params.get('to')!;
  req.dateField = (on === 'mentioned' ? 'mentioned' : 'published') as DateField;
  req.sort = (sort === 'date' || sort === 'oldest' ? sort : 'relevance') as SortOrder;
  for (const k of ['person', 'outlet', 'year'] as const) if (params.get(k)) req[k] = params.get(k)!;
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
  for (const k of ['person', 'outlet', 'year'] as const) if (req[k]) p.set(k, req[k]!);
  return p;
}

/** True when a state asks for anything. */
export function hasQuestion(req: SearchRequest): boolean {
  return !!(req.q.trim() || req.from || req.to || req.person || req.outlet || req.year);
}
