// @vitest-environment node
// The helpdesk agent's sentence search in Chromium: the header combobox, opening a result at its
// highlighted sentence, cross-language matches, the results page as a GET target, and what loads when.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  baseUrl,
  expectNoAxeViolations,
  pageErrors,
  screenshot,
  browserForThisFile,
  tabsForThisFile,
  waitForApp,
} from './support/browser';

const ARTICLE = '/articles/customer-communication-from-microsoft';
const LABELS = { 'en-us': 'Search the help center', 'zh-cn': '搜索帮助中心', 'zh-tw': '搜尋說明中心' };

const browser = browserForThisFile();
const open = tabsForThisFile(browser);

const searchField = (page: Page, locale: keyof typeof LABELS) =>
  page.getByRole('combobox', { name: LABELS[locale] });

/**
 * Whether the focus is in the header's combobox. Asked of the page, not of a locator: a locator waits up
 * to 30 s for its element, and the combobox exists only once the plain field has been focused.
 */
const comboboxFocused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('role') === 'combobox');

/**
 * Focuses the header's plain search field, as an agent's click or Tab does; the combobox it becomes
 * once its code has loaded keeps the focus.
 */
async function focusSearch(page: Page, locale: keyof typeof LABELS) {
  await page.getByRole('searchbox', { name: LABELS[locale] }).focus();
  await expect.poll(() => comboboxFocused(page)).toBe(true);
  return searchField(page, locale);
}

/** Script requests the page made, by file name. */
function trackScripts(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') requested.push(new URL(request.url()).pathname);
  });
  return requested;
}

