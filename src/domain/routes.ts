import type { LocaleId } from './article';

/**
 * The public URLs of the help center. Portals and helpdesk agents link to these; they are a contract
 * (documented in docs/urls.md), so change them only with redirects.
 */
export const homePath = (locale: LocaleId) => `/${locale}/`;
export const articlePath = (locale: LocaleId, slug: string) => `/${locale}/articles/${slug}`;
export const wizardPath = (locale: LocaleId) => `/${locale}/who-contacts-my-customer`;

/** The same page in another locale (the first path segment swapped). */
export function withLocale(pathname: string, locale: LocaleId): string {
  const segments = pathname.split('/');
  if (segments.length < 2 || segments[1] === '') return homePath(locale);
  segments[1] = locale;
  return segments.join('/');
}

/** The sentence search's results page, `/<locale>/search?q=…` (docs/urls.md). */
export function searchPath(locale: LocaleId, query?: string): string {
  const path = `/${locale}/search`;
  return query === undefined ? path : `${path}?${new URLSearchParams({ q: query })}`;
}

const ARTICLE_PATH = /^\/[^/]+\/articles\/([^/]+)\/?$/;

/** The slug of an article URL's path (`/zh-cn/articles/<slug>`), else undefined. */
export function articleSlugOf(pathname: string): string | undefined {
  return ARTICLE_PATH.exec(pathname)?.[1];
}
