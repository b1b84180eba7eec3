// @vitest-environment node
// The one notice of a page about what its URL asked for but could not be used (src/app/url-input): in
// Chromium, in Chinese, 320 px wide and in the dark colour scheme; accessible, in the right language.
import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  pageErrors,
  screenshot,
  browserForThisFile,
  tabsForThisFile,
  waitForApp,
} from './support/browser';

const browser = browserForThisFile();
const open = tabsForThisFile(browser);

const SMALL_DARK = { viewport: { width: 320, height: 720 }, colorScheme: 'dark' as const };

describe('the URL notice', () => {
  it('lists, in zh-cn, a wizard answer it dropped and the one after it, and asks again', async () => {
    const page = await open('/zh-cn/who-contacts-my-customer?cloud=mars&topic=incident', SMALL_DARK);
    await waitForApp(page);
    const notice = page.getByRole('status', { name: '你打开的链接中有部分内容无法使用，已忽略：' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.getAttribute('lang')).toBe('zh-CN');
    expect(await notice.locator('li').allInnerTexts()).toEqual([
      '云“mars”：本帮助中心无法识别',
      '沟通主题的答案“incident”：位于一个尚未回答的问题之后',
    ]);
    expect(await notice.innerText()).toContain('向导将从第一个没有可用答案的问题重新询问');
    // Exactly one notice: the wizard's own is gone.
    expect(await page.getByRole('status').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
    await screenshot(page, 'url-input-notice-wizard-zh-cn-320px-dark');
    expect(pageErrors(page)).toEqual([]);
  });

  it('lists, in zh-tw embed mode, a bad cloud, theme and fragment, keeping the article', async () => {
    const page = await open(
      `/zh-tw/articles/customer-communication-from-microsoft?cloud=${encodeURIComponent('<b>x</b>')}&embed=1&theme=purple#%E0%A4%A`,
      SMALL_DARK,
    );
    await waitForApp(page);
    const notice = page.getByRole('status', { name: '您開啟的連結中有部分內容無法使用，已略過：' });
    await expect.poll(() => notice.locator('li').count()).toBe(3);
    expect(await notice.getAttribute('lang')).toBe('zh-TW');
    expect(await notice.locator('li').allInnerTexts()).toEqual([
      '雲端「<b>x</b>」：本說明中心無法辨識',
      '色彩主題「purple」：本說明中心無法辨識',
      '「#」之後的部分「%E0%A4%A」：不指向任何章節或句子',
    ]);
    expect(await notice.locator('b').count()).toBe(0);
    // Embed mode is kept (the valid part), the article is there.
    expect(await page.locator('.embed-bar').count()).toBe(1);
    expect((await page.locator('main h1').innerText()).length).toBeGreaterThan(5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
    await screenshot(page, 'url-input-notice-article-zh-tw-320px-dark');
    expect(pageErrors(page)).toEqual([]);
  });

  it('is reached by the keyboard right after the skip link, before the page', async () => {
    const page = await open('/en-us/?role=janitor');
    await waitForApp(page);
    // The notice loads after the page has rendered.
    await page.waitForSelector('.url-input-notice');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // The skip link moves focus to <main>, whose first content is the notice.
    const first = await page.evaluate(() => document.querySelector('main')?.firstElementChild?.className);
    expect(first).toBe('url-input-notice');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
