import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { whenIdle } from '../../lib/scheduling/when-idle';

/**
 * How long a page has been on screen before the heavier part of its preparation starts: it never competes
 * with the page's own loading, hydration or a reader's first moves (measured: started at once, it added
 * 50-200 ms of blocking time to a simulated slow phone's load). A switch before then still renders in one
 * go, with what the first part has fetched.
 */
const START_AFTER_MS = 2000;

/** Each part waits for an idle moment, at most this long. */
const IDLE_TIMEOUT_MS = 3000;

/**
 * Prepares, in idle time, a switch to the other locales of the page on screen (prepare-locale-switch.ts,
 * loaded only then): at once, fetches what they need; two seconds later, rehearses and lays them out; then
 * marks the page settled. Starts again for every page, and stops when the visitor moves on.
 */
export function PrepareLocaleSwitch() {
  const { pathname, search } = useLocation();
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    let preparation: Promise<typeof import('./prepare-locale-switch')> | undefined;
    const prepare = () => (preparation ??= import('./prepare-locale-switch'));
    let cancelIdle = whenIdle(() => {
      prepare()
        .then(({ fetchOtherLocales }) => fetchOtherLocales(pathname, signal))
        .catch(() => undefined);
    }, IDLE_TIMEOUT_MS);
    const timer = setTimeout(() => {
      cancelIdle = whenIdle(() => {
        prepare()
          .then(({ prepareLocaleSwitch }) => prepareLocaleSwitch(pathname, search, signal))
          .catch(() => undefined);
      }, IDLE_TIMEOUT_MS);
    }, START_AFTER_MS);
    return () => {
      clearTimeout(timer);
      cancelIdle();
      controller.abort();
    };
  }, [pathname, search]);
  return null;
}
