import type { Article, LocaleId } from '../domain/article';
import type { LocaleInfo } from '../domain/locales';

/** What a page may need about an article version, without its body. */
export type ArticleSummary = Pick<Article, 'slug' | 'locale' | 'date' | 'sourceVersion'> & {
  /** The H1 as this version shows it. */
  heading: string;
};

/** What the article list and the applies-to filter show about a version, beyond its summary. */
export type ArticleDetails = Pick<Article, 'description' | 'appliesTo' | 'roles'>;

/** What an article's index holds per version: its summary and what it lists (no description). */
export type ArticleVersionInfo = ArticleSummary & Pick<Article, 'appliesTo' | 'roles'>;

export type ArticleListing = ArticleSummary & ArticleDetails;

/**
 * One article's own data apart from its bodies (`virtual:content/index/<slug>`, `/content/<slug>/versions.js`):
 * what an article page, the locale switcher and the not-available page need, loaded with that page only.
 */
export interface ArticleIndex {
  slug: string;
  /** Every version that exists, in manifest locale order. */
  versions: ArticleVersionInfo[];
  /** Slugs of this site its versions link to (`other-article.md`): those links stay on the site. */
  linkedSlugs: string[];
}

/**
 * The clouds and roles any article lists, named as the articles name them (`virtual:content/vocabulary`,
 * loaded with the applies-to filter): small, whatever the number of articles.
 */
export interface FilterVocabulary {
  clouds: string[];
  roles: string[];
  /** `english[param][id]`: the canonical English of a known value, else the first English seen. */
  english: Record<'cloud' | 'role', Record<string, string>>;
  /** `labels[param][id][locale]`: what that locale's versions most often call it (src/domain/applies-to.ts). */
  labels: Record<'cloud' | 'role', Record<string, Record<LocaleId, string>>>;
  /** `aliases.clouds[alias]`: the id a URL naming a merged spelling means (`?role=advisors` → `advisor`). */
  aliases: Record<'clouds' | 'roles', Record<string, string>>;
}

/**
 * What every page loads (`virtual:content/manifest`): nothing that grows with the number of articles. The
 * locale list grows with locales only (about 60 bytes each).
 */
export interface ContentManifest {
  /** Every locale that some article exists in; the default locale first. */
  locales: LocaleInfo[];
}

/**
 * Every article (`virtual:content/catalog`): the server's prerender reads it; in the browser only the lists of
 * every article (home page, not-found page) load it, lazily, after the page has painted from its HTML.
 */
export interface ContentCatalog {
  slugs: string[];
  /** `listings[slug]`: every version, in manifest locale order. */
  listings: Record<string, ArticleListing[]>;
}