describe('sentence search', () => {
  it('in zh-cn, 订阅 finds the subscription sentence and Enter opens it highlighted', async () => {
    const page = await open('/zh-cn/');
    const scripts = trackScripts(page);
    await waitForApp(page);
    // Before the field is focused: a plain GET form, and none of the search's code or index.
    expect(scripts.filter((file) => /search-|SearchBox/.test(file))).toEqual([]);
    expect(await page.locator('form[role="search"]').getAttribute('action')).toBe('/zh-cn/search');

    const field = await focusSearch(page, 'zh-cn');
    await field.fill('订阅');
    const options = page.getByRole('listbox').getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    await expect.poll(() => scripts.some((file) => file.includes('search-index-zh-cn'))).toBe(true);
    expect(scripts.some((file) => file.includes('search-index-en-us'))).toBe(false);
    const first = options.first();
    expect(await first.textContent()).toContain('Microsoft 不会将有关他们的订阅的通讯直接发送给你的客户');
    expect(await first.locator('mark').allTextContents()).toEqual(['订阅']);
    expect(await first.textContent()).toContain('文章：客户与 Microsoft 成功通信的准则');

    await field.press('ArrowDown');
    expect(await field.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await screenshot(page, 'agent-tools-search-zh-cn-open');
    await expectNoAxeViolations(page);

    await field.press('Enter');
    await page.waitForURL(/\/zh-cn\/articles\/customer-communication-from-microsoft#s-[0-9a-f]{8}$/);
    const highlighted = page.locator('.sentence[data-highlighted]');
    await expect.poll(() => highlighted.count()).toBe(1);
    expect(await highlighted.textContent()).toContain('订阅');
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    expect(pageErrors(page)).toEqual([]);
  });

  it('on zh-tw, an English query finds the zh-tw sentence through its English original', async () => {
    const page = await open(`/zh-tw${ARTICLE}`);
    await waitForApp(page);
    const field = await focusSearch(page, 'zh-tw');
    await field.fill('service incident');
    const first = page.getByRole('listbox').getByRole('option').first();
    await expect
      .poll(() => first.textContent())
      .toContain('Microsoft 可能會直接與客戶交流有關服務事件或其他操作資訊。');
    expect(await first.textContent()).toContain('相符的語言：英文（美國）');
    expect(await first.locator('[lang="en-US"] mark').allTextContents()).toEqual(['service', 'incidents']);
    await screenshot(page, 'agent-tools-search-zh-tw-english-query');
    await field.press('Escape');
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('listbox').getByRole('option').count()).toBe(0);

    // ↓ opens the list again with the first result chosen; Enter opens it on the page already shown.
    await field.press('ArrowDown');
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    await field.press('Enter');
    await page.waitForURL(/\/zh-tw\/articles\/customer-communication-from-microsoft#s-[0-9a-f]{8}$/);
    const highlighted = page.locator('.sentence[data-highlighted]');
    await expect.poll(() => highlighted.count()).toBe(1);
    expect(await highlighted.textContent()).toContain('服務事件');
  });

  it('on en-us, a Chinese query finds the English sentence and says which language matched', async () => {
    const page = await open('/en-us/', { colorScheme: 'dark' });
    await waitForApp(page);
    const field = searchField(page, 'en-us');
    // `/` focuses the plain field (pressed until the header listens), which then becomes the combobox.
    const inSearchField = () =>
      page.evaluate(() => document.activeElement?.closest('form[role="search"]') !== null);
    await expect
      .poll(async () => {
        if (!(await inSearchField())) await page.keyboard.press('/');
        return inSearchField();
      })
      .toBe(true);
    await expect.poll(() => comboboxFocused(page)).toBe(true);
    expect(await field.inputValue()).toBe('');
    await page.keyboard.type('订阅');
    const first = page.getByRole('listbox').getByRole('option').first();
    await expect
      .poll(() => first.textContent())
      .toContain('Because you own the customer billing relationship');
    expect(await first.textContent()).toContain('Matched in Chinese (China):');
    await screenshot(page, 'agent-tools-search-en-us-dark');
  });

  it('at 320 px in dark mode, the open list fits the screen and passes axe (zh-cn, 账单 via zh-tw 帳單)', async () => {
    const page = await open('/zh-cn/', {
      viewport: { width: 320, height: 720 },
      colorScheme: 'dark',
    });
    await waitForApp(page);
    const field = await focusSearch(page, 'zh-cn');
    await field.fill('账单');
    const sentence = page
      .getByRole('listbox')
      .getByRole('option')
      // The sentence itself (the billing answer quotes it too, as the sentence it rests on).
      .filter({ has: page.locator('.search-hit-text', { hasText: '由于你具有客户结算关系' }) });
    await expect.poll(() => sentence.count()).toBe(1);
    expect(await sentence.textContent()).toContain('匹配的语言：中文（台湾）');
    expect(await sentence.locator('[lang="zh-TW"] mark').allTextContents()).toEqual(['帳單']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot(page, 'agent-tools-search-zh-cn-320-dark');
    await expectNoAxeViolations(page);
  });

  it('Enter without a chosen result opens the results page; it is also a plain GET target', async () => {
    const page = await open('/zh-cn/');
    await waitForApp(page);
    const field = await focusSearch(page, 'zh-cn');
    await field.fill('服務事件');
    await expect.poll(() => page.getByRole('listbox').getByRole('option').count()).toBeGreaterThan(0);
    await field.press('Enter');
    await page.waitForURL(/\/zh-cn\/search\?q=/);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('“服務事件”的搜索结果');

    const direct = await open(`/zh-tw/search?q=${encodeURIComponent('subscriptoin')}`, {
      viewport: { width: 320, height: 800 },
    });
    await waitForApp(direct);
    const links = direct.locator('.search-results a');
    await expect.poll(() => links.count()).toBeGreaterThan(0);
    expect(await links.first().getAttribute('href')).toMatch(
      /^\/zh-tw\/articles\/customer-communication-from-microsoft#s-/,
    );
    await screenshot(direct, 'agent-tools-results-zh-tw-320');
    await expectNoAxeViolations(direct);
  });

  it('shows markup in the query as text, and a helpful empty state', async () => {
    const query = '<img src=x onerror=alert(1)>';
    const page = await open(`/en-us/search?q=${encodeURIComponent(query)}`);
    await waitForApp(page);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(`Search results for “${query}”`);
    expect(await page.locator('main img').count()).toBe(0);
    await expect
      .poll(() => page.locator('main [role="status"]').textContent())
      .toBe(`No sentence matches “${query}”.`);
    expect(await page.getByRole('link', { name: 'Browse all articles' }).getAttribute('href')).toBe(
      '/en-us/',
    );
    expect(pageErrors(page)).toEqual([]);
  });

  it('lists the keyboard shortcuts on ?, in a dialog that Escape closes', async () => {
    const page = await open('/zh-tw/');
    await waitForApp(page);
    const dialog = page.getByRole('dialog', { name: '鍵盤快速鍵' });
    // The header may hydrate after the page is marked (its strings can suspend it): press until it listens.
    await expect
      .poll(async () => {
        await page.keyboard.press('?');
        return dialog.count();
      })
      .toBe(1);
    expect(await dialog.textContent()).toContain('在輸入欄位中鍵入時，快速鍵不會作用。');
    await screenshot(page, 'agent-tools-shortcuts-zh-tw');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('the results page is prerendered, so it answers without JavaScript', async () => {
    const response = await fetch(`${baseUrl()}/zh-cn/search?q=x`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('搜索帮助中心');
  });

  it('keeps the results page’s field where it was first painted once the app has hydrated', async () => {
    // The page's own styles come with its HTML: arriving with its script, they moved the field 37 px down.
    const fieldBox = async (javaScriptEnabled: boolean) => {
      const page = await open('/zh-cn/search', { javaScriptEnabled });
      if (javaScriptEnabled) await waitForApp(page);
      const box = await page.getByRole('searchbox', { name: LABELS['zh-cn'] }).last().boundingBox();
      return box;
    };
    const painted = await fieldBox(false);
    expect(painted?.width).toBeGreaterThan(300);
    expect(await fieldBox(true)).toEqual(painted);
  });
});
