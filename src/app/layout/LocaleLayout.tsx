import { Suspense } from 'react';
import { Navigate, Outlet, useLocation, useParams } from 'react-router';
import { withLocale } from '../../domain/routes';
import { LocaleContext } from '../../lib/locale/locale-context';
import { preferredLocale } from '../../lib/locale/preferred-locale';
import { isKnownLocale, knownLocales } from '../known-locales';
import { UnknownLocalePage } from '../lazy-routes';
import { PageShell } from './PageShell';

/**
 * Validates the locale segment. `/zh-TW/…` redirects to `/zh-tw/…`; a locale we do not have shows a
 * not-found page in the visitor's preferred locale, listing the languages that exist.
 */
export function LocaleLayout() {
  const { locale } = useParams();
  const { pathname, search, hash } = useLocation();
  const lowerCased = locale?.toLowerCase();
  if (locale !== lowerCased && isKnownLocale(lowerCased)) {
    return <Navigate replace to={{ pathname: withLocale(pathname, lowerCased), search, hash }} />;
  }
  if (!isKnownLocale(locale)) {
    return (
      <LocaleContext value={preferredLocale(knownLocales)}>
        <PageShell>
          <UnknownLocalePage requested={locale ?? ''} />
        </PageShell>
      </LocaleContext>
    );
  }
  return (
    <LocaleContext value={locale}>
      <PageShell>
        <Suspense fallback={null}>
          <Outlet />
        </Suspense>
      </PageShell>
    </LocaleContext>
  );
}
