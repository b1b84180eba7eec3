// @vitest-environment node
// Search as helpdesk agents use it when things are not ideal: a customer's question pasted whole, the
// search index that does not load, and a browser without JavaScript. Every locale, in Chromium.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  baseUrl,
  expectNoAxeViolations,
  openPage,
  pageErrors,
  screenshot,
  browserForThisFile,
  tabsForThisFile,
  waitForApp,
} from './support/browser';

type Locale = 'en-us' | 'zh-cn' | 'zh-tw';
const LABELS = { 'en-us': 'Search the help center', 'zh-cn': '搜索帮助中心', 'zh-tw': '搜尋說明中心' };
const INDEX = '**/assets/search-index-*.js';
/** The term shards, neighbour shards and stored-field chunks a query fetches. */
const SHARDS = '**/assets/search/**';

const browser = browserForThisFile();
const open = tabsForThisFile(browser);

/** The three questions: the wizard answer that must lead, and the sentence it rests on. */
const QUESTIONS: { locale: Locale; question: string; answer: string; restsOn: string }[] = [
  {
    locale: 'en-us',
    question: 'Does Microsoft send renewal reminders to my customers?',
    answer: 'Wizard answer: You contact your customer about their subscriptions and billing',
    restsOn: 'The article says: Because you own the customer billing relationship, Microsoft will not send',
  },
  {
    locale: 'zh-cn',
    question: '维护期间微软会直接通知我的客户吗？',
    answer: '向导答案：Microsoft 可能会就服务故障直接联系你的客户',
    restsOn: '文章原文： Microsoft 可能会就有关服务事件或其他操作信息与客户直接通讯。',
  },
  {
    locale: 'zh-tw',
    question: '客戶另外向 Microsoft 直接購買的產品，誰會跟他們聯絡？',
    answer: '精靈答案：Microsoft 會繼續就客戶直接購買的產品聯絡客戶',
    restsOn: '文章原文： 針對現在已與 Microsoft 有商業關係的客戶',
  },
];

const comboboxFocused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('role') === 'combobox');

async function focusSearch(page: Page, locale: Locale) {
  await page.getByRole('searchbox', { name: LABELS[locale] }).focus();
  await expect.poll(() => comboboxFocused(page)).toBe(true);
  return page.getByRole('combobox', { name: LABELS[locale] });
}

/** What a result shows, as a reader reads it (innerText: `<q>`'s quotation marks are CSS, not text). */
const visibleText = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => (element as HTMLElement).innerText.replace(/\s+/g, ' '));

describe('a question pasted whole', () => {
  for (const { locale, question, answer, restsOn } of QUESTIONS) {
    it(`${locale}: the header list and the results page lead with the wizard answer and its sentence`, async () => {
      const page = await open(`/${locale}/`);
      await waitForApp(page);
      const field = await focusSearch(page, locale);
      await field.fill(question);
      const first = page.getByRole('listbox').getByRole('option').first();
      await expect.poll(() => first.count()).toBe(1);
      const shown = await visibleText(page, '[role="option"]');
      expect(shown).toContain(answer);
      expect(shown).toContain(restsOn.slice(0, 30));
      await field.press('Enter');
      await page.waitForURL(new RegExp(`/${locale}/search\\?q=`));
      await expect.poll(() => page.locator('.search-results a').count()).toBeGreaterThan(1);
      const onPage = await visibleText(page, '.search-results a');
      expect(onPage).toContain(answer);
      expect(onPage).toContain(restsOn);
      expect(await page.locator('.search-results a').first().getAttribute('href')).toMatch(
        new RegExp(`^/${locale}/who-contacts-my-customer\\?`),
      );
      expect(pageErrors(page)).toEqual([]);
    });
  }

  for (const { locale, question, answer, restsOn } of QUESTIONS.filter((q) => q.locale !== 'en-us')) {
    it(`${locale} at 320 px: the results page from a shared URL fits and passes axe`, async () => {
      const page = await open(`/${locale}/search?q=${encodeURIComponent(question)}`, {
        viewport: { width: 320, height: 900 },
      });
      await waitForApp(page);
      await expect.poll(() => page.locator('.search-results a').count()).toBeGreaterThan(1);
      const onPage = await visibleText(page, '.search-results a');
      expect(onPage).toContain(answer);
      expect(onPage).toContain(restsOn);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await screenshot(page, `agent-tools-question-${locale}-320`);
      await expectNoAxeViolations(page);
    });
  }
});

const FAILED = {
  'en-us': { message: 'Search could not be loaded.', retry: 'Try again', found: 'sentences found' },
  'zh-cn': { message: '无法加载搜索。', retry: '重试', found: '找到' },
  'zh-tw': { message: '無法載入搜尋。', retry: '重試', found: '找到' },
};

