/**
 * A User Timing mark, set once a page has done the work it does in idle time after it shows (preparing
 * a switch to its other locales): the browser's performance tools show when a page has settled, and the
 * bench clicks only then. Its detail names the page and the other-locale pages prepared.
 */
export const SETTLED_MARK = 'help-center:settled';

export function markSettled(page: string, prepared: readonly string[]): void {
  if (typeof performance.mark === 'function') {
    performance.mark(SETTLED_MARK, { detail: { page, prepared: [...prepared] } });
  }
}
