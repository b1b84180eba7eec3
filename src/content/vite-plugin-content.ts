import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Plugin } from 'vite';
import { readContentLayout, sourceFilesOf } from './pipeline/content-layout';
import { formatContentReport, isStrict, strictFailureOf } from './pipeline/content-report';
import { loadContentDir, type ContentSet } from './pipeline/load-content';
import { sharedParseCache, type WarmOptions } from './pipeline/parse-cache';
import { PROJECT_CACHE } from './pipeline/worker-bundle';
import { buildCatalog, buildIndex, buildManifest, buildVocabulary, localeOrderOf } from './content-modules';
import type { ContentCatalog } from './content-manifest';
import { clientLoaders, CONTENT_PATH, importLoaders, jsonModule, serverLoaders } from './content-loaders';
import { buildSiteNavigation, type SiteNavigation } from './navigation/site-navigation';

/**
 * Build-time bridge from `src/content/articles/<slug>/<locale>.md` to the app. Nothing every page loads
 * grows with the number of articles:
 * - `virtual:content/manifest` — the locales (every page);
 * - `virtual:content/vocabulary` — the clouds and roles any article lists, named (the applies-to filter);
 * - `virtual:content/loaders` — how to load one article's index and versions by slug. In the client build
 *   they are files at fixed paths, `/content/<slug>/versions.js` and `/content/<slug>/<locale>.js`, imported by
 *   URL: no table of every article in the bundle. In dev, tests and the server render, a table of imports;
 * - `virtual:content/index/<slug>` — one article's versions (summaries, applies-to) and linked slugs;
 * - `virtual:content/article/<slug>/<locale>` — one parsed article version;
 * - `virtual:content/catalog` — every article's listings: the prerender, and lazily the pages listing them;
 * - `virtual:content/navigation/<locale>` — one locale's table of contents and landing links (the home page,
 *   lazily), through `virtual:content/navigation` (a loader per locale). An article's place in it (breadcrumb,
 *   neighbours) is the `place` of its version's module: no page loads another locale's tree.
 * The markdown is parsed here, in Node; the browser never sees the source markup.
 */
const MANIFEST_ID = 'virtual:content/manifest';
const CATALOG_ID = 'virtual:content/catalog';
const VOCABULARY_ID = 'virtual:content/vocabulary';
const LOADERS_ID = 'virtual:content/loaders';
const NAVIGATION_ID = 'virtual:content/navigation';
const NAVIGATION_PREFIX = 'virtual:content/navigation/';
const INDEX_PREFIX = 'virtual:content/index/';
const ARTICLE_PREFIX = 'virtual:content/article/';
const RESOLVED_PREFIX = '\0';

export function defaultContentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'src/content/articles');
}

/**
 * How a build parses a large folder (see `parse-cache.ts`). The pool has a fixed cost (the rolldown bundle,
 * then each worker loading the parser's packages: 4.6 s to a worker's first reply at a load average of 25)
 * and saves half of about 90 ms of CPU per real file on 2 cores. 40 keeps small builds (the project's own
 * article) in one thread without the disk cache; the real corpus (900 files) always takes the pool.
 */
export function warmOptions(): WarmOptions {
  return {
    cacheDir: PROJECT_CACHE,
    minFiles: 40,
    threads: availableParallelism(),
  };
}

/**
 * The report of the last load, kept on `globalThis` like the parse cache: the client build, the server
 * build and the search index all load the content, and the report is printed once (again in dev when it
 * changes). `scripts/build.mjs` reads it to write `content-report.txt` and its last line.
 */
const REPORT_KEY = Symbol.for('help-center-content-report');
export interface PublishedReport {
  text: string;
  summary: string;
}
const reportHolder = globalThis as { [REPORT_KEY]?: PublishedReport };

function publishReport(set: ContentSet): void {
  const figures = { pages: set.articles.length, files: set.fileCount, problems: set.problems };
  const text = formatContentReport(figures);
  const failure = isStrict() ? strictFailureOf(figures) : null;
  if (failure) throw new Error(`${text}\n${failure}`);
  if (reportHolder[REPORT_KEY]?.text === text) return;
  reportHolder[REPORT_KEY] = { text, summary: text.slice(text.lastIndexOf('\n') + 1) };
  console.log(`Content report\n${text}`);
}

