// @vitest-environment node
// Prerendered pages grow linearly (docs/performance.md, "Build at corpus scale"): with the filter's values,
// never with their product (a page for a cloud and a role together is the page of the cloud alone, which
// the app re-renders with both), an embedded page in a theme is the same page without it, and an article's
// embed variants are one page.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFilesUnder } from '../../scripts/server/built-file.mjs';

const DIST = 'dist';
const LOCALES = ['en-us', 'zh-cn', 'zh-tw'];
const isEmbedded = (file: string) => /(^|&)embed=1(&|\.html$)/.test(path.basename(file));

const filesUnder = (dir: string): string[] => builtFilesUnder(dir);

describe('prerendered filter pages', () => {
  const queryPages = JSON.parse(readFileSync(path.join(DIST, 'query-pages.json'), 'utf8')) as Record<
    string,
    string
  >;

  it('writes no page for a cloud and a role together', () => {
    const written = filesUnder(DIST).filter((file) => file.includes(`${path.sep}__query${path.sep}`));
    expect(written.some((file) => /cloud=/.test(file))).toBe(true);
    expect(written.filter((file) => /cloud=/.test(file) && /role=/.test(file))).toEqual([]);
  });

  it('answers a cloud and a role together with the page of the cloud alone, embedded or not', () => {
    for (const locale of ['en-us', 'zh-cn', 'zh-tw']) {
      for (const embed of ['', '&embed=1&theme=dark']) {
        const combined = queryPages[`/${locale}/?cloud=germany&role=helpdesk-agent${embed}`];
        expect(combined).toBeDefined();
        expect(combined).toBe(queryPages[`/${locale}/?cloud=germany${embed}`]);
      }
    }
  });

  it('prerenders a constant per locale plus a constant per article version, in every locale', () => {
    for (const locale of LOCALES) {
      const html = filesUnder(path.join(DIST, locale)).filter((file) => file.endsWith('.html'));
      const under = (folder: string) =>
        html.filter((file) => path.dirname(file) === path.join(DIST, locale, ...folder.split('/')));
      // Each of home's and the wizard's pages (itself and each query's) twice: plain and embedded (for
      // every theme); they do not grow with the articles.
      const homeQueries = under('__query').filter((file) => !isEmbedded(file)).length;
      const wizardQueries = under('who-contacts-my-customer/__query').filter(
        (file) => !isEmbedded(file),
      ).length;
      expect(homeQueries).toBeGreaterThan(0);
      expect(wizardQueries).toBeGreaterThan(0);
      // Plus its not-found page and its search page.
      expect(under('search').map((file) => path.basename(file))).toEqual(['index.html']);
      const perLocale = 2 + 2 * (1 + homeQueries) + 2 * (1 + wizardQueries);
      // Each article version: its page, its one embedded page, and a page per filter value it lists.
      const versions = readdirSync(path.join(DIST, locale, 'articles'));
      let perVersions = 0;
      for (const slug of versions) {
        const queries = under(`articles/${slug}/__query`);
        expect(queries.filter(isEmbedded).map((file) => path.basename(file))).toEqual(['embed=1.html']);
        expect(queries.length - 1).toBeLessThanOrEqual(homeQueries);
        perVersions += 2 + (queries.length - 1);
      }
      expect(html).toHaveLength(perLocale + perVersions);
    }
  });

  it('answers an embedded home or wizard page in a theme with its page without one', () => {
    for (const locale of LOCALES) {
      for (const page of [`/${locale}/`, `/${locale}/who-contacts-my-customer`]) {
        for (const query of ['?embed=1', '?cloud=germany&embed=1']) {
          const file = queryPages[`${page}${query}`];
          expect(file).toMatch(/__query\/.*embed=1\.html$/);
          for (const theme of ['dark', 'light'])
            expect(queryPages[`${page}${query}&theme=${theme}`]).toBe(file);
        }
      }
      const themed = filesUnder(path.join(DIST, locale)).filter((file) => /theme=/.test(file));
      expect(themed).toEqual([]);
    }
  });

  it('answers an embedded article in every theme and filter with its one embedded page', () => {
    for (const locale of LOCALES) {
      const article = `/${locale}/articles/customer-communication-from-microsoft`;
      const embedded = queryPages[`${article}?embed=1`];
      expect(embedded).toBe(`${article.slice(1)}/__query/embed=1.html`.replace(/^/, '/'));
      for (const query of [
        '?embed=1&theme=dark',
        '?embed=1&theme=light',
        '?cloud=germany&embed=1&theme=dark',
      ])
        expect(queryPages[`${article}${query}`]).toBe(embedded);
    }
  });
});
