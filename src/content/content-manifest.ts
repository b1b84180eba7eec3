import type { Article, LocaleId } from '../domain/article';
import type { LocaleInfo } from '../domain/locales';

/**
 * What every page may need about every article version, without the article bodies: on every page's
 * first load, so only what the page shell, the article page and the not-found page use.
 */
export type ArticleSummary = Pick<Article, 'slug' | 'locale' | 'date' | 'sourceVersion'> & {
  /** The H1 as this version shows it. */
  heading: string;
};

export interface ContentManifest {
  slugs: string[];
  /** Every locale that some article exists in; the default locale first. */
  locales: LocaleInfo[];
  /** `articles[slug][locale]` */
  articles: Record<string, Record<LocaleId, ArticleSummary>>;
}

/** What the article list and the applies-to filter show about a version, beyond its summary. */
export type ArticleDetails = Pick<Article, 'description' | 'appliesTo' | 'roles'>;

export type ArticleListing = ArticleSummary & ArticleDetails;

/** `details[slug][locale]`: loaded only by the pages that list articles or filter them. */
export interface ContentCatalog {
  details: Record<string, Record<LocaleId, ArticleDetails>>;
}
