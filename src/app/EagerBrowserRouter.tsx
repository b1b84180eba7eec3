import { startTransition, useLayoutEffect, useState, type ReactNode } from 'react';
import { Router, UNSAFE_createBrowserHistory as createBrowserHistory, type Location } from 'react-router';

interface EagerBrowserRouterProps {
  children: ReactNode;
  /** Whether the URL renders with nothing left to load (code, strings, articles). */
  rendersAtOnce: (location: Location) => boolean;
}

/**
 * React Router's BrowserRouter renders every navigation in a transition: React then keeps the old page
 * while the new one loads, but works in 5 ms slices between which the browser paints the old page again
 * (a locale switch took about a third longer with CPU throttling). This router renders a navigation in one
 * go when the new URL needs nothing loaded, and in a transition only when it does, so the old page
 * stays on screen, never a blank one, while code or text arrives.
 */
export function EagerBrowserRouter({ children, rendersAtOnce }: EagerBrowserRouterProps) {
  // One history for the app's lifetime (created on first render, like BrowserRouter's).
  const [history] = useState(() => createBrowserHistory({ window, v5Compat: true }));
  const [state, setState] = useState({ action: history.action, location: history.location });
  useLayoutEffect(
    () =>
      history.listen(({ action, location }) => {
        const update = () => setState({ action, location });
        if (rendersAtOnce(location)) update();
        else startTransition(update);
      }),
    [history, rendersAtOnce],
  );
  return (
    <Router location={state.location} navigationType={state.action} navigator={history}>
      {children}
    </Router>
  );
}
