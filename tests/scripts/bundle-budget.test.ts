// @vitest-environment node
// Byte budgets of the production build: every route's first-load JavaScript and CSS (gzip) in every locale,
// against bench/budgets.json. The computation is the bench's own (scripts/bench/first-load.mjs). It reads
// dist/, so it runs in the e2e project, after `npm test` has built; timing figures stay in `npm run bench`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import budgets from '../../bench/budgets.json';
// @ts-expect-error -- plain ESM shared with the bench (scripts/bench/run.mjs); typed below
import * as firstLoadModule from '../../scripts/bench/first-load.mjs';
// @ts-expect-error -- plain ESM shared with the bench; typed below
import * as routesModule from '../../scripts/bench/routes.mjs';
// @ts-expect-error -- plain ESM of the server: the locales it serves are the ones measured
import { buildLocales } from '../../scripts/server/locales.mjs';

interface Part {
  total: { gzip: number };
  files: { file: string; via: string; gzip: number }[];
}
interface FirstLoad {
  page: string;
  js: Part;
  css: Part;
}
interface Route {
  id: string;
  url: (locale: string) => string;
}
interface Budget {
  jsGzipBytes?: number;
  cssGzipBytes?: number;
}

const { firstLoad, readManifest } = firstLoadModule as {
  firstLoad: (dist: string, htmlFile: string, options?: { manifest?: unknown }) => FirstLoad;
  readManifest: (dist: string) => unknown;
};
const { ROUTES, htmlFileFor } = routesModule as {
  ROUTES: Route[];
  htmlFileFor: (dist: string, url: string) => string | null;
};

const DIST = 'dist';
const built = existsSync(path.join(DIST, '.vite/manifest.json'));
const locales = built ? (buildLocales(DIST) as string[]) : [];
const cases = locales.flatMap((locale) => ROUTES.map((route) => ({ locale, route })));
const routeBudgets = budgets.firstLoad as unknown as Record<string, Budget | string>;

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const listing = (part: Part) =>
  part.files.map((file) => `  ${file.file} (${file.via}): ${kB(file.gzip)} gzip`).join('\n');

describe('first-load byte budgets (bench/budgets.json)', () => {
  it('finds the production build and its locales', () => {
    expect(built, `${DIST}/.vite/manifest.json is missing: run "npm run build" first`).toBe(true);
    expect(locales.length).toBeGreaterThan(0);
  });

  it.for(cases)('$route.id in $locale', ({ locale, route }) => {
    const budget = routeBudgets[route.id];
    if (typeof budget !== 'object')
      throw new Error(`bench/budgets.json has no firstLoad budget for "${route.id}"`);
    const htmlFile = htmlFileFor(DIST, route.url(locale));
    if (!htmlFile)
      throw new Error(`${route.url(locale)} is not in ${DIST}/: every route must be prerendered`);
    const load = firstLoad(DIST, htmlFile, { manifest: readManifest(DIST) });
    if (budget.jsGzipBytes !== undefined) {
      expect(
        load.js.total.gzip,
        `${load.page}: first-load JS is ${kB(load.js.total.gzip)} gzip, budget ${kB(budget.jsGzipBytes)}:\n${listing(load.js)}`,
      ).toBeLessThanOrEqual(budget.jsGzipBytes);
    }
    if (budget.cssGzipBytes !== undefined) {
      expect(
        load.css.total.gzip,
        `${load.page}: first-load CSS is ${kB(load.css.total.gzip)} gzip, budget ${kB(budget.cssGzipBytes)}:\n${listing(load.css)}`,
      ).toBeLessThanOrEqual(budget.cssGzipBytes);
    }
  });
});
