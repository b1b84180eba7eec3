import type { Article, LocaleId } from '../domain/article';
import { filterOptionsOf } from '../domain/applies-to';
import { headingOf } from '../domain/article-text';
import { DEFAULT_LOCALE, localeInfoOf } from '../domain/locales';
import type { ContentSet } from './pipeline/load-content';
import type {
  ArticleIndex,
  ArticleListing,
  ContentCatalog,
  ContentManifest,
  FilterVocabulary,
} from './content-manifest';

/** Build-time shapes of the content modules (vite-plugin-content.ts serves them). */

export function localeOrderOf(content: ContentSet): LocaleId[] {
  return [...new Set(content.articles.map((article) => article.locale))].sort(
    (a, b) => Number(b === DEFAULT_LOCALE) - Number(a === DEFAULT_LOCALE) || a.localeCompare(b),
  );
}

export function listingOf(article: Article): ArticleListing {
  return {
    slug: article.slug,
    locale: article.locale,
    heading: headingOf(article),
    date: article.date,
    sourceVersion: article.sourceVersion,
    description: article.description,
    appliesTo: article.appliesTo,
    roles: article.roles,
  };
}

export function buildCatalog(content: ContentSet): ContentCatalog {
  const order = localeOrderOf(content);
  const listings: ContentCatalog['listings'] = {};
  for (const slug of content.slugs) {
    listings[slug] = content.articles
      .filter((article) => article.slug === slug)
      .sort((a, b) => order.indexOf(a.locale) - order.indexOf(b.locale))
      .map(listingOf);
  }
  return { slugs: content.slugs, listings };
}

/** Markdown links name other articles by file name (`other-article.md`). */
const MD_LINK = /"href":"(?:\.\/)?([^"/#?]+)\.md[#"?]/g;

export function buildIndex(content: ContentSet, catalog: ContentCatalog, slug: string): ArticleIndex {
  const known = new Set(content.slugs);
  const linked = new Set<string>();
  for (const article of content.articles) {
    if (article.slug !== slug) continue;
    for (const [, name = ''] of JSON.stringify(article.blocks).matchAll(MD_LINK)) {
      if (known.has(name)) linked.add(name);
    }
  }
  // No descriptions: only the home page's list shows them, from the catalog.
  const versions = (catalog.listings[slug] ?? []).map((listing) => {
    const version: Partial<typeof listing> = { ...listing };
    delete version.description;
    return version as Omit<typeof listing, 'description'>;
  });
  return { slug, versions, linkedSlugs: [...linked] };
}

/** The filter's options, the ones most articles list first, with their English and their names per locale. */
export function buildVocabulary(catalog: ContentCatalog): FilterVocabulary {
  const options = filterOptionsOf(catalog.slugs.flatMap((slug) => catalog.listings[slug] ?? []));
  const vocabulary: FilterVocabulary = {
    clouds: options.cloud.map((option) => option.id),
    roles: options.role.map((option) => option.id),
    english: { cloud: {}, role: {} },
    labels: { cloud: {}, role: {} },
    aliases: { clouds: {}, roles: {} },
  };
  for (const [param, kind] of [
    ['cloud', 'clouds'],
    ['role', 'roles'],
  ] as const) {
    for (const option of options[param]) {
      vocabulary.english[param][option.id] = option.english;
      vocabulary.labels[param][option.id] = option.labels;
      for (const alias of option.aliases) vocabulary.aliases[kind][alias] = option.id;
    }
  }
  return vocabulary;
}

export function buildManifest(content: ContentSet): ContentManifest {
  return { locales: localeOrderOf(content).map(localeInfoOf) };
}
