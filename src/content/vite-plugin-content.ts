import path from 'node:path';
import type { Plugin } from 'vite';
import type { Article } from '../domain/article';
import { headingOf } from '../domain/article-text';
import { DEFAULT_LOCALE, localeInfoOf } from '../domain/locales';
import { articleFiles, loadContentDir, type ContentSet } from './pipeline/load-content';
import { createParseCache, type ParseCache } from './pipeline/parse-cache';
import type { ArticleSummary, ContentCatalog, ContentManifest } from './content-manifest';

/**
 * Build-time bridge from `src/content/articles/<slug>/<locale>.md` to the app:
 * - `virtual:content/manifest` — slugs, locales and small per-version summaries, plus one lazy loader per
 *   article version (so a page ships only the locale it shows);
 * - `virtual:content/catalog` — each version's description and applies-to lines, for the pages that list
 *   or filter articles (the article page itself has them in its article);
 * - `virtual:content/article/<slug>/<locale>` — one parsed article as JSON.
 * The markdown is parsed here, in Node; the browser never sees the source markup.
 */
const MANIFEST_ID = 'virtual:content/manifest';
const CATALOG_ID = 'virtual:content/catalog';
const ARTICLE_PREFIX = 'virtual:content/article/';
const RESOLVED_PREFIX = '\0';

export function defaultContentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'src/content/articles');
}

/**
 * Shared by every plugin instance of the process: the client and server builds, and dev rebuilds. Kept on
 * `globalThis` because Vite bundles and imports the config (so this module) afresh for each `build()`.
 */
const CACHE_KEY = Symbol.for('help-center-content-parse-cache');
const cacheHolder = globalThis as { [CACHE_KEY]?: ParseCache };
const parseCache = (cacheHolder[CACHE_KEY] ??= createParseCache());

export function contentPlugin(contentDir: string = defaultContentDir()): Plugin {
  let cached: ContentSet | null = null;
  const content = (): ContentSet => (cached ??= loadContentDir(contentDir, parseCache.read));

  return {
    name: 'help-center-content',
    resolveId(id) {
      if (id === MANIFEST_ID || id === CATALOG_ID || id.startsWith(ARTICLE_PREFIX))
        return RESOLVED_PREFIX + id;
      return null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      const virtualId = id.slice(RESOLVED_PREFIX.length);
      if (virtualId === MANIFEST_ID) {
        for (const file of articleFiles(contentDir)) this.addWatchFile(file);
        return manifestModule(content());
      }
      if (virtualId === CATALOG_ID) {
        for (const file of articleFiles(contentDir)) this.addWatchFile(file);
        return `export const catalog = JSON.parse(${JSON.stringify(JSON.stringify(buildCatalog(content())))});`;
      }
      if (virtualId.startsWith(ARTICLE_PREFIX)) {
        const [slug, locale] = virtualId.slice(ARTICLE_PREFIX.length).split('/');
        const article = content().articles.find((item) => item.slug === slug && item.locale === locale);
        if (!article) this.error(`No article version ${slug}/${locale} in ${contentDir}`);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(article))});`;
      }
      return null;
    },
    generateBundle() {
      // For static servers: the original-case article URLs (`/<locale>/articles/<Folder-Name>`) redirect.
      if (this.environment.config.consumer !== 'client') return;
      this.emitFile({
        type: 'asset',
        fileName: 'slug-redirects.json',
        source: JSON.stringify(content().slugAliases, null, 1),
      });
    },
    watchChange(id) {
      if (id.startsWith(contentDir)) cached = null;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(contentDir)) return;
      cached = null;
      const modules = [...server.moduleGraph.idToModuleMap.entries()]
        .filter(([id]) => id.startsWith(RESOLVED_PREFIX + 'virtual:content/'))
        .map(([, module]) => module);
      for (const module of modules) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}

export function buildManifest(content: ContentSet): ContentManifest {
  const localeIds = [...new Set(content.articles.map((article) => article.locale))].sort(
    (a, b) => Number(b === DEFAULT_LOCALE) - Number(a === DEFAULT_LOCALE) || a.localeCompare(b),
  );
  const articles: ContentManifest['articles'] = {};
  for (const article of content.articles) {
    (articles[article.slug] ??= {})[article.locale] = summaryOf(article);
  }
  return { slugs: content.slugs, locales: localeIds.map(localeInfoOf), articles };
}

export function buildCatalog(content: ContentSet): ContentCatalog {
  const details: ContentCatalog['details'] = {};
  for (const { slug, locale, description, appliesTo, roles } of content.articles) {
    (details[slug] ??= {})[locale] = { description, appliesTo, roles };
  }
  return { details };
}

function summaryOf(article: Article): ArticleSummary {
  return {
    slug: article.slug,
    locale: article.locale,
    heading: headingOf(article),
    date: article.date,
    sourceVersion: article.sourceVersion,
  };
}

function manifestModule(content: ContentSet): string {
  const manifest = buildManifest(content);
  const loaders = content.articles
    .map(
      ({ slug, locale }) =>
        `${JSON.stringify(`${slug}/${locale}`)}: () => import(${JSON.stringify(`${ARTICLE_PREFIX}${slug}/${locale}`)})`,
    )
    .join(',\n  ');
  return [
    `export const manifest = JSON.parse(${JSON.stringify(JSON.stringify(manifest))});`,
    `export const articleLoaders = {\n  ${loaders}\n};`,
  ].join('\n');
}
