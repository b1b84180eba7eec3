import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { whenIdle } from '../../lib/scheduling/when-idle';

/** At the latest this long after a page shows, its idle-time preparation starts anyway. */
const IDLE_TIMEOUT_MS = 3000;

/**
 * Prepares, in idle time, a switch to the other locales of the page on screen (prepare-locale-switch.ts,
 * loaded only then), then marks the page settled. Starts again for every page, and stops when the visitor
 * moves on.
 */
export function PrepareLocaleSwitch() {
  const { pathname, search } = useLocation();
  useEffect(() => {
    const controller = new AbortController();
    const cancel = whenIdle(() => {
      import('./prepare-locale-switch')
        .then(({ prepareLocaleSwitch }) => prepareLocaleSwitch(pathname, search, controller.signal))
        .catch(() => undefined);
    }, IDLE_TIMEOUT_MS);
    return () => {
      cancel();
      controller.abort();
    };
  }, [pathname, search]);
  return null;
}
