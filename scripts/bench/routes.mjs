// The routes the bench measures, and how to find their prerendered HTML in a build. Shared with the tests.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readRouteManifest } from '../route-manifest.mjs';
import { canonicalRequest } from '../serve.mjs';
import { buildLocales } from '../server/locales.mjs';
import { candidateFiles } from '../server/request-target.mjs';

/**
 * Every page of the route table and the queries it names (src/app/route-table.tsx, `MEASURED`), in every
 * locale, from the route manifest the last build wrote. `id` keys the budgets in bench/budgets.json.
 */
export const ROUTES = readRouteManifest().routes.map(({ id, url }) => ({
  id,
  label: id.replaceAll('-', ' '),
  url: (locale) => url.replace('{locale}', locale),
}));

/** The locales of a build: the server's own discovery, so the bench measures exactly what it serves. */
export const discoverLocales = buildLocales;

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
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The `lang` of a prerendered page's <html> (e.g. `zh-TW`, as the language links carry it) and its <h1> text. */
export function pageOf(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  return {
    lang: /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1],
    heading: heading
      .replace(/<[^>]*>/g, '')
      .replace(/&(\w+);/g, (entity, name) => ENTITIES[name] ?? entity)
      .replace(/&#(x?)([\da-f]+);/gi, (_, hex, code) => String.fromCodePoint(parseInt(code, hex ? 16 : 10)))
      .replace(/\s+/g, ' ')
      .trim(),
  };
}
