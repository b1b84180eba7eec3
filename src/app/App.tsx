import { Suspense, useSyncExternalStore } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LocaleContext } from '../lib/locale/locale-context';
import { PageShell } from './layout/PageShell';
import { RouteErrorBoundary } from './layout/RouteErrorBoundary';
import { mayDropInput } from '../domain/url-input/parse';
import {
  notFoundPage,
  resolveRoute,
  rootPage,
  unknownLocalePage,
  urlInputNotice,
  urlInputRouteOf,
} from './route-table';

/** Every URL of the help center, as the route table resolves it (see README, "URLs"). */
export function AppRoutes() {
  return (
    <Suspense fallback={null}>
      <ResolvedPage />
    </Suspense>
  );
}

const noSubscription = () => () => {};
const isClient = () => true;
const isServer = () => false;

function ResolvedPage() {
  const { pathname, search, hash } = useLocation();
  const route = resolveRoute(pathname);
  // A fragment is never prerendered (servers do not see it): what it may need is rendered once hydrated.
  const hydrated = useSyncExternalStore(noSubscription, isClient, isServer);
  if (route.kind === 'root') return <rootPage.Page />;
  if (route.kind === 'redirect') return <Navigate replace to={{ pathname: route.pathname, search, hash }} />;
  const urlInputRoute = urlInputRouteOf(route);
  return (
    <LocaleContext value={route.locale}>
      <PageShell>
        <RouteErrorBoundary resetKey={pathname + search}>
          {(mayDropInput(urlInputRoute, search) || (hydrated && hash.length > 1)) && (
            <Suspense fallback={null}>
              <urlInputNotice.Page route={urlInputRoute} />
            </Suspense>
          )}
          <Suspense fallback={null}>
            {route.kind === 'page' ? (
              // A page per route (a new one when the route changes); its URL parameters as props.
              <route.route.page.Page
                key={route.route.id}
                params={route.params}
                parts={route.route.parts?.(new URLSearchParams(search)) ?? []}
              />
            ) : route.kind === 'unknown-locale' ? (
              <unknownLocalePage.Page requested={route.requested} />
            ) : (
              <notFoundPage.Page />
            )}
          </Suspense>
        </RouteErrorBoundary>
      </PageShell>
    </LocaleContext>
  );
}
