// Registers every folder's UI strings before anything loads them.
import './strings';
import type { LocaleId } from '../domain/article';
import {
  articleListings,
  contentFileOf,
  isArticleLoaded,
  isIndexLoaded,
  loadArticle,
  loadIndex,
} from '../lib/content/article-store';
import { hasNamespaces, loadLocaleStrings } from '../lib/i18n/i18n';
import { preferredLocale } from '../lib/locale/preferred-locale';
import { knownLocales } from './known-locales';
import { localeOf, needsOf, NOT_FOUND_NAMESPACES, resolveRoute } from './route-table';

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
  const { locale, pages, indexes, versions, indexParts, namespaces } = needsOfUrl(url, fallback);
  await Promise.all([
    loadLocaleStrings(locale, namespaces),
    ...pages.map((page) => page.load()),
    // The index says which version the page shows; a prerendered page preloads both files at once.
    Promise.all(indexes.map(loadIndex)).then((loaded) =>
      Promise.all([
        ...versions().map((version) => loadArticle(version.slug, version.locale)),
        ...indexParts().map((part) => part.load()),
        // A slug no article has renders the not-found page (never prerendered: the server's 404 page).
        ...(loaded.includes(null) ? [loadLocaleStrings(locale, NOT_FOUND_NAMESPACES)] : []),
      ]),
    ),
  ]);
}

/** Whether a URL renders with nothing left to load: a navigation to it then renders at once. */
export function rendersWithoutLoading(url: UrlParts): boolean {
  const { locale, pages, indexes, versions, indexParts, namespaces } = needsOfUrl(url);
  return (
    pages.every((page) => page.isLoaded()) &&
    indexes.every(isIndexLoaded) &&
    indexParts().every((part) => part.isLoaded()) &&
    (indexes.every((slug) => articleListings(slug).length > 0) ||
      hasNamespaces(locale, NOT_FOUND_NAMESPACES)) &&
    versions().every((version) => isArticleLoaded(version.slug, version.locale)) &&
    hasNamespaces(locale, namespaces)
  );
}

/**
 * What a URL loads lazily (prerendering preloads them, after `preloadRoute`): source keys of Vite's build
 * manifest, and the site paths of its article files (`/content/…`).
 */
export function lazyModulesOf(url: UrlParts, fallback: () => LocaleId): string[] {
  const { pages, indexes, versions, indexParts } = needsOfUrl(url, fallback);
  return [
    // Every page renders with it; the entry imports it apart (entry-client.tsx).
    'node_modules/react-dom/client.js',
    ...pages.map((page) => page.source),
    ...indexParts().map((part) => part.source),
    ...indexes.map((slug) => contentFileOf(slug)),
    ...versions().map((version) => contentFileOf(version.slug, version.locale)),
  ];
}
