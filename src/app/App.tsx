import { Suspense } from 'react';
import { Route, Routes, useParams } from 'react-router';
import { hasArticle } from '../lib/content/article-store';
import { useLocale } from '../lib/locale/locale-context';
import { ArticleRoute, HomeRoute, NotFoundPage, WizardPage } from './lazy-routes';
import { LocaleLayout } from './layout/LocaleLayout';
import { RootRedirect } from './routes/RootRedirect';

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

/** Only an article version that exists loads the article page's chunk; anything else is not found. */
function ArticleOrNotFound() {
  const { slug = '' } = useParams();
  return hasArticle(slug, useLocale()) ? <ArticleRoute /> : <NotFoundPage />;
}
