import { Suspense } from 'react';
import { Navigate, useLocation, useParams, useRoutes, type RouteObject } from 'react-router';
import { hasFilterParams } from '../domain/filter-params';
import { articlePath } from '../domain/routes';
import { articleVersions, hasArticle } from '../lib/content/article-store';
import { useLocale } from '../lib/locale/locale-context';
import {
  ArticleFilterNotices,
  ArticleRoute,
  HomeRoute,
  NotFoundPage,
  RootRedirect,
  WizardPage,
} from './lazy-routes';
import { LocaleLayout } from './layout/LocaleLayout';

/**
 * Every URL of the help center (see README, "URLs"). Plain route objects, made once: the router then does
 * not rebuild them from elements on every navigation.
 */
const routes: RouteObject[] = [
  { index: true, element: <RootRedirect /> },
  {
    path: ':locale',
    element: <LocaleLayout />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'articles/:slug', element: <ArticleOrNotFound /> },
      { path: 'who-contacts-my-customer', element: <WizardPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  { path: '*', element: <LocaleLayout />, children: [{ path: '*', element: <NotFoundPage /> }] },
];

export function AppRoutes() {
  const page = useRoutes(routes);
  return <Suspense fallback={null}>{page}</Suspense>;
}

/**
 * Only an article version that exists loads the article page's chunk; anything else is not found. Most
 * readers come without an applies-to filter: the notices about one load only for a URL that names it.
 * URL slugs are lowercase: a slug in other case (Microsoft's file names have capitals) redirects.
 */
function ArticleOrNotFound() {
  const { slug = '' } = useParams();
  const { search, hash } = useLocation();
  const locale = useLocale();
  const lowerCased = slug.toLowerCase();
  if (slug !== lowerCased && articleVersions(lowerCased).length > 0) {
    return <Navigate replace to={{ pathname: articlePath(locale, lowerCased), search, hash }} />;
  }
  if (!hasArticle(slug, locale)) return <NotFoundPage />;
  const filtered = hasFilterParams(new URLSearchParams(search));
  return <ArticleRoute notices={filtered ? <ArticleFilterNotices slug={slug} /> : null} />;
}
