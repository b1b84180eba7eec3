import type { LocaleId } from './article';
import { ARTICLES_SEGMENT } from './site-paths.mjs';

/**
 * The public URLs of the help center, under `/<locale>/`, by route id: the one place a path is written.
 * Portals and helpdesk agents link to these; they are a contract (docs/urls.md), so change them only with
 * redirects. src/app/route-table.tsx has one entry per id (the compiler holds the two to each other), and
 * every other reader (the URL parameters' table, the prerender, the bench's routes and budgets) derives
 * from there. Patterns are React Router's (`:slug`).
 */
export const PAGE_PATHS = {
  home: '',
  article: `${ARTICLES_SEGMENT}/:slug`,
  wizard: 'who-contacts-my-customer',
  search: 'search',
} as const;

export type RouteId = keyof typeof PAGE_PATHS;

/** A page's URL in a locale: the pattern's `:name` segments filled from `params`. */
export function pagePath(
  id: RouteId,
  locale: LocaleId,
  params: Readonly<Record<string, string>> = {},
): string {
  const path = PAGE_PATHS[id].replace(/:(\w+)/g, (_, name: string) => params[name] ?? '');
  return `/${locale}/${path}`;
}

export const homePath = (locale: LocaleId) => `/${locale}/${PAGE_PATHS.home}`;
export const articlePath = (locale: LocaleId, slug: string) =>
  `/${locale}/${PAGE_PATHS.article.replace(':slug', slug)}`;
export const wizardPath = (locale: LocaleId) => `/${locale}/${PAGE_PATHS.wizard}`;

/** The same page in another locale (the first path segment swapped). */
export function withLocale(pathname: string, locale: LocaleId): string {
  const segments = pathname.split('/');
  if (segments.length < 2 || segments[1] === '') return homePath(locale);
  segments[1] = locale;
  return segments.join('/');
}

/** The sentence search's results page, `/<locale>/search?q=…` (docs/agent-tools.md). */
export function searchPath(locale: LocaleId, query?: string): string {
  const path = `/${locale}/${PAGE_PATHS.search}`;
  return query === undefined ? path : `${path}?${new URLSearchParams({ q: query })}`;
}

/**
 * An article's URL slug: Microsoft's file name lowercased (letters, digits, `-`, `_`, `.`:
 * `customers_revoke_admin_privileges`), starting with a letter or digit, and never `..`.
 */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

export function isUrlSlug(value: string): boolean {
  return SLUG_PATTERN.test(value) && !value.includes('..');
}

const ARTICLE_PATH = new RegExp(`^/[^/]+/${PAGE_PATHS.article.replace(':slug', '([^/]+)')}/?$`);

/** The slug of an article URL's path (`/zh-cn/articles/<slug>`), else undefined. */
export function articleSlugOf(pathname: string): string | undefined {
  return ARTICLE_PATH.exec(pathname)?.[1];
}
