import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { ArticleRoute, HomeRoute, WizardPage } from './lazy-routes';
import { LocaleLayout } from './layout/LocaleLayout';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { RootRedirect } from './routes/RootRedirect';

/** Every URL of the help center (see README, "URLs"). */
export function AppRoutes() {
  return (
    <Suspense fallback={null}>
      <Routes>
        <Route index element={<RootRedirect />} />
        <Route path=":locale" element={<LocaleLayout />}>
          <Route index element={<HomeRoute />} />
          <Route path="articles/:slug" element={<ArticleRoute />} />
          <Route path="who-contacts-my-customer" element={<WizardPage />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
        <Route path="*" element={<LocaleLayout />}>
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
