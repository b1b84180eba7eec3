import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { DEFAULT_LOCALE } from '../domain/locales';
import { articlePath, homePath, wizardPath } from '../domain/routes';
import { manifest } from '../lib/content/article-store';
import { HeadCollectorContext, headHtml, type HeadData } from '../lib/head/document-head';
import { AppRoutes } from './App';
import { lazyModulesOf, preloadRoute, renderLocaleOf } from './boot';
import { stringFilesOf, takeUsedNamespaces } from '../lib/i18n/i18n';
import { filterQueries, queryFile, wizardQueries } from './prerender-queries';

export interface PrerenderedPage {
  /** Site-relative URL the page is rendered for. */
  url: string;
  /** Where to write it, relative to the output folder. */
  file: string;
  /** The query string the page was rendered for ('' or `?…`). */
  search: string;
  /** UI string namespaces the page rendered (the client preloads exactly these). */
  namespaces: string[];
  /** Lazily loaded source modules the page needs at once (keys of Vite's build manifest). */
  modules: string[];
  locale: string;
  /** A not-found page: served for every path it covers, so rendered for none of them in particular. */
  notFound: boolean;
  html: string;
  head: string;
  htmlLang: string;
}

/** A path no route matches, rendered once per locale as that locale's 404 page. */
const NOT_FOUND_PROBE = '__not-found__';

interface Target {
  url: string;
  file: string;
  /** The not-found page: served for every path it covers, so rendered for none of them in particular. */
  notFound?: boolean;
}

export function prerenderTargets(): Target[] {
  const targets: Target[] = [
    { url: '/', file: 'index.html' },
    { url: `/${NOT_FOUND_PROBE}`, file: '404.html', notFound: true },
  ];
  const withQueries = (page: Target, queries: string[]) => [
    page,
    ...queries.map((query) => ({ url: page.url + query, file: queryFile(page.file, query) })),
  ];
  const filters = filterQueries();
  // Per article: the filter values its own versions list (see filterQueries).
  const articleFilters = new Map(manifest.slugs.map((slug) => [slug, filterQueries(slug)]));
  for (const { id } of manifest.locales) {
    targets.push(...withQueries({ url: homePath(id), file: `${id}/index.html` }, filters));
    targets.push({ url: `/${id}/${NOT_FOUND_PROBE}`, file: `${id}/404.html`, notFound: true });
    targets.push(
      ...withQueries(
        { url: wizardPath(id), file: `${id}/who-contacts-my-customer/index.html` },
        wizardQueries(),
      ),
    );
    for (const slug of manifest.slugs) {
      if (!manifest.articles[slug]?.[id]) continue;
      targets.push(
        ...withQueries(
          { url: articlePath(id, slug), file: `${id}/articles/${slug}/index.html` },
          articleFilters.get(slug) ?? [],
        ),
      );
    }
  }
  return targets;
}

export async function render(target: Target): Promise<PrerenderedPage> {
  const url = new URL(target.url, 'http://prerender.invalid');
  const locale = renderLocaleOf(url.pathname, () => DEFAULT_LOCALE);
  await preloadRoute(url, locale);
  takeUsedNamespaces();
  const collector: { head: HeadData | null } = { head: null };
  // `prerender` (unlike renderToString) waits for lazy routes and suspended data, so pages are complete.
  const { prelude } = await prerenderToNodeStream(
    <HeadCollectorContext value={collector}>
      <StaticRouter location={target.url}>
        <AppRoutes />
      </StaticRouter>
    </HeadCollectorContext>,
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  if (!collector.head) throw new Error(`${target.url} rendered no <DocumentHead>`);
  const namespaces = takeUsedNamespaces();
  return {
    ...target,
    search: url.search,
    namespaces,
    modules: [...stringFilesOf(locale, namespaces), ...lazyModulesOf(url.pathname, url.search, locale)],
    locale,
    notFound: target.notFound === true,
    html,
    head: headHtml(collector.head),
    htmlLang: collector.head.lang,
  };
}
