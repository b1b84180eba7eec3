import type { LocaleId } from '../domain/article';
import { hasFilterParams } from '../domain/filter-params';
import { matchRoute } from '../domain/routes';
import { WIZARD_ARTICLE_SLUG } from '../domain/wizard-article';
import { articleLocaleFor, hasArticle, isArticleLoaded, loadArticle } from '../lib/content/article-store';
import { hasStringsOfPagesSeen, loadLocaleStrings } from '../lib/i18n/i18n';
import { preferredLocale } from '../lib/locale/preferred-locale';
import { isKnownLocale, knownLocales } from './known-locales';
import { routeModules, type LazyRoute } from './lazy-routes';

/** The locale a URL names, in any case, when we have it; null for the root and for unknown locales. */
export function localeInPath(pathname: string): LocaleId | null {
  const route = matchRoute(pathname);
  if (route.kind === 'root') return null;
  const locale = route.locale.toLowerCase();
  return isKnownLocale(locale) ? locale : null;
}

/** The locale a URL renders in: its own when we have it, else the visitor's preferred one. */
export function renderLocaleOf(
  pathname: string,
  fallback: () => LocaleId = () => preferredLocale(knownLocales),
): LocaleId {
  return localeInPath(pathname) ?? fallback();
}

/** An article version a page renders with: not always in the page's locale (the wizard falls back). */
interface VersionKey {
  slug: string;
  locale: LocaleId;
}

/** The lazy modules (page and parts) and article versions a URL renders with. */
function lazyPartsOf(
  pathname: string,
  search: string,
  locale: LocaleId,
): { modules: LazyRoute[]; slugs: VersionKey[] } {
  const { page, slugs } = lazyPageOf(pathname, locale);
  const modules: LazyRoute[] = page ? [page] : [];
  if (page === 'article' && hasFilterParams(new URLSearchParams(search)))
    modules.push('articleFilterNotices');
  return { modules, slugs };
}

function lazyPageOf(pathname: string, locale: LocaleId): { page: LazyRoute | null; slugs: VersionKey[] } {
  const route = matchRoute(pathname);
  if (route.kind === 'root') return { page: 'root', slugs: [] };
  if (!knownLocales.includes(route.locale)) {
    // `/zh-TW/…` only redirects to `/zh-tw/…`; any other unknown locale gets the unknown-locale page.
    return { page: knownLocales.includes(route.locale.toLowerCase()) ? null : 'unknownLocale', slugs: [] };
  }
  if (route.kind === 'home') return { page: 'home', slugs: [] };
  if (route.kind === 'article') {
    return hasArticle(route.slug, locale)
      ? { page: 'article', slugs: [{ slug: route.slug, locale }] }
      : { page: 'notFound', slugs: [] };
  }
  // Outcomes quote the article, so its sentences are needed as soon as answers are in the URL; in a locale
  // the article lacks, they quote the version the wizard falls back to.
  if (route.kind === 'wizard') {
    const articleLocale = articleLocaleFor(WIZARD_ARTICLE_SLUG, locale);
    return {
      page: 'wizard',
      slugs: articleLocale ? [{ slug: WIZARD_ARTICLE_SLUG, locale: articleLocale }] : [],
    };
  }
  return { page: 'notFound', slugs: [] };
}

/** What a route loads lazily: source keys of Vite's build manifest, for prerendering's modulepreloads. */
export function lazyModulesOf(pathname: string, search: string, locale: LocaleId): string[] {
  const { modules, slugs } = lazyPartsOf(pathname, search, locale);
  return [
    ...modules.map((module) => routeModules[module].source),
    ...slugs.map((version) => `virtual:content/article/${version.slug}/${version.locale}`),
  ];
}

/**
 * Loads what the first render of a URL needs (its locale's strings and its article), so that rendering
 * never suspends: hydration must match the prerendered HTML. `namespaces` are the UI string namespaces the
 * page uses (prerendering records them); without it every namespace is loaded.
 */
export async function preloadRoute(
  { pathname, search }: { pathname: string; search: string },
  locale: LocaleId,
  namespaces?: readonly string[],
) {
  const { modules, slugs } = lazyPartsOf(pathname, search, locale);
  await Promise.all([
    loadLocaleStrings(locale, namespaces),
    ...modules.map((module) => routeModules[module].load()),
    ...slugs.map((version) => loadArticle(version.slug, version.locale)),
  ]);
}

/**
 * Whether a URL renders with nothing left to load: its page's code and articles are here, and its locale
 * has the strings that the kinds of page shown so far needed. A page's namespaces are all loaded the first
 * time it renders, and a page renders before its module counts as loaded only at boot, which preloads them.
 */
export function rendersWithoutLoading({ pathname, search }: { pathname: string; search: string }): boolean {
  const locale = renderLocaleOf(pathname);
  const { modules, slugs } = lazyPartsOf(pathname, search, locale);
  return (
    modules.every((module) => routeModules[module].isLoaded()) &&
    slugs.every((version) => isArticleLoaded(version.slug, version.locale)) &&
    hasStringsOfPagesSeen(locale)
  );
}
