/**
 * A User Timing mark, set once a page has done the work it does in idle time after it shows (fetching and
 * laying out its other locales, rehearsing a switch to them): the browser's performance tools show when a
 * page has settled, and the bench clicks only then.
 */
export const SETTLED_MARK = 'help-center:settled';

export function markSettled(page: string): void {
  if (typeof performance.mark === 'function') performance.mark(SETTLED_MARK, { detail: { page } });
}
