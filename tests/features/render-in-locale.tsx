import '../../src/app/strings';
import { render } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { articleListings, loadArticle, loadIndex } from '../../src/lib/content/article-store';
import { loadLocaleStrings } from '../../src/lib/i18n/i18n';
import { loadCatalog } from '../../src/lib/content/article-catalog';
import { LocaleContext } from '../../src/lib/locale/locale-context';
import { WIZARD_ARTICLE_SLUG } from '../../src/domain/decision/wizard-article';

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
  const slug = /\/articles\/([^/?#]+)/.exec(url)?.[1] ?? WIZARD_ARTICLE_SLUG;
  await Promise.all([
    loadLocaleStrings(locale),
    loadIndex(slug),
    loadIndex(WIZARD_ARTICLE_SLUG),
    loadCatalog(),
  ]);
  await Promise.all(
    [slug, WIZARD_ARTICLE_SLUG].flatMap((each) =>
      articleListings(each).some((version) => version.locale === locale) ? [loadArticle(each, locale)] : [],
    ),
  );
  return render(
    // As the app's router, the last of two navigations in one handler wins (MemoryRouter's transitions kept
    // the first: Continue after Change replaces the step's entry, then pushes the next step).
    <MemoryRouter initialEntries={[url]} useTransitions={false}>
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
