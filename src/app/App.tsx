import { Suspense } from 'react';
import { Route, Routes, useLocation, useParams } from 'react-router';
import { hasFilterParams } from '../domain/filter-params';
import { hasArticle } from '../lib/content/article-store';
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

/** Every URL of the help center (see README, "URLs"). */
export function AppRoutes() {
  return (
    <Suspense fallback={null}>
      <Routes>
        <Route index element={<RootRedirect />} />
        <Route path=":locale" element={<LocaleLayout />}>
          <Route index element={<HomeRoute />} />
          <Route path="articles/:slug" element={<ArticleOrNotFound />} />
          <Route path="who-contacts-my-customer" element={<WizardPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route path="*" element={<LocaleLayout />}>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

/**
 * Only an article version that exists loads the article page's chunk; anything else is not found. Most
 * readers come without an applies-to filter: the notices about one load only for a URL that names it.
 */
function ArticleOrNotFound() {
  const { slug = '' } = useParams();
  const { search } = useLocation();
  if (!hasArticle(slug, useLocale())) return <NotFoundPage />;
  const filtered = hasFilterParams(new URLSearchParams(search));
  return <ArticleRoute notices={filtered ? <ArticleFilterNotices slug={slug} /> : null} />;
}
