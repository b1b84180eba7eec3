// The routes the bench measures, and how to find their prerendered HTML in a build. Shared with the tests.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readRouteManifest } from '../route-manifest.mjs';
import { canonicalRequest } from '../serve.mjs';
import { isBuilt, readBuilt } from '../server/built-file.mjs';
import { candidateFiles } from '../server/request-target.mjs';
import { elementsOf, textOf } from './util.mjs';

/**
 * Every page of the route table and the queries it names (src/app/route-table.tsx, `MEASURED`), in every
 * locale, from the route manifest the last build wrote. `id` keys the budgets in bench/budgets.json.
 */
export const ROUTES = readRouteManifest().routes.map(({ id, url }) => ({
  id,
  url: (locale) => url.replace('{locale}', locale),
}));

/**
 * The file the server answers a URL with (scripts/serve.mjs: a query prerendered for it in
 * `query-pages.json`, else its candidate files), or null when the build has no page for it.
 */
export function htmlFileFor(dist, url) {
  const queryPagesFile = path.join(dist, 'query-pages.json');
  const queryPages = existsSync(queryPagesFile) ? JSON.parse(readFileSync(queryPagesFile, 'utf8')) : {};
  const target = new URL(url, 'http://localhost').search ? queryPages[canonicalRequest(url)] : undefined;
  const pathname = decodeURIComponent(new URL(target ?? url, 'http://localhost').pathname);
  const candidates = candidateFiles(pathname).map((file) => path.join(dist, file));
  return candidates.find(isBuilt) ?? null;
}

/** The `lang` of a prerendered page's <html> (`zh-TW`, as the language links carry it) and its <h1> text. */
export function pageOf(htmlFile) {
  const elements = elementsOf(readBuilt(htmlFile, 'utf8'));
  const heading = elements.find((element) => element.tagName === 'h1');
  return {
    lang: elements[0].properties.lang,
    heading: heading ? textOf(heading).replace(/\s+/g, ' ').trim() : '',
  };
}
