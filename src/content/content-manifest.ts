import type { Article, LocaleId } from '../domain/article';
import type { LocaleInfo } from '../domain/locales';

/** What every page may need about every article version, without the article bodies. */
export type ArticleSummary = Pick<
  Article,
  | 'slug'
  | 'locale'
  | 'title'
  | 'description'
  | 'date'
  | 'translation'
  | 'sourceVersion'
  | 'appliesTo'
  | 'roles'
> & {
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
