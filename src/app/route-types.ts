import type { LocaleId } from '../domain/article';
import type { RouteId } from '../domain/routes';
import type { LazyPage } from './lazy-page';

/** One entry of the route table (./route-table.tsx): a page, what it needs, and what is prerendered. */
export interface PageRoute {
  id: RouteId;
  /** Under `/<locale>/`, as React Router's `matchPath` reads it ('' is the locale's home): ../domain/routes.ts. */
  path: string;
  /** The page's code: its own chunk. */
  page: LazyPage<PageProps>;
  /** Parts of the page that only some URLs need, each its own chunk (by the URL's query). */
  parts?: (search: URLSearchParams) => LazyPage<PageProps>[];
  /** The articles whose index (which versions exist) the page needs, by slug: loaded first. */
  indexes: (params: RouteParams) => string[];
  /** The article versions the page renders with, once those indexes are loaded. */
  articles: (params: RouteParams, locale: LocaleId) => VersionKey[];
  /** Parts the page shows by what the indexes say (each its own chunk), once they are loaded. */
  indexParts?: (params: RouteParams, locale: LocaleId) => LazyPage<PageProps>[];
  /**
   * UI string namespaces the page renders, besides the layout's (prerendering checks the list): a list, or
   * one per query when only some URLs render a namespace (as `parts`).
   */
  namespaces: readonly string[] | ((search: URLSearchParams) => readonly string[]);
  /** The site-relative URLs prerendered for the page in a locale (queries included). */
  prerender: (locale: LocaleId, queries: PrerenderQueries) => string[];
}

/** An entry as the table writes it: its id is its key, its path the one ../domain/routes.ts gives it. */
export type RouteEntry = Omit<PageRoute, 'id' | 'path'>;

/**
 * The query strings the app itself writes (prerender-queries.ts, given by the prerender so that the
 * client's bundle does not carry what they are computed from).
 */
export interface PrerenderQueries {
  /** The home page's: every value any article lists. */
  filters: string[];
  /** An article's: only the values its own versions list (others render the plain page's HTML). */
  articleFilters: (slug: string) => string[];
  wizard: string[];
  /** Every article's slug and the locales it has versions in. */
  articles: readonly { slug: string; locales: readonly LocaleId[] }[];
}

/** An article version a page renders with: not always in the page's locale (the wizard falls back). */
export interface VersionKey {
  slug: string;
  locale: LocaleId;
}

export type RouteParams = Readonly<Record<string, string | undefined>>;

/** What every page is given: the URL's parameters (`slug`) and the optional parts it loaded. */
export interface PageProps {
  params: RouteParams;
  parts: LazyPage<PageProps>[];
  /** What to show instead of the page's own content (`indexParts`: e.g. the article is not in this locale). */
  instead?: LazyPage<PageProps>[];
}
