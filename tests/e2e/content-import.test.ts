// @vitest-environment node
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { loadContentDir, type ContentSet } from '../../src/content/pipeline/load-content';
import type { Article } from '../../src/domain/article';
import { headingOf, plainTextOf } from '../../src/domain/article-text';
import { htmlLangOf } from '../../src/domain/locales';
import { browserForThisFile, expectNoAxeViolations, screenshot, tabsForThisFile } from './support/browser';
import { summarize, watchChromiumPage, type PageProblems } from './support/page-problems';
import { misalignedCells, shownAlignments, tablesIn } from './support/table-alignment';
import { CORPUS, CORPUS_ABSENT, PAGES, realSliceForThisFile, urlOf } from './support/real-slice';
import { navigationTests } from './real-slice-navigation';

/**
 * The slice of Microsoft's real corpus (`support/real-slice.ts`), imported and built with CONTENT_DIR, in
 * Chromium: each page shows its title and its first paragraph, in its language, and every page this file
 * opens is clean: no console error, CSP violation or failed request (the Firefox twin is
 * `firefox/real-pages.test.ts`, on the same build).
 */
if (!CORPUS) console.warn(CORPUS_ABSENT);

describe.skipIf(!CORPUS)('a slice of the real corpus, imported and built', () => {
  const browser = browserForThisFile();
  const slice = realSliceForThisFile();
  let content: ContentSet;
  const problemsOf = new Map<Page, PageProblems>();
  const reported = new Map<Page, number>();
  const opened = new Set<Page>();
  const tab = tabsForThisFile(browser, {
    site: () => slice().baseUrl,
    onNewTab: async (page) => problemsOf.set(page, await watchChromiumPage(page)),
  });

  beforeAll(() => {
    content = loadContentDir(slice().contentDir);
  });

  /** A page in one of the file's tabs, watched until the test ends. */
  async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
    const page = await tab(path, options);
    opened.add(page);
    return page;
  }

  // Every page a test opened, once it has hydrated and its network is quiet, logged nothing: what each
  // tab logged since the last test (what a next load cuts short is not counted: see `watchChromiumPage`).
  afterEach(async () => {
    const problems: string[] = [];
    for (const page of opened) {
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      await page.waitForLoadState('networkidle');
      const all = problemsOf.get(page)?.() ?? [];
      problems.push(...all.slice(reported.get(page) ?? 0));
      reported.set(page, all.length);
    }
    opened.clear();
    expect(summarize(problems)).toEqual([]);
  });

  const version = (locale: string, slug: string): Article => {
    const article = content.articles.find((item) => item.slug === slug && item.locale === locale);
    if (!article) throw new Error(`the slice has no ${locale} page ${slug}`);
    return article;
  };

  it('imports one of two names that differ only in case, and says which it left out', () => {
    expect(slice().importOutput).toContain(
      'Azure-expert-msp.md: the same page as azure-expert-msp.md (names differ only in case) — not imported',
    );
    expect(slice().importOutput).toContain('not a page: docfx.json');
    expect(slice().importOutput).toContain('not a page: breadcrumb/toc.yml');
  });

  it('prints the build report: every page source builds', () => {
    expect(slice().buildOutput).toMatch(/Content: 43 pages from 28 files, 0 warnings, 0 files skipped/);
  });

  it.each(PAGES)(
    'shows the %s page %s with its title and first paragraph, in its language',
    async (locale, slug) => {
      const article = version(locale, slug);
      const firstParagraph = article.blocks.find((block) => block.type === 'paragraph');
      const expected = firstParagraph?.type === 'paragraph' ? plainTextOf(firstParagraph.children) : '';
      expect(expected.trim()).not.toBe('');
      const page = await open(urlOf(locale, slug));
      const title = await page.title();
      expect(title.slice(0, article.title.length + 3)).toBe(`${article.title} | `);
      expect(await page.locator('h1').innerText()).toBe(headingOf(article));
      await expect.poll(() => page.locator('article').getAttribute('lang')).toBe(htmlLangOf(locale));
      // What a reader sees: without the sentence links' buttons and the links' screen-reader words.
      const texts = await page.locator('.article-body p').evaluateAll((paragraphs) =>
        paragraphs.map((paragraph) => {
          const copy = paragraph.cloneNode(true) as HTMLElement;
          for (const hidden of copy.querySelectorAll('.visually-hidden, button')) hidden.remove();
          return copy.textContent ?? '';
        }),
      );
      const squash = (text: string) => text.replace(/\s+/g, '');
      expect(texts.map(squash)).toContain(squash(expected));
    },
  );

  it.each([
    ['zh-cn', 'permissions-overview'],
    ['de-de', 'permissions-overview'],
    ['de-de', 'pci-data-definitions'],
    ['zh-cn', 'chip-locate-agreement'],
  ])('aligns the columns of the %s page %s’s tables as the source says', async (locale, slug) => {
    const aligns = tablesIn(version(locale, slug).blocks).map((table) => table.align);
    expect(aligns.flat().filter(Boolean)).not.toEqual([]);
    const page = await open(urlOf(locale, slug));
    const shown = await page.locator('.article-body table').evaluateAll(shownAlignments);
    expect(shown).toHaveLength(aligns.length);
    expect(misalignedCells(shown, aligns)).toEqual([]);
  });

  /** The page's width on a 320 px screen is no more than the screen's: only its tables scroll sideways. */
  async function expectFitsThePhone(page: Page, locale: string, slug: string): Promise<void> {
    expect(await page.locator('h1').innerText()).toBe(headingOf(version(locale, slug)));
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0], `the page's width on a ${widths[1]} px screen`).toBeLessThanOrEqual(widths[1] ?? 0);
  }

  it('fits the de-de page pci-data-definitions on a 320 px phone: only its tables scroll sideways', async () => {
    const page = await open(urlOf('de-de', 'pci-data-definitions'), {
      viewport: { width: 320, height: 640 },
    });
    await expectFitsThePhone(page, 'de-de', 'pci-data-definitions');
  });

  it.each(['zh-cn', 'de-de'])(
    'fits the %s permissions-overview on a 320 px phone, its tables as named regions the keyboard reaches (screenshot)',
    async (locale) => {
      const page = await open(urlOf(locale, 'permissions-overview'), {
        viewport: { width: 320, height: 640 },
      });
      await expectFitsThePhone(page, locale, 'permissions-overview');
      await expect.poll(() => page.getByRole('region').count()).toBe(8);
      await expectNoAxeViolations(page, '.article-body');
      await screenshot(page, `content-import-${locale}-permissions-overview-320`);
    },
  );

  it.each([
    ['zh-cn', 'chip-faq'],
    ['de-de', 'payout-faq'],
    ['zh-tw', 'announcements-2020-october'],
  ])('shows the %s page %s on a phone (screenshot for a person to look at)', async (locale, slug) => {
    const page = await open(urlOf(locale, slug), { viewport: { width: 320, height: 640 } });
    expect(await page.locator('h1').innerText()).toBe(headingOf(version(locale, slug)));
    await screenshot(page, `content-import-${locale}-${slug}-320`);
  });

  it('redirects the capitalized name to the page', async () => {
    const page = await open('/zh-cn/articles/Azure-expert-msp');
    await expect
      .poll(() => new URL(page.url()).pathname, { timeout: 30_000 })
      .toBe('/zh-cn/articles/azure-expert-msp');
    await expect
      .poll(() => page.locator('h1').innerText(), { timeout: 30_000 })
      .toBe(headingOf(version('zh-cn', 'azure-expert-msp')));
  });

  navigationTests({ baseUrl: () => slice().baseUrl, browser, version });
});
