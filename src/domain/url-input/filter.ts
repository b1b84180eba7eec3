/**
 * The applies-to filter (`?cloud=…&role=…`, docs/urls.md) as the URL parser reads it: the home
 * and article pages read the same rules (./params.ts), so either route id gives the same filter.
 */
import type { AppliesToFilter } from '../applies-to';
import { FILTER_PARAMS } from '../filter-params';
import type { UrlInputContext } from './params';
import { parseUrlInput } from './parse';

/** The valid filter in a query; what is not valid is reported by the page's notice, not here. */
export function filterOfQuery(search: string | URLSearchParams, context: UrlInputContext): AppliesToFilter {
  const { params } = parseUrlInput('home', { search }, context);
  return { cloud: params.cloud ?? null, role: params.role ?? null };
}

/** The canonical query for a filter: only set values, `cloud` before `role`. */
export function filterToParams(filter: AppliesToFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const param of FILTER_PARAMS) {
    const value = filter[param];
    if (value !== null) params.set(param, value);
  }
  return params;
}
