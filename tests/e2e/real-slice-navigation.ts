import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tabsForThisFile } from './support/browser';
import type { Article } from '../../src/domain/article';
import { headingOf } from '../../src/domain/article-text';

/**
 * The navigation of the real slice built by content-import.test.ts (which calls this inside its describe,
 * so both share one build): each locale's home shows its own TOC.yml's sections and names and its
 * index.yml's link lists; an article its breadcrumb and its neighbours, in that locale's words.
 */
export interface SliceSite {
  baseUrl: () => string;
  browser: () => Browser;
  version: (locale: string, slug: string) => Article;
}

/** Where the screenshots of the home and an article go, for a person to look at. */
const SHOTS = process.env.NAVIGATION_SHOTS_DIR ?? 'tests/e2e/__screenshots__';

/** The corpus files the navigation checks need beside the slice's own (neighbours of account-structure). */
export const NAVIGATION_SLICE: [string, string][] = [
  ['zh-tw', 'partner-center-account-setup.md'],
  ['zh-tw', 'azure-active-directory-tenants-and-partner-center.md'],
  ['zh-tw', 'announcements/TOC.md'],
  ['zh-cn', 'partner-center-account-setup.md'],
  ['zh-cn', 'azure-active-directory-tenants-and-partner-center.md'],
  ['de-de', 'work-with-other-partners.md'],
];
export const NAVIGATION_PAGES = [
  '/zh-cn/',
  '/zh-tw/',
  '/de-de/',
  '/en-us/',
  '/zh-tw/articles/partner-center-account-setup',
  '/zh-tw/articles/azure-active-directory-tenants-and-partner-center',
  '/zh-cn/articles/partner-center-account-setup',
  '/zh-cn/articles/azure-active-directory-tenants-and-partner-center',
  '/de-de/articles/work-with-other-partners',
];

const texts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((nodes) => nodes.map((node) => (node.textContent ?? '').trim()));

