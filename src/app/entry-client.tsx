import { StrictMode, startTransition, useEffect } from 'react';
import { AppRoutes } from './App';
import { preloadRoute, renderLocaleOf, rendersWithoutLoading } from './boot';
import { EagerBrowserRouter } from './EagerBrowserRouter';
import { PrefetchOtherLocales } from './PrefetchOtherLocales';
import { resolveRoute } from './route-table';
import { knownMissing } from '../lib/content/article-store';
import { retryOnce } from '../lib/promise/retry-once';
// One stylesheet, inlined in every prerendered page (scripts/prerender.mjs), so each page paints styled before
// any script runs: the app's shared rules first, then each feature's (their selectors do not overlap; this
// order compresses best). Imported by a feature's lazy page instead, a feature's rules would become a file
// requested only once that page's script has run.
import './styles.css';
import './sentence.css';
import './routes/home-navigation.css';
import '../features/locale-switcher/locale-switcher.css';
import '../features/applies-to/applies-to.css';
import '../features/wizard/wizard.css';
import '../features/article/article.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const locale = renderLocaleOf(window.location.pathname);
const prerendered = container.dataset;

/** Marks the document once React owns it (tests and the bench wait for this before clicking). */
function MarkHydrated() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}

/** What a navigation to another URL loads before it renders: that page's code, strings and articles. */
const prepareNavigation = (location: { pathname: string; search: string }) => preloadRoute(location);

const app = (
  <StrictMode>
    <EagerBrowserRouter rendersAtOnce={rendersWithoutLoading} prepare={prepareNavigation}>
      <AppRoutes />
      <MarkHydrated />
      <PrefetchOtherLocales />
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
// The server answered an article URL with its not-found page: the article is not in the catalog the site
// was built from (each of those has its page), so its index, a certain 404, is not asked for.
const route = resolveRoute(window.location.pathname);
if (prerendered.prerenderedNotFound === 'true' && route.kind === 'page' && route.params.slug)
  knownMissing(route.params.slug);
// Not a top-level await: with one, the bundler stops merging shared chunks into this entry's chunk, and
// every page would load several more files (about 3 kB gzip more in all).
// When something could not be loaded even on a second try, the page renders anyway: its error boundary
// then explains, with a reload button, instead of leaving a page that never responds.
// React DOM's client is imported apart so that the browser evaluates it in a task of its own: evaluated
// with the rest of the entry it made one long task after the first paint (mobile TBT, article zh-cn,
// medians of 6: 47 → 19 ms, for 1.5 kB gzip more of first-load JS; the prerendered page preloads it).
const reactDomClient = retryOnce(() => import('react-dom/client'));
void Promise.all([preloadRoute(window.location).catch(() => undefined), reactDomClient]).then(
  ([, { createRoot, hydrateRoot }]) => {
    startTransition(() => {
      if (matchesPrerender) hydrateRoot(container, app);
      else createRoot(container).render(app);
    });
  },
);
