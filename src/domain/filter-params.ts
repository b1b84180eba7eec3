/**
 * The applies-to filter's query parameters (`?cloud=…&role=…`). A module of their own so that the app shell
 * can tell whether a URL names the filter without loading the filter's code (src/domain/applies-to.ts).
 */

/** In the order links write them. */
export const FILTER_PARAMS = ['cloud', 'role'] as const;

export type FilterParam = (typeof FILTER_PARAMS)[number];

/** Whether a query names the filter at all, with any value: even one the filter will reject and report. */
export function hasFilterParams(params: Pick<URLSearchParams, 'has'>): boolean {
  return FILTER_PARAMS.some((param) => params.has(param));
}
