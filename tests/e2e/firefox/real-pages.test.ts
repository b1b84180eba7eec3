// @vitest-environment node
// The slice of Microsoft's real corpus in Firefox ESR, on the build `content-import.test.ts` checks in
// Chromium: every page shows its heading, aligns its tables as the source says, and is clean (no console
// error, CSP violation or failed request).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentDir, type ContentSet } from '../../../src/content/pipeline/load-content';
import { headingOf } from '../../../src/domain/article-text';
import type { Page } from 'puppeteer-core';
import { firefoxForThisFile, newPage, pageErrors, textOf, waitForApp } from '../support/firefox';
import { summarize, watchFirefoxPage, type PageProblems } from '../support/page-problems';
import { CORPUS, CORPUS_ABSENT, PAGES, realSliceForThisFile, urlOf } from '../support/real-slice';
import { misalignedCells, shownAlignments, tablesIn } from '../support/table-alignment';

if (!CORPUS) console.warn(CORPUS_ABSENT);

describe.skipIf(!CORPUS)('the real slice in Firefox', () => {
  const firefox = firefoxForThisFile();
  const slice = realSliceForThisFile();
  let content: ContentSet;
  // One tab for every page: a fresh document each, without a fresh context's cost (see
  // `tabsForThisFile` in support/browser.ts); each test reads what the tab logged since the last one.
  let page: Page;
  let problems: PageProblems;
  let reported = 0;

  beforeAll(async () => {
    content = loadContentDir(slice().contentDir);
    page = await newPage(firefox());
    problems = watchFirefoxPage(page, pageErrors);
  });

  it.each(PAGES)(
    'shows the %s page %s with its heading and its tables aligned, with nothing in the console',
    async (locale, slug) => {
      const article = content.articles.find((item) => item.slug === slug && item.locale === locale);
      if (!article) throw new Error(`the slice has no ${locale} page ${slug}`);
      await page.goto(slice().baseUrl + urlOf(locale, slug));
      await waitForApp(page);
      await page.waitForNetworkIdle();
      expect(await textOf(page, 'h1')).toBe(headingOf(article));
      const aligns = tablesIn(article.blocks).map((table) => table.align);
      const shown = await page.$$eval('.article-body table', shownAlignments);
      expect(shown).toHaveLength(aligns.length);
      expect(misalignedCells(shown, aligns)).toEqual([]);
      const logged = problems();
      expect(summarize(logged.slice(reported))).toEqual([]);
      reported = logged.length;
    },
  );
});
