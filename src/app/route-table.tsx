import { matchPath } from 'react-router';
import type { LocaleId } from '../domain/article';
import { hasFilterParams } from '../domain/filter-params';
import { WIZARD_ARTICLE_SLUG } from '../domain/decision/wizard-article';
import { articlePath, homePath, searchPath, wizardPath } from '../domain/routes';
import { decodedPathSegment } from '../domain/url-input/parse';
import { articleListings, articleLocaleFor, hasArticle, isIndexLoaded } from '../lib/content/article-store';
import { preferredLocale } from '../lib/locale/preferred-locale';
import { knownLocales } from './known-locales';
import { lazyPage, type LazyPage } from './lazy-page';
import type { PageProps, PageRoute, PrerenderQueries, RouteParams, VersionKey } from './route-types';

/**
 * Every page of the help center, in one table (see README, "URLs"; an entry's fields: ./route-types.ts).
 * The client's routing, loading before hydration and navigation, the server render and the prerender all
 * read it; nothing else names a path. Adding a page is adding an entry.
 */
/**
 * Namespaces of the page shell around every page (header, language links, footer). The header's search
 * field takes its label from `app`; the combobox it turns into loads `agent-tools` when focused.
 */
export const LAYOUT_NAMESPACES = ['app', 'locale-switcher'] as const;

const withQueries = (path: string, queries: string[]) => [path, ...queries.map((query) => path + query)];

const articleFilterNotices = lazyPage('src/features/applies-to/components/AppliesToNotices.tsx', () =>
  import('../features/applies-to/components/AppliesToNotices').then(
    ({ AppliesToNotices }) =>
      function ArticleFilterNotices({ params }: PageProps) {
        return <AppliesToNotices slug={params.slug ?? ''} />;
      },
  ),
);

export const PAGE_ROUTES: readonly PageRoute[] = [
  {
    id: 'home',
    path: '',
    page: lazyPage('src/app/routes/HomeRoute.tsx', () =>
      import('./routes/HomeRoute').then((module) => module.HomeRoute),
    ),
    indexes: () => [],
    articles: () => [],
    namespaces: ['routes', 'applies-to'],
    prerender: (locale, queries) => withQueries(homePath(locale), queries.filters),
  },
  {
    id: 'article',
    path: 'articles/:slug',
    page: lazyPage('src/app/routes/ArticleRoute.tsx', () =>
      import('./routes/ArticleRoute').then((module) => module.ArticleRoute),
    ),
    // Most readers come without an applies-to filter: the notices about one load only for a URL naming it.
    parts: (search) => (hasFilterParams(search) ? [articleFilterNotices] : []),
    // The index says whether the slug exists and in which locales: the page shows the version, or says
    // which versions exist (a locale the article lacks), or that there is no such article.
    indexes: ({ slug = '' }) => [slug],
    articles: ({ slug = '' }, locale) => (hasArticle(slug, locale) ? [{ slug, locale }] : []),
    indexParts: ({ slug = '' }, locale) => {
      if (!isIndexLoaded(slug) || hasArticle(slug, locale)) return [];
      return articleListings(slug).length > 0 ? [versionsElsewherePage] : [articleNotFoundPage];
    },
    // The applies-to strings only with a filter in the URL: its notices are the only text of theirs here.
    namespaces: (search) => (hasFilterParams(search) ? ['article', 'applies-to'] : ['article']),
    // In a locale the article lacks, the page that says so (no query variants: it has no filter notices).
    prerender: (locale, queries) =>
      queries.articles.flatMap(({ slug, locales }) =>
        locales.includes(locale)
          ? withQueries(articlePath(locale, slug), queries.articleFilters(slug))
          : [articlePath(locale, slug)],
      ),
  },
  {
    id: 'wizard',
    path: 'who-contacts-my-customer',
    page: lazyPage('src/features/wizard/components/WizardPage.tsx', () =>
      import('../features/wizard/components/WizardPage').then((module) => module.WizardPage),
    ),
    // Outcomes quote the article, so its sentences are needed as soon as answers are in the URL; in a
    // locale the article lacks, they quote the version the wizard falls back to.
    indexes: () => [WIZARD_ARTICLE_SLUG],
    articles: (_params, locale) => {
      const articleLocale = articleLocaleFor(WIZARD_ARTICLE_SLUG, locale);
      return articleLocale ? [{ slug: WIZARD_ARTICLE_SLUG, locale: articleLocale }] : [];
    },
    // agent-tools: Copy reply on outcomes (the other half of issue 18 may move its strings).
    namespaces: ['wizard'],
    prerender: (locale, queries) => withQueries(wizardPath(locale), queries.wizard),
  },
  {
    id: 'search',
    path: 'search',
    page: lazyPage('src/features/agent-tools/components/SearchPage.tsx', () =>
      import('../features/agent-tools/components/SearchPage').then((module) => module.SearchPage),
    ),
    indexes: () => [],
    articles: () => [],
    namespaces: ['agent-tools'],
    // A shell: the query (`?q=…`) is read in the browser, so a results page is one file per locale.
    prerender: (locale) => [searchPath(locale)],
  },
];

