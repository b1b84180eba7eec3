// @vitest-environment node
// The article in Firefox ESR: each locale's version, and the applies-to filter's notice.
import { describe, expect, it } from 'vitest';
import { APP } from '../support/wizard-strings';
import { ARTICLE, ARTICLE_LOCALES } from '../support/article-locales';
import {
  closePage,
  firefoxForThisFile,
  openPage,
  pageErrors,
  textOf,
  waitForApp,
  waitForText,
} from '../support/firefox';

const firefox = firefoxForThisFile();

describe('the article in Firefox', () => {
  for (const locale of ARTICLE_LOCALES) {
    it(`shows ${locale.id}: its title, heading, text and lang, with no console error`, async () => {
      const page = await openPage(firefox(), `/${locale.id}${ARTICLE}`);
      await waitForApp(page);
      expect(await page.title()).toBe(`${locale.title} | ${APP[locale.id].siteName}`);
      expect(await textOf(page, 'h1')).toBe(locale.heading);
      expect(await textOf(page, 'article')).toContain(locale.sentence);
      expect(await textOf(page, '.article-meta')).toContain(locale.date);
      expect(await page.$eval('html', (html) => html.lang)).toBe(locale.lang);
      expect(await page.$eval('article', (article) => article.lang)).toBe(locale.lang);
      expect(pageErrors(page)).toEqual([]);
      await closePage(page);
    });
  }
});

describe('the applies-to filter in Firefox', () => {
  it('chosen on the home page, it carries to the article, which says what it does not list', async () => {
    const page = await openPage(firefox(), '/en-us/');
    await waitForApp(page);
    await page.select('select[name="cloud"]', 'germany');
    await page.waitForFunction(() => location.search === '?cloud=germany');
    await page.locator(`::-p-aria(${ARTICLE_LOCALES[0].heading}[role="link"])`).click();
    await page.waitForFunction((path) => location.pathname === path, {}, `/en-us${ARTICLE}`);
    expect(new URL(page.url()).search).toBe('?cloud=germany');
    await waitForText(
      page,
      '.applies-to-notices',
      'This version of the article does not list Partner Center for Microsoft Cloud Germany. The 中文（台灣） version lists it.',
    );
    expect(pageErrors(page)).toEqual([]);
    await closePage(page);
  });

  for (const [locale, notice] of [
    ['zh-cn', '此版本的文章未列出“德国 Microsoft Cloud 合作伙伴中心”。中文（台灣）版本列出了此项。'],
    ['zh-tw', '適用於您的雲端：Microsoft Cloud 德國合作夥伴中心'],
  ] as const) {
    it(`opened with ?cloud=germany in ${locale}, the article says so`, async () => {
      const page = await openPage(firefox(), `/${locale}${ARTICLE}?cloud=germany`);
      await waitForApp(page);
      await waitForText(page, '.applies-to-notices', notice);
      expect(pageErrors(page)).toEqual([]);
      await closePage(page);
    });
  }
});
