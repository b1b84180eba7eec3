import { catalog } from 'virtual:content/catalog';
import type { LocaleId } from '../../domain/article';
import type { ArticleListing } from '../../content/content-manifest';
import { articleSummary, articleVersions } from './article-store';

export type { ArticleListing };

/**
 * Article versions with their description and applies-to lines, for the pages that list or filter
 * articles. A module apart from the article store so that only those pages load these details.
 */
export function articleListing(slug: string, locale: LocaleId): ArticleListing | undefined {
  const summary = articleSummary(slug, locale);
  const details = catalog.details[slug]?.[locale];
  return summary && details ? { ...summary, ...details } : undefined;
}

/** Every locale version of one article, in manifest locale order. */
export function articleListings(slug: string): ArticleListing[] {
  return articleVersions(slug).flatMap((version) => articleListing(slug, version.locale) ?? []);
}
