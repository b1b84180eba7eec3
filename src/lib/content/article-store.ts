import { use } from 'react';
import { articleLoaders, manifest } from 'virtual:content/manifest';
import type { Article, LocaleId } from '../../domain/article';
import { retryOnce } from '../promise/retry-once';
import { hasFulfilled, trackSettlement } from '../promise/track-settlement';
import type { ArticleSummary, ContentManifest } from '../../content/content-manifest';

export { manifest };
export type { ArticleSummary, ContentManifest };

const loaded = new Map<string, Promise<Article>>();

const keyOf = (slug: string, locale: LocaleId) => `${slug}/${locale}`;

export function hasArticle(slug: string, locale: LocaleId): boolean {
  return keyOf(slug, locale) in articleLoaders;
}

/**
 * The locale a version of the article is read in for a page in `locale`: its own when the article has one,
 * else the first version in manifest order (en-us when it exists). Undefined when the slug is unknown.
 */
export function articleLocaleFor(slug: string, locale: LocaleId): LocaleId | undefined {
  if (hasArticle(slug, locale)) return locale;
  return articleVersions(slug)[0]?.locale;
}

export function articleSummary(slug: string, locale: LocaleId): ArticleSummary | undefined {
  return manifest.articles[slug]?.[locale];
}

/** Every locale version of one article, in manifest locale order. */
export function articleVersions(slug: string): ArticleSummary[] {
  const versions = manifest.articles[slug] ?? {};
  return manifest.locales.flatMap((locale) => versions[locale.id] ?? []);
}

/** Starts (or reuses) the download of one article version. Safe to call before rendering. */
export function loadArticle(slug: string, locale: LocaleId): Promise<Article> {
  const key = keyOf(slug, locale);
  const existing = loaded.get(key);
  if (existing) return existing;
  const loader = articleLoaders[key];
  const promise = loader
    ? retryOnce(loader).then((module) => module.default)
    : Promise.reject(new Error(`No article ${key}`));
  loaded.set(key, trackSettlement(promise));
  // A download that failed is tried again by the next caller (a reload, a later navigation).
  promise.catch(() => loaded.delete(key));
  return promise;
}

/** True once the article version is loaded: rendering it then does not suspend. */
export function isArticleLoaded(slug: string, locale: LocaleId): boolean {
  return hasFulfilled(loaded.get(keyOf(slug, locale)));
}

/** Suspends until the article version is loaded. */
export function useArticle(slug: string, locale: LocaleId): Article {
  return use(loadArticle(slug, locale));
}

/** The articles loaded (or loading) in a locale. */
export function loadedSlugsOf(locale: LocaleId): string[] {
  return [...loaded.keys()].flatMap((key) => {
    const [slug, keyLocale] = key.split('/');
    return keyLocale === locale && slug ? [slug] : [];
  });
}