/**
 * The page's one notice about its URL (README, "URL input"): its code (and the wizard's rule across its
 * answers) loads only for URLs that may have something to report, after the page has rendered
 * (src/app/url-input/UrlInputSlot.tsx): neither the first paint nor a navigation waits for it.
 */
export const urlInputNotice = lazyPage('src/app/url-input/UrlInputNotice.tsx', () =>
  import('./url-input/UrlInputNotice').then((module) => module.UrlInputNotice),
);

/** The URL notice's route id for a resolved URL (`not-found` for pages no route matches). */
export const urlInputRouteOf = (route: ResolvedRoute): string =>
  route.kind === 'page' ? route.route.id : 'not-found';

/** An article URL in a locale the article lacks: the versions that exist. */
const versionsElsewherePage = lazyPage<PageProps>('src/app/routes/VersionsElsewhereRoute.tsx', () =>
  import('./routes/VersionsElsewhereRoute').then((module) => module.VersionsElsewhereRoute),
);

/** An article URL whose slug no article has (on the client: the server answers with its 404 page). */
const articleNotFoundPage = lazyPage<PageProps>('src/app/routes/NotFoundRoute.tsx', () =>
  import('./routes/NotFoundRoute').then((module) => module.NotFoundRoute),
);

/** The pages for URLs that match no route: not found in a locale, and a locale we do not have. */
export const notFoundPage = lazyPage('src/app/routes/NotFoundRoute.tsx', () =>
  import('./routes/NotFoundRoute').then((module) => module.NotFoundRoute),
);
export const unknownLocalePage = lazyPage('src/app/routes/NotFoundRoute.tsx', () =>
  import('./routes/NotFoundRoute').then((module) => module.UnknownLocalePage),
);
export const rootPage = lazyPage('src/app/routes/RootRedirect.tsx', () =>
  import('./routes/RootRedirect').then((module) => module.RootRedirect),
);
export const NOT_FOUND_NAMESPACES = ['routes'] as const;

export type ResolvedRoute =
  | { kind: 'root' }
  /** The same URL with its locale in lowercase (`/zh-TW/…` → `/zh-tw/…`). */
  | { kind: 'redirect'; pathname: string }
  /** The first segment is no locale we have: a not-found page in the visitor's preferred locale. */
  | { kind: 'unknown-locale'; locale: LocaleId; requested: string }
  | { kind: 'not-found'; locale: LocaleId }
  | { kind: 'page'; locale: LocaleId; route: PageRoute; params: RouteParams };

