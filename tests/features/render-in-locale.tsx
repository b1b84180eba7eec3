import '../../src/app/strings';
import { render } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { loadArticle, manifest } from '../../src/lib/content/article-store';
import { loadLocaleStrings } from '../../src/lib/i18n/i18n';
import { LocaleContext } from '../../src/lib/locale/locale-context';

/** Where the router is now, for assertions about navigation. */
function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search + location.hash}</div>;
}

/**
 * Renders a component as the app would: inside a router at `url`, in the locale of its first segment, with
 * that locale's strings and articles loaded first (as the app's boot does; the first dynamic import of a
 * content module in a fresh test worker can take longer than a `findBy` waits).
 */
export async function renderInLocale(ui: ReactNode, url: string) {
  const locale = url.split('/')[1] ?? 'en-us';
  await Promise.all([
    loadLocaleStrings(locale),
    ...manifest.slugs
      .filter((slug) => manifest.articles[slug]?.[locale])
      .map((slug) => loadArticle(slug, locale)),
  ]);
  return render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route
          path="*"
          element={
            <LocaleContext value={locale}>
              <Suspense fallback={<p>loading</p>}>{ui}</Suspense>
              <LocationProbe />
            </LocaleContext>
          }
        />
      </Routes>
    </MemoryRouter>,
  );
}
