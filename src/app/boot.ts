import type { LocaleId } from '../domain/article';
import { matchRoute } from '../domain/routes';
import { hasArticle, loadArticle, manifest } from '../lib/content/article-store';
import { loadLocaleStrings } from '../lib/i18n/i18n';
import { preferredLocale } from '../lib/locale/preferred-locale';
import { isKnownLocale, knownLocales } from './known-locales';
import { loadWizardPage } from './lazy-routes';

/** The locale a URL renders in: its own when we have it, else the visitor's preferred one. */
export function renderLocaleOf(
  pathname: string,
  fallback: () => LocaleId = () => preferredLocale(knownLocales),
) {
  const route = matchRoute(pathname);
  if (route.kind !== 'root' && isKnownLocale(route.locale.toLowerCase())) return route.locale.toLowerCase();
  return fallback();
}

/**
 * Loads what the first render of a URL needs (its locale's strings and its article), so that rendering
 * never suspends: prerendering cannot wait, and hydration must match the prerendered HTML.
 */
export async function preloadRoute(pathname: string, locale: LocaleId): Promise<void> {
  const route = matchRoute(pathname);
  const loads: Promise<unknown>[] = [loadLocaleStrings(locale)];
  if (route.kind === 'article' && hasArticle(route.slug, locale)) loads.push(loadArticle(route.slug, locale));
  if (route.kind === 'wizard') {
    loads.push(loadWizardPage());
    // Outcomes quote the article, so its sentences are needed as soon as answers are in the URL.
    for (const slug of manifest.slugs) if (hasArticle(slug, locale)) loads.push(loadArticle(slug, locale));
  }
  await Promise.all(loads);
}
