import { Suspense } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LocaleContext } from '../lib/locale/locale-context';
import { PageShell } from './layout/PageShell';
import { RouteErrorBoundary } from './layout/RouteErrorBoundary';
import { notFoundPage, resolveRoute, rootPage, unknownLocalePage, urlInputRouteOf } from './route-table';
import { UrlInputSlot } from './url-input/UrlInputSlot';

/** Every URL of the help center, as the route table resolves it (see docs/urls.md). */
export function AppRoutes() {
  return (
    <Suspense fallback={null}>
      <ResolvedPage />
    </Suspense>
  );
}

function ResolvedPage() {
  const { pathname, search, hash } = useLocation();
  const route = resolveRoute(pathname);
  if (route.kind === 'root') return <rootPage.Page />;
  if (route.kind === 'redirect') return <Navigate replace to={{ pathname: route.pathname, search, hash }} />;
  return (
    <LocaleContext value={route.locale}>
      <PageShell>
        <RouteErrorBoundary resetKey={pathname + search}>
          <UrlInputSlot route={urlInputRouteOf(route)} search={search} hash={hash} />
          <Suspense fallback={null}>
            {route.kind === 'page' ? (
              // A page per route (a new one when the route changes); its URL parameters as props.
              <route.route.page.Page
                key={route.route.id}
                params={route.params}
                parts={route.route.parts?.(new URLSearchParams(search)) ?? []}
                instead={route.route.indexParts?.(route.params, route.locale) ?? []}
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
