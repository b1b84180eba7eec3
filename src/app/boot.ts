import type { LocaleId } from '../domain/article';
import { isArticleLoaded, loadArticle } from '../lib/content/article-store';
import { hasNamespaces, loadLocaleStrings } from '../lib/i18n/i18n';
import { preferredLocale } from '../lib/locale/preferred-locale';
import { knownLocales } from './known-locales';
import { localeOf, needsOf, resolveRoute } from './route-table';

interface UrlParts {
  pathname: string;
  search: string;
}

/** The locale a URL renders in: its own when we have it, else the visitor's preferred one. */
export function renderLocaleOf(
  pathname: string,
  fallback: () => LocaleId = () => preferredLocale(knownLocales),
): LocaleId {
  return localeOf(resolveRoute(pathname, fallback), fallback);
}

function needsOfUrl({ pathname, search }: UrlParts, fallback?: () => LocaleId) {
  const route = resolveRoute(pathname, fallback);
  const locale = localeOf(route, fallback ?? (() => preferredLocale(knownLocales)));
  return { locale, ...needsOf(route, search) };
}

/**
 * Loads what the first render of a URL needs (its code, its locale's strings and its articles), so that
 * rendering never suspends: hydration must match the prerendered HTML.
 */
export async function preloadRoute(url: UrlParts, fallback?: () => LocaleId): Promise<void> {
  const { locale, pages, slugs, namespaces } = needsOfUrl(url, fallback);
  await Promise.all([
    loadLocaleStrings(locale, namespaces),
    ...pages.map((page) => page.load()),
    ...slugs.map((slug) => loadArticle(slug, locale)),
  ]);
}

/** Whether a URL renders with nothing left to load: a navigation to it then renders at once. */
export function rendersWithoutLoading(url: UrlParts): boolean {
  const { locale, pages, slugs, namespaces } = needsOfUrl(url);
  return (
    pages.every((page) => page.isLoaded()) &&
    slugs.every((slug) => isArticleLoaded(slug, locale)) &&
    hasNamespaces(locale, namespaces)
  );
}

/** What a URL loads lazily, as source keys of Vite's build manifest (prerendering preloads them). */
export function lazyModulesOf(url: UrlParts, fallback: () => LocaleId): string[] {
  const { locale, pages, slugs } = needsOfUrl(url, fallback);
  return [
    ...pages.map((page) => page.source),
    ...slugs.map((slug) => `virtual:content/article/${slug}/${locale}`),
  ];
}
