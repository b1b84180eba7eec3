import type { LocaleId } from './article';

/**
 * The public URLs of the help center. Portals and helpdesk agents link to these; they are a contract
 * (documented in the README), so change them only with redirects.
 */
export const homePath = (locale: LocaleId) => `/${locale}/`;
export const articlePath = (locale: LocaleId, slug: string) => `/${locale}/articles/${slug}`;
export const wizardPath = (locale: LocaleId) => `/${locale}/who-contacts-my-customer`;

export type RouteMatch =
  | { kind: 'root' }
  | { kind: 'home'; locale: string }
  | { kind: 'article'; locale: string; slug: string }
  | { kind: 'wizard'; locale: string }
  | { kind: 'other'; locale: string; rest: string };

/** Classifies a pathname; the locale is returned as written (the app validates it). */
export function matchRoute(pathname: string): RouteMatch {
  const segments = pathname.split('/').filter(Boolean);
  const [locale, section, slug, ...extra] = segments;
  if (locale === undefined) return { kind: 'root' };
  if (section === undefined) return { kind: 'home', locale };
  if (section === 'articles' && slug !== undefined && extra.length === 0)
    return { kind: 'article', locale, slug };
  if (section === 'who-contacts-my-customer' && slug === undefined) return { kind: 'wizard', locale };
  return { kind: 'other', locale, rest: segments.slice(1).join('/') };
}

/** The same page in another locale (the first path segment swapped). */
export function withLocale(pathname: string, locale: LocaleId): string {
  const segments = pathname.split('/');
  if (segments.length < 2 || segments[1] === '') return homePath(locale);
  segments[1] = locale;
  return segments.join('/');
}