/** What a pathname shows: the one place a URL is matched to a page. */
export function resolveRoute(
  pathname: string,
  fallbackLocale: () => LocaleId = () => preferredLocale(knownLocales),
): ResolvedRoute {
  const [, first = '', ...rest] = pathname.split('/');
  if (first === '') return { kind: 'root' };
  if (!knownLocales.includes(first)) {
    const lowerCased = first.toLowerCase();
    if (knownLocales.includes(lowerCased))
      return { kind: 'redirect', pathname: ['', lowerCased, ...rest].join('/') };
    return { kind: 'unknown-locale', locale: fallbackLocale(), requested: decodedPathSegment(first) };
  }
  for (const route of PAGE_ROUTES) {
    const match = matchPath({ path: `/:locale/${route.path}`, caseSensitive: true }, pathname);
    if (!match) continue;
    // URL slugs are lowercase; Microsoft's folder names have capitals: that spelling redirects (to the
    // article, or to the page saying there is none).
    const slug = (match.params as RouteParams).slug;
    if (slug !== undefined && slug !== slug.toLowerCase())
      return { kind: 'redirect', pathname: articlePath(first, slug.toLowerCase()) };
    return { kind: 'page', locale: first, route, params: match.params };
  }
  return { kind: 'not-found', locale: first };
}

/** A path no route matches, rendered once per locale as that locale's 404 page. */
const NOT_FOUND_PROBE = '__not-found__';

export interface PrerenderTarget {
  url: string;
  /** Answered with the page of this other URL instead of a page of its own (not rendered). */
  sameAs?: string;
  /** A not-found page: served for every path it covers, so rendered for none of them in particular. */
  notFound?: boolean;
}

/** Every page to prerender: the root, the neutral and each locale's 404, and each route's own URLs. */
export function prerenderTargets(queries: PrerenderQueries): PrerenderTarget[] {
  return [
    { url: '/' },
    { url: `/${NOT_FOUND_PROBE}`, notFound: true },
    ...knownLocales.flatMap((locale) => [
      { url: `/${locale}/${NOT_FOUND_PROBE}`, notFound: true },
      ...PAGE_ROUTES.flatMap((route) => route.prerender(locale, queries).map((url) => ({ url }))),
    ]),
  ];
}

/** The locale a pathname renders in. */
export function localeOf(route: ResolvedRoute, fallbackLocale: () => LocaleId): LocaleId {
  return route.kind === 'root' || route.kind === 'redirect' ? fallbackLocale() : route.locale;
}

export interface RouteNeeds {
  /** Only what loading needs of each page: not its component. */
  pages: Pick<LazyPage, 'source' | 'load' | 'isLoaded'>[];
  /** Slugs of the article indexes to load first. */
  indexes: string[];
  /** The versions, read once the indexes are loaded (before, the ones known so far). */
  versions: () => VersionKey[];
  /** Page parts chosen by the indexes, read once they are loaded. */
  indexParts: () => Pick<LazyPage, 'source' | 'load' | 'isLoaded'>[];
  namespaces: readonly string[];
}

const none = () => [];

const namespacesOf = ({ namespaces }: PageRoute, search: string): readonly string[] =>
  typeof namespaces === 'function' ? namespaces(new URLSearchParams(search)) : namespaces;

/** The code, articles and string namespaces a URL renders with. */
export function needsOf(route: ResolvedRoute, search: string): RouteNeeds {
  switch (route.kind) {
    case 'root':
      return { pages: [rootPage], indexes: [], versions: none, indexParts: none, namespaces: [] };
    case 'redirect':
      return { pages: [], indexes: [], versions: none, indexParts: none, namespaces: [] };
    case 'unknown-locale':
      return {
        pages: [unknownLocalePage],
        indexes: [],
        versions: none,
        indexParts: none,
        namespaces: [...LAYOUT_NAMESPACES, ...NOT_FOUND_NAMESPACES],
      };
    case 'not-found':
      return {
        pages: [notFoundPage],
        indexes: [],
        versions: none,
        indexParts: none,
        namespaces: [...LAYOUT_NAMESPACES, ...NOT_FOUND_NAMESPACES],
      };
    case 'page':
      return {
        pages: [route.route.page, ...(route.route.parts?.(new URLSearchParams(search)) ?? [])],
        indexes: route.route.indexes(route.params),
        versions: () => route.route.articles(route.params, route.locale),
        indexParts: () => route.route.indexParts?.(route.params, route.locale) ?? [],
        namespaces: [...LAYOUT_NAMESPACES, ...namespacesOf(route.route, search)],
      };
  }
}
