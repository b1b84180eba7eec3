import { startTransition, useOptimistic } from 'react';
import { useSearchParams } from 'react-router';
import { isFilterActive, type AppliesToFilter } from '../../../domain/applies-to';
import { filterOfQuery, filterToParams } from '../../../domain/url-input/filter';
import { FILTER_PARAMS, hasFilterParams } from '../../../domain/filter-params';
import { filterValues } from '../filter-values';

export interface AppliesToFilterState {
  /** The valid part of `?cloud=…&role=…`. */
  filter: AppliesToFilter;
  active: boolean;
  /** Whether the URL names the filter at all, with any value (one the filter cannot use included). */
  named: boolean;
  /** The query for links that keep the filter: the URL's other parameters plus the valid filter (`?…` or ''). */
  search: string;
  /** The same query with another filter (`NO_FILTER` to clear it). */
  searchFor: (filter: AppliesToFilter) => string;
  /**
   * Puts a filter into the URL in place (no reload, no extra history entry per change). This hook's
   * `filter` shows it at once, before the URL change has rendered.
   */
  setFilter: (filter: AppliesToFilter) => void;
}

/** The applies-to filter lives in the URL only: this reads it from there and writes it back there. */
export function useAppliesToFilter(): AppliesToFilterState {
  const [urlParams, setParams] = useSearchParams();
  // The router renders URL changes in a transition. Until one has, this hook shows the filter just asked
  // for, and a quick second change builds on it: otherwise a controlled select would snap back for a
  // moment, and a second change made in that moment would undo the first.
  const [params, showParams] = useOptimistic(urlParams);
  // Values the URL names but the filter cannot use are reported once for the page (src/app/url-input).
  const filter = filterOfQuery(params, filterValues);
  const paramsFor = (next: AppliesToFilter): URLSearchParams => {
    const result = new URLSearchParams(params);
    for (const param of FILTER_PARAMS) result.delete(param);
    for (const [param, value] of filterToParams(next)) result.append(param, value);
    return result;
  };
  const searchFor = (next: AppliesToFilter): string => {
    const query = paramsFor(next).toString();
    return query === '' ? '' : `?${query}`;
  };
  return {
    filter,
    active: isFilterActive(filter),
    named: hasFilterParams(params),
    search: searchFor(filter),
    searchFor,
    setFilter: (next) => {
      const nextParams = paramsFor(next);
      startTransition(() => {
        showParams(nextParams);
        setParams(nextParams, { replace: true });
      });
    },
  };
}
