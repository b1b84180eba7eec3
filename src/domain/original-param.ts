/**
 * `?original=1`: a page (article or wizard outcome) with each translated sentence's English original
 * shown beneath it. A public URL contract (docs/urls.md): any other value is off.
 */
export const ORIGINAL_PARAM = 'original';

/** The query with the originals on or off; every other parameter kept, in its order. */
export function withOriginal(params: URLSearchParams, on: boolean): URLSearchParams {
  const next = new URLSearchParams(params);
  if (on) next.set(ORIGINAL_PARAM, '1');
  else next.delete(ORIGINAL_PARAM);
  return next;
}

/**
 * A wizard link's query (`?cloud=…`, or '') with `original=1` added while the page shows the originals:
 * the agent who turned them on keeps them through Change, Back and the next answer.
 */
export function keepOriginal(search: string, on: boolean): string {
  if (!on) return search;
  return `?${withOriginal(new URLSearchParams(search), true).toString()}`;
}
