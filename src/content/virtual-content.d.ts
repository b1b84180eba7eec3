declare module 'virtual:content/catalog' {
  export const catalog: import('./content-manifest').ContentCatalog;
}

declare module 'virtual:content/vocabulary' {
  export const vocabulary: import('./content-manifest').FilterVocabulary;
}

declare module 'virtual:content/manifest' {
  export const manifest: import('./content-manifest').ContentManifest;
}

/**
 * One article's index and versions by slug, without a table of every article in the client's bundle: in the
 * browser they are files at `/content/<slug>/…` (null when the server has none); in dev, tests and the
 * server render, imports of `virtual:content/index/<slug>` and `virtual:content/article/<slug>/<locale>`.
 */
declare module 'virtual:content/loaders' {
  export function loadIndexModule(
    slug: string,
  ): Promise<{ default: import('./content-manifest').ArticleIndex } | null>;
  export function loadVersionModule(
    slug: string,
    locale: string,
  ): Promise<{ default: import('../domain/article').Article } | null>;
  /** The site path of a version's or an index's file in the client build (prerendering preloads them). */
  export function contentFileOf(slug: string, locale?: string): string;
}

/** One locale's navigation (table of contents, landing links), a chunk per locale; null for a locale we lack. */
declare module 'virtual:content/navigation' {
  export function loadNavigationModule(
    locale: string,
  ): Promise<{ navigation: import('../domain/navigation').LocaleNavigation } | null>;
}
