// The routes the bench measures, and how to find their prerendered HTML in a build. Shared with the tests.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { canonicalRequest } from '../serve.mjs';
import { buildLocales } from '../server/locales.mjs';
import { candidateFiles } from '../server/request-target.mjs';

export const ARTICLE_SLUG = 'customer-communication-from-microsoft';

/** Every route measured, in every locale. `id` keys the budgets in bench/budgets.json. */
export const ROUTES = [
  { id: 'home', label: 'home', url: (locale) => `/${locale}/` },
  { id: 'article', label: 'article', url: (locale) => `/${locale}/articles/${ARTICLE_SLUG}` },
  { id: 'wizard', label: 'wizard start', url: (locale) => `/${locale}/who-contacts-my-customer` },
  {
    id: 'wizard-outcome',
    label: 'wizard outcome',
    url: (locale) => `/${locale}/who-contacts-my-customer?cloud=partner-center&topic=incident`,
  },
];

/** The locales of a build: the server's own discovery, so the bench measures exactly what it serves. */
export const discoverLocales = buildLocales;

/**
 * The file the static server answers a URL with, or null when the build has no page for it (the server would
 * answer with its 404 page). Like scripts/serve.mjs: a URL with a query string prerendered for it (listed in
 * `query-pages.json` under its `canonicalRequest` key) gets that page; otherwise the server's candidate files.
 */
export function htmlFileFor(dist, url) {
  const queryPagesFile = path.join(dist, 'query-pages.json');
  const queryPages = existsSync(queryPagesFile) ? JSON.parse(readFileSync(queryPagesFile, 'utf8')) : {};
  const target = new URL(url, 'http://localhost').search ? queryPages[canonicalRequest(url)] : undefined;
  const pathname = decodeURIComponent(new URL(target ?? url, 'http://localhost').pathname);
  const candidates = candidateFiles(pathname).map((file) => path.join(dist, file));
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

/** The `lang` of a prerendered page's <html> element (e.g. `zh-TW`), which the locale switcher links carry. */
export function htmlLangOf(htmlFile) {
  const match = /<html[^>]*\slang="([^"]+)"/i.exec(readFileSync(htmlFile, 'utf8'));
  return match?.[1] ?? null;
}
