// Registers every folder's UI strings before anything loads them.
import './strings';
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
  const { locale, pages, versions, namespaces } = needsOfUrl(url, fallback);
  await Promise.all([
    loadLocaleStrings(locale, namespaces),
    ...pages.map((page) => page.load()),
    ...versions.map((version) => loadArticle(version.slug, version.locale)),
  ]);
}

/** Whether a URL renders with nothing left to load: a navigation to it then renders at once. */
export function rendersWithoutLoading(url: UrlParts): boolean {
  const { locale, pages, versions, namespaces } = needsOfUrl(url);
  return (
    pages.every((page) => page.isLoaded()) &&
    versions.every((version) => isArticleLoaded(version.slug, version.locale)) &&
    hasNamespaces(locale, namespaces)
  );
}

/** What a URL loads lazily, as source keys of Vite's build manifest (prerendering preloads them). */
export function lazyModulesOf(url: UrlParts, fallback: () => LocaleId): string[] {
  const { pages, versions } = needsOfUrl(url, fallback);
  return [
    ...pages.map((page) => page.source),
    ...versions.map((version) => `virtual:content/article/${version.slug}/${version.locale}`),
  ];
}