export function contentPlugin(contentDir: string = defaultContentDir()): Plugin {
  let cached: { content: ContentSet; catalog: ContentCatalog; navigation: SiteNavigation } | null = null;
  const content = () => {
    if (!cached) {
      const set = loadContentDir(contentDir, sharedParseCache().read);
      const catalog = buildCatalog(set);
      const navigation = navigationOf(contentDir, set, catalog);
      publishReport({ ...set, problems: [...set.problems, ...navigation.problems] });
      cached = { content: set, catalog, navigation };
    }
    return cached;
  };
  const versionModule = (slug: string, locale: string) => {
    const { content: set, navigation } = content();
    const article = set.articles.find((item) => item.slug === slug && item.locale === locale);
    if (!article) return null;
    const place = navigation.places.get(locale)?.get(slug);
    return jsonModule('default', place ? { ...article, place } : article);
  };
  let isBuild = false;

  return {
    name: 'help-center-content',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    async buildStart() {
      await sharedParseCache().warm(readContentLayout(contentDir).sources, warmOptions());
    },
    resolveId(id) {
      if ([MANIFEST_ID, CATALOG_ID, LOADERS_ID, VOCABULARY_ID, NAVIGATION_ID].includes(id))
        return RESOLVED_PREFIX + id;
      if ([ARTICLE_PREFIX, INDEX_PREFIX, NAVIGATION_PREFIX].some((prefix) => id.startsWith(prefix)))
        return RESOLVED_PREFIX + id;
      return null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      const virtualId = id.slice(RESOLVED_PREFIX.length);
      if ([MANIFEST_ID, CATALOG_ID, LOADERS_ID, VOCABULARY_ID, NAVIGATION_ID].includes(virtualId)) {
        for (const file of sourceFilesOf(contentDir)) this.addWatchFile(file);
      }
      if (virtualId === NAVIGATION_ID) return navigationLoaders(localeOrderOf(content().content));
      if (virtualId.startsWith(NAVIGATION_PREFIX)) {
        const locale = virtualId.slice(NAVIGATION_PREFIX.length);
        const navigation = content().navigation.navigation.get(locale);
        if (!navigation) this.error(`No locale ${locale} in ${contentDir}`);
        return jsonModule('navigation', navigation);
      }
      if (virtualId === MANIFEST_ID) {
        return jsonModule('manifest', buildManifest(content().content));
      }
      if (virtualId === VOCABULARY_ID) return jsonModule('vocabulary', buildVocabulary(content().catalog));
      if (virtualId === CATALOG_ID) return jsonModule('catalog', content().catalog);
      if (virtualId === LOADERS_ID) {
        if (!isBuild) {
          const { slugs, articles } = content().content;
          return importLoaders(
            slugs.map((slug) => [slug, INDEX_PREFIX + slug]),
            articles.map(({ slug, locale }) => [`${slug}/${locale}`, `${ARTICLE_PREFIX}${slug}/${locale}`]),
          );
        }
        return this.environment.config.consumer === 'client' ? clientLoaders() : serverLoaders();
      }
      if (virtualId.startsWith(INDEX_PREFIX)) {
        const slug = virtualId.slice(INDEX_PREFIX.length);
        const { content: set, catalog } = content();
        if (!set.slugs.includes(slug)) this.error(`No article ${slug} in ${contentDir}`);
        return jsonModule('default', buildIndex(set, catalog, slug));
      }
      if (virtualId.startsWith(ARTICLE_PREFIX)) {
        const [slug = '', locale = ''] = virtualId.slice(ARTICLE_PREFIX.length).split('/');
        const module = versionModule(slug, locale);
        if (module === null) this.error(`No article version ${slug}/${locale} in ${contentDir}`);
        return module;
      }
      return null;
    },
    generateBundle() {
      if (this.environment.config.consumer !== 'client') return;
      const { content: set, catalog } = content();
      // For static servers: the original-case article URLs (`/<locale>/articles/<Folder-Name>`) redirect.
      this.emitFile({
        type: 'asset',
        fileName: 'slug-redirects.json',
        source: JSON.stringify(set.slugAliases, null, 1),
      });
      for (const slug of set.slugs) {
        this.emitFile({
          type: 'asset',
          fileName: `${CONTENT_PATH.slice(1)}${slug}/versions.js`,
          source: jsonModule('default', buildIndex(set, catalog, slug)),
        });
      }
      for (const article of set.articles) {
        this.emitFile({
          type: 'asset',
          fileName: `${CONTENT_PATH.slice(1)}${article.slug}/${article.locale}.js`,
          source: versionModule(article.slug, article.locale) ?? '',
        });
      }
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

/** One dynamic import per locale: the bundler makes each locale's navigation a chunk of its own. */
function navigationLoaders(locales: readonly string[]): string {
  const entries = locales.map(
    (locale) => `${JSON.stringify(locale)}: () => import(${JSON.stringify(NAVIGATION_PREFIX + locale)})`,
  );
  return `
const loaders = {\n  ${entries.join(',\n  ')}\n};
export const loadNavigationModule = (locale) =>
  Object.prototype.hasOwnProperty.call(loaders, locale) ? loaders[locale]() : Promise.resolve(null);
`;
}

/** The tables of contents and landing pages the import keeps in `_data/<locale>/` (see docs/content.md). */
function navigationOf(contentDir: string, set: ContentSet, catalog: ContentCatalog): SiteNavigation {
  const data = path.join(contentDir, '_data');
  return buildSiteNavigation({
    locales: localeOrderOf(set),
    read: (locale, relative) => {
      const file = path.join(data, locale, relative);
      if (relative.split('/').includes('..') || !existsSync(file)) return null;
      return readFileSync(file, 'utf8');
    },
    versions: catalog.slugs.flatMap((slug) => catalog.listings[slug] ?? []),
  });
}
