import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoutes } from './App';
import { preloadRoute, renderLocaleOf, rendersWithoutLoading } from './boot';
import { EagerBrowserRouter } from './EagerBrowserRouter';
import { routablePath } from '../lib/url/routable-path';
import { PrepareLocaleSwitch } from './locale-switch/PrepareLocaleSwitch';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Before anything reads the path: one that no route can match would render nothing (see routablePath).
if (routablePath(window.location.pathname) !== window.location.pathname) {
  const { pathname, search, hash } = window.location;
  window.history.replaceState(window.history.state, '', routablePath(pathname) + search + hash);
}

const locale = renderLocaleOf(window.location.pathname);
const prerendered = container.dataset;

/** Marks the document once React owns it (tests wait for this before clicking). */
function MarkHydrated() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}

/** What a navigation to another URL loads before it renders: that page's code, strings and articles. */
const prepareNavigation = (location: { pathname: string; search: string }) =>
  preloadRoute(location, renderLocaleOf(location.pathname));

const app = (
  <StrictMode>
    <EagerBrowserRouter rendersAtOnce={rendersWithoutLoading} prepare={prepareNavigation}>
      <AppRoutes />
      <MarkHydrated />
      <PrepareLocaleSwitch />
    </EagerBrowserRouter>
  </StrictMode>
);
// Prerendered pages hydrate. A page prerendered for another path (a not-found page, whose text can name
// the path), another locale or another query (a query the app never writes gets the page without one) or
// not at all (the dev server) renders afresh. Either way in a transition, so React yields to the browser
// while it works instead of blocking input.
const matchesPrerender =
  prerendered.prerenderedNotFound !== 'true' &&
  prerendered.prerenderedLocale === locale &&
  (prerendered.prerenderedSearch ?? '') === window.location.search &&
  container.firstElementChild !== null;
// Not a top-level await: with one, the bundler stops merging shared chunks into this entry's chunk, and
// every page would load several more files (about 3 kB gzip more in all).
void preloadRoute(window.location, locale, prerendered.namespaces?.split(',')).then(() => {
  startTransition(() => {
    if (matchesPrerender) hydrateRoot(container, app);
    else createRoot(container).render(app);
  });
});