describe('when the search index cannot load', () => {
  for (const locale of ['en-us', 'zh-cn', 'zh-tw'] as const) {
    it(`${locale}: the results page says so, and Try again works once it loads`, async () => {
      const context = await browser().newContext({ viewport: { width: 1024, height: 800 } });
      await context.route(INDEX, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/${locale}/search?q=billing`);
      await waitForApp(page);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain(FAILED[locale].message);
      if (locale === 'zh-cn') await screenshot(page, 'agent-tools-search-failed-zh-cn');
      await context.unroute(INDEX);
      await alert.getByRole('button', { name: FAILED[locale].retry }).click();
      await expect.poll(() => page.locator('.search-results a').count()).toBeGreaterThan(0);
      expect(await page.locator('main [role="status"]').textContent()).toContain(FAILED[locale].found);
      expect(await page.getByRole('alert').count()).toBe(0);
      await context.close();
    });
  }

  it('the header list says so too, with a Try again button that works once the index loads', async () => {
    const page = await openPage(browser(), '/zh-tw/', { viewport: { width: 320, height: 720 } });
    await page.context().route(INDEX, (route) => route.abort());
    await waitForApp(page);
    const field = await focusSearch(page, 'zh-tw');
    await field.fill('帳單');
    const retry = page.locator('.search-popup').getByRole('button', { name: '重試' });
    await expect.poll(() => retry.isVisible()).toBe(true);
    expect(await page.locator('.search-popup').textContent()).toContain(FAILED['zh-tw'].message);
    await screenshot(page, 'agent-tools-search-failed-zh-tw-320');
    await expectNoAxeViolations(page);
    await page.context().unroute(INDEX);
    await retry.click();
    await expect.poll(() => page.getByRole('listbox').getByRole('option').count()).toBeGreaterThan(0);
    expect(await comboboxFocused(page)).toBe(true);
    await page.context().close();
  });
});

describe('when a query’s shards cannot load', () => {
  it('zh-cn: the header list says so once the index is there, and Try again fetches them', async () => {
    const page = await openPage(browser(), '/zh-cn/', { viewport: { width: 1024, height: 800 } });
    await page.context().route(SHARDS, (route) => route.abort());
    await waitForApp(page);
    const field = await focusSearch(page, 'zh-cn');
    await field.fill('账单');
    const retry = page.locator('.search-popup').getByRole('button', { name: '重试' });
    await expect.poll(() => retry.isVisible()).toBe(true);
    expect(await page.locator('.search-popup').textContent()).toContain(FAILED['zh-cn'].message);
    await page.context().unroute(SHARDS);
    await retry.click();
    await expect.poll(() => page.getByRole('listbox').getByRole('option').count()).toBeGreaterThan(0);
    expect(await page.getByRole('listbox').textContent()).toContain('账单');
    await page.context().close();
  });
});

const NO_JS = {
  'en-us': {
    searched: 'You searched for:',
    needs: 'Searching needs JavaScript',
    articles: 'Browse all articles',
    wizard: 'Who contacts my customer?',
  },
  'zh-cn': {
    searched: '你搜索的内容：',
    needs: '搜索需要 JavaScript',
    articles: '浏览所有文章',
    wizard: '谁会联系我的客户？',
  },
  'zh-tw': {
    searched: '您搜尋的內容：',
    needs: '搜尋需要 JavaScript',
    articles: '瀏覽所有文章',
    wizard: '誰會聯絡我的客戶？',
  },
};

describe('without JavaScript', () => {
  for (const locale of ['en-us', 'zh-cn', 'zh-tw'] as const) {
    it(`${locale}: the results page shows the query as text, says why, and links what works`, async () => {
      const query = `<img src=x onerror=alert(1)> ${QUESTIONS.find((q) => q.locale === locale)?.question}`;
      const page = await open(`/${locale}/search?q=${encodeURIComponent(query)}`, {
        javaScriptEnabled: false,
      });
      const main = page.locator('main');
      const text = await main.innerText();
      expect(text).toContain(`${NO_JS[locale].searched}`);
      expect(await main.locator('q').innerText()).toBe(query);
      expect(await main.locator('img').count()).toBe(0);
      expect(text).toContain(NO_JS[locale].needs);
      expect(await main.getByRole('link', { name: NO_JS[locale].articles }).getAttribute('href')).toBe(
        `/${locale}/`,
      );
      expect(await main.getByRole('link', { name: NO_JS[locale].wizard }).getAttribute('href')).toBe(
        `/${locale}/who-contacts-my-customer`,
      );
      if (locale === 'zh-cn') await screenshot(page, 'agent-tools-search-no-js-zh-cn');
    });
  }

  it('without a query, says nothing about one', async () => {
    const page = await open('/en-us/search', { javaScriptEnabled: false });
    expect(await page.locator('main').innerText()).not.toContain('You searched for');
    expect(await page.locator('main').innerText()).toContain('Searching needs JavaScript');
  });
});
