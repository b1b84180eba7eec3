// The routes the bench measures, and how to find their prerendered HTML in a build. Shared with the tests.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readRouteManifest } from '../route-manifest.mjs';
import { canonicalRequest } from '../serve.mjs';
import { buildLocales } from '../server/locales.mjs';
import { candidateFiles } from '../server/request-target.mjs';

/**
 * Every route measured, in every locale: each page of the route table and the queries it names
 * (src/app/route-table.tsx, `MEASURED`), read from the route manifest the last build wrote. `id` keys the
 * budgets in bench/budgets.json.
 */
export const ROUTES = readRouteManifest().routes.map(({ id, url }) => ({
  id,
  label: id.replaceAll('-', ' '),
  url: (locale) => url.replace('{locale}', locale),
}));

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
