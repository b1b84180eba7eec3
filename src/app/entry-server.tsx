import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { DEFAULT_LOCALE } from '../domain/locales';
import { articlePath, homePath, wizardPath } from '../domain/routes';
import { manifest } from '../lib/content/article-store';
import { HeadCollectorContext, headHtml, type HeadData } from '../lib/head/document-head';
import { AppRoutes } from './App';
import { preloadRoute, renderLocaleOf } from './boot';

export interface PrerenderedPage {
  /** Site-relative URL the page is rendered for. */
  url: string;
  /** Where to write it, relative to the output folder. */
  file: string;
  locale: string;
  html: string;
  head: string;
  htmlLang: string;
}

/** A path no route matches, rendered once per locale as that locale's 404 page. */
const NOT_FOUND_PROBE = '__not-found__';

export function prerenderTargets(): { url: string; file: string }[] {
  const targets = [
    { url: '/', file: 'index.html' },
    { url: `/${NOT_FOUND_PROBE}`, file: '404.html' },
  ];
  for (const { id } of manifest.locales) {
    targets.push({ url: homePath(id), file: `${id}/index.html` });
    targets.push({ url: `/${id}/${NOT_FOUND_PROBE}`, file: `${id}/404.html` });
    targets.push({ url: wizardPath(id), file: `${id}/who-contacts-my-customer/index.html` });
    for (const slug of manifest.slugs) {
      if (manifest.articles[slug]?.[id])
        targets.push({ url: articlePath(id, slug), file: `${id}/articles/${slug}/index.html` });
    }
  }
  return targets;
}

export async function render(target: { url: string; file: string }): Promise<PrerenderedPage> {
  const locale = renderLocaleOf(target.url, () => DEFAULT_LOCALE);
  await preloadRoute(target.url, locale);
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
  return { ...target, locale, html, head: headHtml(collector.head), htmlLang: collector.head.lang };
}