export function navigationTests(site: SliceSite): void {
  const tab = tabsForThisFile(site.browser, { site: site.baseUrl });
  const open = (url: string, width = 1280, javaScriptEnabled = true) =>
    tab(url, { viewport: { width, height: 900 }, javaScriptEnabled });
  describe('navigation from Microsoft’s tables of contents', () => {
    it('shows zh-tw’s own sections and names on its home page, below the wizard’s article', async () => {
      const page = await open('/zh-tw/', 1280, false);
      const toc = page.getByRole('navigation', { name: '目錄' });
      const sections = await texts(page, '.toc-tree > li > details > summary');
      expect(sections).toContain('管理合作夥伴中心帳戶');
      expect(sections).toContain('與其他合作夥伴合作');
      expect(sections).not.toContain('管理合作伙伴中心帐户');
      await expect(page.locator('.toc-tree').getAttribute('lang')).resolves.toBe('zh-TW');
      // Without JavaScript, the sections open as the browser opens any <details>.
      await page.locator('summary', { hasText: '管理合作夥伴中心帳戶' }).click();
      const link = toc.getByRole('link', { name: '關於帳戶結構' });
      await expect(link.getAttribute('href')).resolves.toBe('/zh-tw/articles/account-structure');
      expect(await texts(page, '.toc-heading')).toContain('一般帳戶管理');
      // An entry whose file the slice lacks is its name, not a link.
      await expect(
        toc.getByRole('link', { name: '銷售適用於雲端解決方案提供者的 Office 365 政府版 GCC' }).count(),
      ).resolves.toBe(0);
      await expect(
        toc.getByText('銷售適用於雲端解決方案提供者的 Office 365 政府版 GCC').count(),
      ).resolves.toBe(1);
      // The landing page's cards, and the wizard's article still first among the articles.
      await expect(page.getByRole('heading', { level: 2, name: '合作夥伴中心文件' }).count()).resolves.toBe(
        1,
      );
      await expect(
        page.getByRole('heading', { level: 3, name: '開始使用合作夥伴中心' }).count(),
      ).resolves.toBe(1);
      const seed = headingOf(site.version('zh-tw', 'customer-communication-from-microsoft'));
      const headings = await texts(page, 'main h2, main h3');
      expect(headings.indexOf(seed)).toBeGreaterThan(-1);
      expect(headings.indexOf(seed)).toBeLessThan(headings.indexOf('目錄'));
      expect(headings).toContain('未列入目錄的文章');
    });

    it('names zh-cn’s and de-de’s sections in their own words', async () => {
      for (const [url, section, contents] of [
        ['/zh-cn/', '管理合作伙伴中心帐户', '目录'],
        ['/de-de/', 'Zusammenarbeit mit anderen Partnern', 'Contents'],
      ] as const) {
        const page = await open(url);
        expect(await texts(page, '.toc-tree > li > details > summary')).toContain(section);
        await expect(page.getByRole('navigation', { name: contents }).count()).resolves.toBe(1);
      }
    });

    it('gives en-us the newest locale’s table, its articles named by their English headings', async () => {
      const page = await open('/en-us/');
      // A closed section's links are not in the accessibility tree until it opens.
      await page.locator('details').evaluateAll((sections) => {
        for (const section of sections) (section as HTMLDetailsElement).open = true;
      });
      const english = headingOf(site.version('en-us', 'account-structure'));
      const link = page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: english });
      await expect(link.getAttribute('lang')).resolves.toBe('en-US');
      await expect(link.getAttribute('href')).resolves.toBe('/en-us/articles/account-structure');
    });

    it('shows an article’s breadcrumb and neighbours in zh-tw, and goes to the next one', async () => {
      const page = await open('/zh-tw/articles/account-structure');
      const crumbs = page.getByRole('navigation', { name: '目前位置' });
      expect(await texts(page, '.breadcrumb li')).toEqual(['首頁', '管理合作夥伴中心帳戶', '一般帳戶管理']);
      await expect(crumbs.getByRole('link', { name: '首頁' }).getAttribute('href')).resolves.toBe('/zh-tw/');
      const neighbours = page.getByRole('navigation', { name: '上一篇和下一篇文章' });
      await expect(
        neighbours.getByRole('link', { name: '上一篇 關於您的帳戶' }).getAttribute('href'),
      ).resolves.toBe('/zh-tw/articles/partner-center-account-setup');
      const next = neighbours.getByRole('link', { name: '下一篇 連結您的公司帳戶' });
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      await next.click();
      await expect
        .poll(() => new URL(page.url()).pathname)
        .toBe('/zh-tw/articles/azure-active-directory-tenants-and-partner-center');
      await expect
        .poll(() => page.locator('h1').innerText())
        .toBe(headingOf(site.version('zh-tw', 'azure-active-directory-tenants-and-partner-center')));
      await expect
        .poll(() => texts(page, '.breadcrumb li'))
        .toEqual(['首頁', '管理合作夥伴中心帳戶', '一般帳戶管理']);
    });

    it('shows zh-cn’s and de-de’s breadcrumbs in their names, the UI words in the UI’s language', async () => {
      const zhCn = await open('/zh-cn/articles/account-structure');
      expect(await texts(zhCn, '.breadcrumb li')).toEqual(['首页', '管理合作伙伴中心帐户', '常规帐户管理']);
      const deDe = await open('/de-de/articles/find-a-partner');
      expect(await texts(deDe, '.breadcrumb li')).toEqual(['Home', 'Zusammenarbeit mit anderen Partnern']);
      await expect(deDe.locator('.breadcrumb').getAttribute('lang')).resolves.toBe('en-US');
      await expect(deDe.locator('.breadcrumb li').nth(1).getAttribute('lang')).resolves.toBe('de-DE');
      await expect(
        deDe.getByRole('link', { name: 'Next Zusammenarbeit mit anderen Partnern' }).getAttribute('href'),
      ).resolves.toBe('/de-de/articles/work-with-other-partners');
    });

    it('takes screenshots of the home page and an article with its breadcrumb at 320 and 1280 px', async () => {
      mkdirSync(SHOTS, { recursive: true });
      // The screenshots resize their page: one page of its own, each URL a fresh load in it.
      const context = await site.browser().newContext({ viewport: { width: 320, height: 900 } });
      const page = await context.newPage();
      for (const locale of ['zh-cn', 'zh-tw', 'de-de']) {
        for (const [name, url] of [
          ['home', `/${locale}/`],
          ['article', `/${locale}/articles/${locale === 'de-de' ? 'find-a-partner' : 'account-structure'}`],
        ]) {
          // One load per page, shown at each width in turn (the layout follows the viewport alone).
          await page.setViewportSize({ width: 320, height: 900 });
          await page.goto(site.baseUrl() + url);
          await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
          if (name === 'home') await page.locator('.toc-tree summary').nth(3).click();
          await expect(page.locator(name === 'home' ? '.toc' : '.breadcrumb').count()).resolves.toBe(1);
          for (const width of [320, 1280]) {
            await page.setViewportSize({ width, height: 900 });
            await page.screenshot({
              path: path.join(SHOTS, `navigation-${locale}-${name}-${width}.png`),
              fullPage: true,
            });
          }
        }
      }
      await context.close();
      expect(readdirSync(SHOTS).filter((file) => file.startsWith('navigation-'))).toHaveLength(12);
      // Six pages and twelve full-page screenshots: a minute was too short on a shared 2-core machine.
    }, 300_000);
  });
}

/** Copies the files above into the slice's corpus (`<root>/corpus/<locale>/partner-center/…`). */
