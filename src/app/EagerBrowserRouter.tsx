import { startTransition, useLayoutEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { Router, UNSAFE_createBrowserHistory as createBrowserHistory, type Location } from 'react-router';

interface EagerBrowserRouterProps {
  children: ReactNode;
  /** Whether the URL renders with nothing left to load (code, strings, articles). */
  rendersAtOnce: (location: Location) => boolean;
  /** Loads what the URL renders with. */
  prepare: (location: Location) => Promise<unknown>;
  /**
   * What to do when that fails: by default, online (a new release replaced the code), a full page load
   * of the URL; offline, the page itself, whose error boundary explains what could not be loaded.
   */
  onPrepareFailed?: (location: Location, show: () => void) => void;
}

const loadPageOrExplain = (_location: Location, show: () => void) => {
  if (navigator.onLine) window.location.reload();
  else show();
};

/**
 * React Router's BrowserRouter renders every navigation in a transition: React then keeps the old page
 * while the new one loads, but works in 5 ms slices between which the browser paints the old page again
 * (a locale switch took about a third longer with CPU throttling). This router renders a navigation in one
 * go. When the new URL needs something loaded first, the old page stays on screen until it has arrived —
 * never a blank one — and a later navigation wins over an earlier one still loading. When it cannot be
 * loaded, the browser loads the URL as a page (every URL is prerendered), or, offline, the page explains.
 */
export function EagerBrowserRouter({
  children,
  rendersAtOnce,
  prepare,
  onPrepareFailed = loadPageOrExplain,
}: EagerBrowserRouterProps) {
  // One history for the app's lifetime (created on first render, like BrowserRouter's).
  const [history] = useState(() => createBrowserHistory({ window, v5Compat: true }));
  const [state, setState] = useState({ action: history.action, location: history.location });
  useLayoutEffect(() => {
    let latest = 0;
    return history.listen(({ action, location }) => {
      const navigation = ++latest;
      const show = () => setState({ action, location });
      if (rendersAtOnce(location)) return show();
      prepare(location).then(
        () => {
          if (navigation !== latest) return;
          // At once, in this task (an update made here would otherwise wait for a task of its own); what
          // is still missing (a kind of page never seen before) loads in a transition.
          if (rendersAtOnce(location)) flushSync(show);
          else startTransition(show);
        },
        () => {
          if (navigation === latest) onPrepareFailed(location, show);
        },
      );
    });
  }, [history, rendersAtOnce, prepare, onPrepareFailed]);
  return (
    <Router location={state.location} navigationType={state.action} navigator={history}>
      {children}
    </Router>
  );
}
