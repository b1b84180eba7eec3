import { use } from 'react';
import { manifest } from 'virtual:content/manifest';
import { contentFileOf, loadIndexModule, loadVersionModule } from 'virtual:content/loaders';
import type { Article, LocaleId } from '../../domain/article';
import { retryOnce } from '../promise/retry-once';
import { hasFulfilled, trackSettlement } from '../promise/track-settlement';
import type { ArticleIndex, ArticleVersionInfo, ContentManifest } from '../../content/content-manifest';

export { contentFileOf, manifest };
export type { ArticleIndex, ContentManifest };
/** A version as an article's index gives it: summary, applies-to and roles. */
export type ArticleListing = ArticleVersionInfo;

/**
 * Article data, loaded per article: a page loads its article's index (which versions exist, their summaries
 * and applies-to lines) and the version it shows, never a table of every article (which would grow with the corpus).
 */
const loadedVersions = new Map<string, Promise<Article>>();
const loadedIndexes = new Map<string, Promise<ArticleIndex | null>>();
/** Indexes that have arrived (null: no such article), read synchronously once loaded. */
const indexes = new Map<string, ArticleIndex | null>();

const keyOf = (slug: string, locale: LocaleId) => `${slug}/${locale}`;

/**
 * Records that there is no such article, without asking for its index: the server answered its URL with
 * the not-found page, and the build wrote a page for every article of its catalog.
 */
export function knownMissing(slug: string): void {
  indexes.set(slug, null);
  loadedIndexes.set(slug, trackSettlement(Promise.resolve(null)));
}

/** Starts (or reuses) the download of one article's index; null when there is no such article. */
export function loadIndex(slug: string): Promise<ArticleIndex | null> {
  const existing = loadedIndexes.get(slug);
  if (existing) return existing;
  const promise = retryOnce(() => loadIndexModule(slug)).then((module) => {
    const index = module?.default ?? null;
    indexes.set(slug, index);
    return index;
  });
  loadedIndexes.set(slug, trackSettlement(promise));
  promise.catch(() => loadedIndexes.delete(slug));
  return promise;
}

/** A loaded article's index (null: no such article; undefined: not loaded). */
export function indexOf(slug: string): ArticleIndex | null | undefined {
  return indexes.get(slug);
}

export function isIndexLoaded(slug: string): boolean {
  return indexes.has(slug);
}

/** Suspends until the article's index is loaded; null when there is no such article. */
export function useArticleIndex(slug: string): ArticleIndex | null {
  return use(loadIndex(slug));
}

/** Every version of a loaded article, in manifest locale order ([] when not loaded or unknown). */
export function articleListings(slug: string): ArticleListing[] {
  return indexes.get(slug)?.versions ?? [];
}

export const articleVersions = articleListings;

/** Slugs of this site a loaded article links to: its links to them stay on the site. */
export function linkedSlugsOf(slug: string): readonly string[] {
  return indexes.get(slug)?.linkedSlugs ?? [];
}

export function articleListing(slug: string, locale: LocaleId): ArticleListing | undefined {
  return articleListings(slug).find((version) => version.locale === locale);
}

export const articleSummary = articleListing;

/** Whether a loaded article has a version in `locale`. */
export function hasArticle(slug: string, locale: LocaleId): boolean {
  return articleListing(slug, locale) !== undefined;
}

/**
 * The locale a version of a loaded article is read in for a page in `locale`: its own when the article has
 * one, else the first version in manifest order (en-us when it exists). Undefined when the slug is unknown.
 */
export function articleLocaleFor(slug: string, locale: LocaleId): LocaleId | undefined {
  if (hasArticle(slug, locale)) return locale;
  return articleListings(slug)[0]?.locale;
}

/** Starts (or reuses) the download of one article version. Safe to call before rendering. */
export function loadArticle(slug: string, locale: LocaleId): Promise<Article> {
  const key = keyOf(slug, locale);
  const existing = loadedVersions.get(key);
  if (existing) return existing;
  const promise = retryOnce(() => loadVersionModule(slug, locale)).then((module) => {
    if (!module) throw new Error(`No article ${key}`);
    return module.default;
  });
  loadedVersions.set(key, trackSettlement(promise));
  // A download that failed is tried again by the next caller (a reload, a later navigation).
  promise.catch(() => loadedVersions.delete(key));
  return promise;
}

/**
 * Forgets every loaded version once more than `limit` are loaded: the prerender renders every version in
 * turn in one process, and keeping them all made its memory grow with the corpus (the browser never calls it).
 */
export function trimLoadedArticles(limit: number): void {
  if (loadedVersions.size > limit) loadedVersions.clear();
}

/** True once the article version is loaded: rendering it then does not suspend. */
export function isArticleLoaded(slug: string, locale: LocaleId): boolean {
  return hasFulfilled(loadedVersions.get(keyOf(slug, locale)));
}

/** Suspends until the article version is loaded. */
export function useArticle(slug: string, locale: LocaleId): Article {
  return use(loadArticle(slug, locale));
}

/** The articles loaded (or loading) in a locale. */
export function loadedSlugsOf(locale: LocaleId): string[] {
  return [...loadedVersions.keys()].flatMap((key) => {
    const [slug, keyLocale] = key.split('/');
    return keyLocale === locale && slug ? [slug] : [];
  });
}
