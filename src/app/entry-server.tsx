import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { embedModeOf } from '../domain/url-input/embed-mode';
import { embedQuery } from '../domain/embed-url';
import { THEME_PARAM } from '../domain/url-input/embed-params';
import { FILTER_PARAMS } from '../domain/filter-params';
import { DEFAULT_LOCALE } from '../domain/locales';
import { HeadCollectorContext, headHtml, type HeadData } from '../lib/head/document-head';
import { stringFilesOf, takeMissingKeys, takeUsedNamespaces } from '../lib/i18n/i18n';
import { loadCatalog } from '../lib/content/article-catalog';
import { trimLoadedArticles } from '../lib/content/article-store';
import { AppRoutes } from './App';
import { lazyModulesOf, preloadRoute, renderLocaleOf } from './boot';
import {
  articleLocales,
  filterQueries,
  queryFile,
  wizardQueries,
  withEmbedVariants,
} from './prerender-queries';
import { needsOf, prerenderTargets as targetsOf, resolveRoute, type PrerenderTarget } from './route-table';

export { routeManifest } from './route-table';
export { setContentFilesRoot } from '../content/content-files';

export interface PrerenderedPage {
  /** Site-relative URL the page is rendered for. */
  url: string;
  /** Where to write it, relative to the output folder. */
  file: string;
  /** The query string the page was rendered for ('' or `?…`). */
  search: string;
  /** Lazily loaded source modules the page needs at once (keys of Vite's build manifest). */
  modules: string[];
  locale: string;
  /** In embed mode: its head gets the pre-paint theme script (scripts/prerender.mjs). */
  embedded: boolean;
  /** A not-found page: served for every path it covers, so rendered for none of them in particular. */
  notFound: boolean;
  html: string;
  head: string;
  htmlLang: string;
}

const defaultLocale = () => DEFAULT_LOCALE;

/**
 * Each page in embed mode too (`?embed=1`): portals' iframes get prerendered pages. Pages grow linearly,
 * never with a product:
 * - a filter by a cloud and a role together is answered with the page of the cloud alone;
 * - an embedded page in a theme (`…&embed=1&theme=dark`) is answered with the same page without the
 *   theme, whose pre-paint script (scripts/prerender.mjs) sets the theme before the first paint; an
 *   article's embedded filters too, with its one `?embed=1` page. Without JavaScript an embedded page keeps
 *   the reader's system colours, and its forms keep `embed=1`.
 * The app then renders the URL's own query (the page's `data-prerendered-search` differs, so it renders
 * afresh rather than hydrating). With the real corpus's 30 clouds and 51 roles, every combination was
 * 6,444 home pages per locale; a page per theme was 2 more pages per embedded page (1,088 of the real
 * corpus's 8,042 pages beside the articles' 2,482, home pages of 280 kB among them).
 */
export function prerenderTargets(): PrerenderTarget[] {
  return plainTargets().map(withAlias);
}

function withAlias(target: PrerenderTarget): PrerenderTarget {
  const url = new URL(target.url, 'http://prerender.invalid');
  const params = new URLSearchParams(url.search);
  const route = resolveRoute(url.pathname, defaultLocale);
  const embedded = embedModeOf(url.search).embedded;
  let page: string;
  if (route.kind === 'page' && route.route.id === 'article' && embedded) {
    page = `${url.pathname}?${embedQuery({ theme: null })}`;
  } else {
    if (embedded) params.delete(THEME_PARAM);
    if (FILTER_PARAMS.every((param) => params.has(param))) params.delete('role');
    page = `${url.pathname}${params.size > 0 ? `?${params.toString()}` : ''}`;
  }
  return target.url === page ? target : { ...target, sameAs: page };
}

function plainTargets(): PrerenderTarget[] {
  return targetsOf({
    filters: withEmbedVariants(filterQueries()),
    // Per article: the filter values its own versions list (see filterQueries).
    articleFilters: (slug) => withEmbedVariants(filterQueries(slug)),
    wizard: withEmbedVariants(wizardQueries()),
    articles: articleLocales(),
  });
}

/** Where a target is written: `/<path>/` → `<path>/index.html`, a not-found probe → `404.html` beside it. */
export function fileOf({ url, notFound }: PrerenderTarget): string {
  const { pathname, search } = new URL(url, 'http://prerender.invalid');
  const folder = pathname.replace(/^\/+/, '').replace(/\/+$/, '');
  if (notFound)
    return folder.includes('/') ? `${folder.slice(0, folder.lastIndexOf('/'))}/404.html` : '404.html';
  const page = folder ? `${folder}/index.html` : 'index.html';
  return search ? queryFile(page, search) : page;
}

export async function render(target: PrerenderTarget): Promise<PrerenderedPage> {
  const url = new URL(target.url, 'http://prerender.invalid');
  const locale = renderLocaleOf(url.pathname, defaultLocale);
  // Targets come article by article: a few dozen versions cover one article's pages and the articles they link.
  trimLoadedArticles(48);
  // Every list of every article in the page's HTML: the client loads that list lazily, the prerender never
  // waits for it (a boundary resolved after the shell would be written as hidden HTML and a script).
  await Promise.all([preloadRoute(url, defaultLocale), loadCatalog()]);
  takeUsedNamespaces();
  takeMissingKeys();
  const collector: { head: HeadData | null } = { head: null };
  // `prerender` (unlike renderToString) waits for lazy routes and suspended data, so pages are complete.
  const { prelude } = await prerenderToNodeStream(
    <HeadCollectorContext value={collector}>
      <StaticRouter location={target.url}>
        <AppRoutes />
      </StaticRouter>
    </HeadCollectorContext>,
    // React writes a large Suspense boundary's content (the home page's list of 300 articles) apart, hidden,
    // with an inline script that reveals it: without JavaScript it would stay hidden. Pages are files, not
    // streams: everything in place.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  if (!collector.head) throw new Error(`${target.url} rendered no <DocumentHead>`);
  // The client loads a page's strings from the route table before hydrating: it must list them all.
  const declared = needsOf(resolveRoute(url.pathname, defaultLocale), url.search).namespaces;
  const undeclared = takeUsedNamespaces().filter((namespace) => !declared.includes(namespace));
  if (undeclared.length > 0) {
    throw new Error(
      `${target.url} renders string namespaces its route table entry lacks: ${undeclared.join(', ')}`,
    );
  }
  const head = headHtml(collector.head);
  // i18next shows a missing key as the key itself: a page that would show one fails the build.
  const shown = takeMissingKeys().filter((key) => html.includes(key) || head.includes(key));
  if (shown.length > 0) throw new Error(`${target.url} shows missing UI string keys: ${shown.join(', ')}`);
  return {
    url: target.url,
    file: fileOf(target),
    search: url.search,
    modules: [...stringFilesOf(locale, declared), ...lazyModulesOf(url, defaultLocale)],
    locale,
    embedded: embedModeOf(url.search).embedded,
    notFound: target.notFound === true,
    html,
    head,
    htmlLang: collector.head.lang,
  };
}
